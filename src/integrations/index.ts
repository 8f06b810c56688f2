/**
 * All build integrations of the site. Before the pages are written, the
 * content's cross-references are checked. Then, in the order they must run after the
 * pages are written: readable redirect stubs, then the search index, then the security
 * headers (which hash inline code), then the service worker (which lists
 * every file, the search index included, for the full offline copy), and last
 * the precompressed .gz and .br copies for the web server.
 */
import type { AstroIntegration } from 'astro';
import { contentReferencesIntegration } from './content-references';
import { redirectPagesIntegration } from './redirect-pages';
import { pagefindIntegration } from './pagefind';
import { headersIntegration } from './headers';
import { serviceWorkerIntegration } from './service-worker';
import { precompressIntegration } from './precompress';

export function siteIntegrations(): AstroIntegration[] {
  return [contentReferencesIntegration(), redirectPagesIntegration(), pagefindIntegration(), headersIntegration(), serviceWorkerIntegration(), precompressIntegration()];
}
