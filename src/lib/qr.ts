/**
 * QR codes generated at build time (npm `qrcode`), inline as SVG or as files
 * (src/pages/voor-professionals/qr/[file].ts): no request to any other host and
 * no tracking parameters in the encoded URL. A code points at a phase hub or
 * at the section for naasten (`QrTarget`); every code goes through this module.
 */
import QRCode from 'qrcode';
import { PHASE_NUMBERS, SITE, type PhaseNumber } from '../data/site';
import { routes, type QrTarget } from './routes';

export type { QrTarget };

/** Every target that has a QR file. */
export const QR_TARGETS: readonly QrTarget[] = [...PHASE_NUMBERS, 'naasten'];

/** The page a QR target opens. */
function targetPath(target: QrTarget): string {
  return target === 'naasten' ? routes.relatives() : routes.phase(target);
}

/** The permanent public URL that a target's QR code encodes. */
export function qrLink(site: URL | undefined, target: QrTarget): string {
  return new URL(targetPath(target), site ?? SITE.url).href;
}

/** The permanent phase URL that the QR code encodes. */
export function phaseLink(site: URL | undefined, n: PhaseNumber): string {
  return qrLink(site, n);
}

/** The short form printed under the code, for typing: "keuzehulp-reintegratie.nl/f1". */
export function shortLink(site: URL | undefined, n: PhaseNumber): string {
  const url = new URL(routes.phaseShort(n), site ?? SITE.url);
  return `${url.host}${url.pathname}`;
}

/** A URL without its scheme, as written out for reading: "keuzehulp-reintegratie.nl/voor-naasten/". */
export function bareLink(url: string): string {
  const u = new URL(url);
  return `${u.host}${u.pathname}`;
}

const OPTIONS = { margin: 2, errorCorrectionLevel: 'M', color: { dark: '#000000', light: '#ffffff' } } as const;

/** An accessible inline SVG for `url`. */
export async function qrSvg(url: string, label: string): Promise<string> {
  const svg = await QRCode.toString(url, { ...OPTIONS, type: 'svg' });
  const escaped = label.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  return svg.replace('<svg ', `<svg role="img" aria-label="${escaped}" class="qr-code" `);
}

/** The QR code for `url` as a file to download: SVG, or a 600 px PNG. */
export async function qrFile(url: string, type: 'svg' | 'png'): Promise<Response> {
  if (type === 'svg') {
    return new Response(await QRCode.toString(url, { ...OPTIONS, type: 'svg' }), { headers: { 'Content-Type': 'image/svg+xml' } });
  }
  const png = await QRCode.toBuffer(url, { ...OPTIONS, type: 'png', width: 600 });
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
}
