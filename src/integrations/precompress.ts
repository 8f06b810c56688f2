/**
 * Writes a gzip (.gz) and a brotli (.br) copy next to every text file in dist/,
 * so a server can send them without compressing on each request: nginx with
 * `gzip_static on` (set in the generated dist/_nginx.conf) and, where the
 * brotli module is installed, `brotli_static on`. Hosts that compress
 * themselves (Netlify, Cloudflare Pages) ignore the copies. Runs last, after
 * the service worker's file list, so the copies are never part of it.
 */
import type { AstroIntegration } from 'astro';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/** Text formats worth compressing (Pagefind's own index files are compressed already). */
export const COMPRESSIBLE = /\.(html|css|js|mjs|json|svg|webmanifest|xml|txt|ics|wasm|pagefind)$/;
/** Below this size compression saves less than the extra request headers cost. */
const MIN_BYTES = 512;
/** Host configuration files are hidden by the server and never sent. */
const HIDDEN = new Set(['_headers', '_redirects', '_nginx.conf']);

export function precompressIntegration(): AstroIntegration {
  return {
    name: 'keuzehulp:precompress',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        let count = 0;
        let before = 0;
        let after = 0;
        for (const e of readdirSync(outDir, { withFileTypes: true, recursive: true })) {
          if (!e.isFile() || HIDDEN.has(e.name) || !COMPRESSIBLE.test(e.name)) continue;
          const file = join(e.parentPath, e.name);
          if (statSync(file).size < MIN_BYTES) continue;
          const body = readFileSync(file);
          const gz = gzipSync(body, { level: 9 });
          const br = brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: body.length } });
          if (gz.length < body.length) writeFileSync(`${file}.gz`, gz);
          if (br.length < body.length) writeFileSync(`${file}.br`, br);
          count++;
          before += body.length;
          after += Math.min(gz.length, body.length);
        }
        logger.info(`${count} bestanden vooraf gecomprimeerd (.gz en .br): ${Math.round(before / 1024)} KB → ${Math.round(after / 1024)} KB met gzip.`);
      },
    },
  };
}
