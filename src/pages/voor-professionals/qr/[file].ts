/**
 * /voor-professionals/qr/fase-<n>.svg and .png: each phase's QR code as a file
 * a professional can put in a letter, a presentation or an intranet page; and
 * /voor-professionals/qr/voor-naasten.svg and .png, the code a reader sends to
 * someone who supports them (shown on /voor-naasten/ and
 * /samen-beslissen/iemand-meenemen/). Built at build time by src/lib/qr.ts,
 * like the inline codes.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { QR_TARGETS, qrFile, qrLink, type QrTarget } from '../../../lib/qr';
import { routes } from '../../../lib/routes';

export const getStaticPaths = (() =>
  QR_TARGETS.flatMap((target) =>
    (['svg', 'png'] as const).map((type) => ({ params: { file: routes.qrFile(target, type).split('/').pop()! }, props: { target, type } })),
  )) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props, site }) => {
  const { target, type } = props as { target: QrTarget; type: 'svg' | 'png' };
  return qrFile(qrLink(site, target), type);
};
