/**
 * QR codes generated at build time as inline SVG (npm `qrcode`): no request to
 * any other host and no tracking parameters in the encoded URL.
 */
import QRCode from 'qrcode';
import { SITE, type PhaseNumber } from '../data/site';
import { routes } from './routes';

/** The permanent phase URL that the QR code encodes. */
export function phaseLink(site: URL | undefined, n: PhaseNumber): string {
  return new URL(routes.phase(n), site ?? SITE.url).href;
}

/** The short form printed under the code, for typing: "keuzehulp-reintegratie.nl/f1". */
export function shortLink(site: URL | undefined, n: PhaseNumber): string {
  const url = new URL(routes.phaseShort(n), site ?? SITE.url);
  return `${url.host}${url.pathname}`;
}

/** An accessible inline SVG for `url`. */
export async function qrSvg(url: string, label: string): Promise<string> {
  const svg = await QRCode.toString(url, { type: 'svg', margin: 2, errorCorrectionLevel: 'M', color: { dark: '#000000', light: '#ffffff' } });
  const escaped = label.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  return svg.replace('<svg ', `<svg role="img" aria-label="${escaped}" class="qr-code" `);
}
