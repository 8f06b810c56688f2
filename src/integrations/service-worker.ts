/**
 * Generates dist/sw.js with Workbox (generateSW) after the search index and the
 * headers exist, so the whole site, the Pagefind index included, is precached
 * and reads offline after one visit.
 *
 * Update strategy: every deploy changes the precache manifest (revisions are
 * content hashes), so the browser installs the new worker in the background;
 * skipWaiting + clientsClaim make it take over at once, and the next page the
 * reader opens comes from the new version. A stale site can never stick.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { generateSW } from 'workbox-build';
import { routes } from '../lib/routes';

export function serviceWorkerIntegration(): AstroIntegration {
  return {
    name: 'keuzehulp:service-worker',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir).replace(/\/$/, '');
        const { count, size, warnings } = await generateSW({
          globDirectory: outDir,
          globPatterns: [
            '**/*.{html,css,svg,ico,webmanifest}',
            '_astro/*.js',
            // The search runtime and the Dutch index: search works offline too.
            'pagefind/pagefind.js',
            'pagefind/pagefind-worker.js',
            'pagefind/pagefind-entry.json',
            'pagefind/*.pf_meta',
            'pagefind/wasm.nl.pagefind',
            'pagefind/{index,fragment,filter}/*',
            // The worksheet's texts and question bank, fetched by the island.
            'werkblad/gegevens.json',
          ],
          globIgnores: ['sw.js', '_headers', '_redirects', '_nginx.conf', 'f[0-9]/**'],
          swDest: `${outDir}/sw.js`,
          mode: 'production',
          inlineWorkboxRuntime: true,
          sourcemap: false,
          skipWaiting: true,
          clientsClaim: true,
          cleanupOutdatedCaches: true,
          // Hashed Astro assets need no cache-busting revision.
          dontCacheBustURLsMatching: /^_astro\//,
          // /zoeken/?q=... and shared links with a filter are the same cached page; Pagefind adds ?ts= to its entry file.
          ignoreURLParametersMatching: [/^q$/, /^fase$/, /^onderdeel$/, /^utm_/, /^ts$/],
          directoryIndex: 'index.html',
          maximumFileSizeToCacheInBytes: 1024 * 1024,
          // Offline, an address that was never cached gets the (cached) 404 page, which offers the way back.
          navigateFallback: routes.notFound(),
          navigateFallbackAllowlist: [/^\/(?!pagefind\/|_astro\/)/],
        });
        for (const w of warnings) logger.warn(w);
        logger.info(`Service worker: ${count} bestanden (${(size / 1024).toFixed(0)} KB) voor offline gebruik.`);
      },
    },
  };
}
