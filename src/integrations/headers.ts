/**
 * Writes the security and caching headers for static hosts:
 *   dist/_headers      Netlify / Cloudflare Pages format
 *   dist/_redirects    the short QR links, for hosts that read it
 * and nginx/security-headers.conf-style text into dist/_nginx.conf.
 *
 * The Content-Security-Policy allows no other host. Inline scripts and styles
 * that Astro emits (the island loader) are allowed by their sha256 hash, which
 * this integration computes from the built HTML, so the policy is always exact.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { writeFile } from 'node:fs/promises';
import { buildHeaderFiles, collectInlineHashes } from '../lib/security-headers';

export function headersIntegration(): AstroIntegration {
  let redirects: Record<string, string> = {};
  return {
    name: 'keuzehulp:headers',
    hooks: {
      'astro:config:done': ({ config }) => {
        redirects = Object.fromEntries(
          Object.entries(config.redirects).map(([from, to]) => [from, typeof to === 'string' ? to : to.destination]),
        );
      },
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const hashes = await collectInlineHashes(outDir);
        const files = buildHeaderFiles(hashes, redirects);
        await writeFile(`${outDir}/_headers`, files.headers);
        await writeFile(`${outDir}/_redirects`, files.redirects);
        await writeFile(`${outDir}/_nginx.conf`, files.nginx);
        logger.info(`Beveiligingsheaders geschreven (${hashes.script.length} script-hashes, ${hashes.style.length} style-hashes).`);
      },
    },
  };
}
