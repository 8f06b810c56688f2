/** /manifest.webmanifest, from the site facts (name, colours) in src/data/site.ts. */
import type { APIRoute } from 'astro';
import { SITE } from '../data/site';
import { routes } from '../lib/routes';
import { LOCALE } from '../model/locale';

export const GET: APIRoute = () =>
  new Response(
    JSON.stringify({
      name: SITE.fullName,
      short_name: 'Keuzehulp',
      lang: LOCALE,
      start_url: routes.home(),
      display: 'standalone',
      background_color: SITE.backgroundColor,
      theme_color: SITE.themeColor,
      icons: [{ src: '/favicon.svg', sizes: 'any', type: 'image/svg+xml' }],
    }),
    { headers: { 'Content-Type': 'application/manifest+json; charset=utf-8' } },
  );
