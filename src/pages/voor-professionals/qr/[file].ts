/**
 * /voor-professionals/qr/fase-<n>.svg and .png: each phase's QR code as a file
 * a professional can put in a letter, a presentation or an intranet page.
 * Built at build time with the same `qrcode` package as the inline codes.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import QRCode from 'qrcode';
import { PHASE_NUMBERS, phaseSlug, type PhaseNumber } from '../../../data/site';
import { phaseLink } from '../../../lib/qr';

export const getStaticPaths = (() =>
  PHASE_NUMBERS.flatMap((n) => (['svg', 'png'] as const).map((type) => ({ params: { file: `fase-${phaseSlug(n)}.${type}` }, props: { n, type } })))) satisfies GetStaticPaths;

const OPTIONS = { margin: 2, errorCorrectionLevel: 'M', color: { dark: '#000000', light: '#ffffff' } } as const;

export const GET: APIRoute = async ({ props, site }) => {
  const { n, type } = props as { n: PhaseNumber; type: 'svg' | 'png' };
  const url = phaseLink(site, n);
  if (type === 'svg') {
    return new Response(await QRCode.toString(url, { ...OPTIONS, type: 'svg' }), { headers: { 'Content-Type': 'image/svg+xml' } });
  }
  const png = await QRCode.toBuffer(url, { ...OPTIONS, type: 'png', width: 600 });
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
