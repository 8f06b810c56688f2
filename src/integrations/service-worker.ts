/**
 * Generates dist/sw.js with Workbox after the search index exists, so pages,
 * assets and the Pagefind index are precached and the site reads offline.
 * Filled in by the offline work; kept as a no-op until then.
 */
import type { AstroIntegration } from 'astro';

export function serviceWorkerIntegration(): AstroIntegration {
  return { name: 'keuzehulp:service-worker', hooks: {} };
}
