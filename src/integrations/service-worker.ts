/**
 * Writes the service worker and its lists after the search index and the
 * headers exist (the last build step):
 *
 *   dist/sw.js                   src/sw/worker.ts without types, after the build
 *                                constants: the version and the frame list
 *   dist/offline-bestanden.json  the full offline list: every file with its
 *                                revision and the total size, fetched only when
 *                                the reader chooses "Bewaar de keuzehulp op dit
 *                                apparaat" on /offline-lezen/
 *
 * and writes the size of the full copy into the offline page (its
 * `data-bytes`, rendered as a fixed-width stand-in).
 *
 * The frame (precached at install, so a first visit stays small) is the phase
 * hubs, /hulp-nodig/, the offline page and everything they load. The version
 * is a hash of every revision and of the worker, so any change to the site
 * makes the browser install the new worker; it copies unchanged files and
 * downloads only what changed.
 */
import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { routes, shortLinkRedirects } from '../lib/routes';
import { MAX_OFFLINE_FILE, OFFLINE_BYTES_PLACEHOLDER, formatMegabytes, frameFiles, isFullCopyFile, urlOfFile } from '../lib/offline';

const revisionOf = (content: Buffer | string) => createHash('sha256').update(content).digest('hex').slice(0, 12);
/** Hashed Astro assets need no revision: a new content gets a new name. */
const isHashed = (url: string) => url.startsWith('/_astro/');

/** The built file of an address, or null. */
function fileOf(outDir: string, url: string): string | null {
  const clean = decodeURIComponent(url.split(/[?#]/)[0]!);
  const candidates = clean.endsWith('/') ? [join(outDir, clean, 'index.html')] : [join(outDir, clean)];
  return candidates.find((f) => existsSync(f) && statSync(f).isFile()) ?? null;
}

/** Compile the worker source to plain JavaScript (types stripped; it has no imports). */
function compileWorker(root: string): string {
  // Loaded from the project with require: the config's module runner is closed when the build is done.
  const ts = createRequire(join(root, 'package.json'))('typescript') as typeof import('typescript');
  const source = readFileSync(join(root, 'src/sw/worker.ts'), 'utf8');
  const out = ts.transpileModule(source, {
    compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext, removeComments: true },
  });
  // A classic worker script: no module syntax left.
  return out.outputText.replace(/^export \{\};?\s*$/m, '').replace(/^export /gm, '');
}

export function serviceWorkerIntegration(): AstroIntegration {
  let root = process.cwd();
  return {
    name: 'keuzehulp:service-worker',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir).replace(/\/$/, '');

        // The full copy: every file the reader may need offline, search included.
        const files: { rel: string; url: string; size: number }[] = [];
        for (const e of readdirSync(outDir, { withFileTypes: true, recursive: true })) {
          if (!e.isFile()) continue;
          const rel = relative(outDir, join(e.parentPath, e.name)).replaceAll('\\', '/');
          if (!isFullCopyFile(rel)) continue;
          const size = statSync(join(outDir, rel)).size;
          if (size > MAX_OFFLINE_FILE) {
            logger.warn(`${rel} is groter dan ${MAX_OFFLINE_FILE / 1024} KB en blijft buiten de offline kopie.`);
            continue;
          }
          if (rel.endsWith('.html') && /<meta http-equiv="refresh"/i.test(readFileSync(join(outDir, rel), 'utf8'))) continue;
          files.push({ rel, url: urlOfFile(rel), size });
        }
        files.sort((a, b) => a.url.localeCompare(b.url));

        // The size the reader is told: all files plus the list itself (its length does not depend on the numbers in it).
        const draft = JSON.stringify({ version: '0'.repeat(12), bytes: 0, files: files.map((f) => [f.url, isHashed(f.url) ? '' : '0'.repeat(12)]) });
        const bytes = files.reduce((s, f) => s + f.size, 0) + Buffer.byteLength(draft) + 10;

        // Write the size into the offline page (same length, so the sizes above stay right).
        const offlinePage = fileOf(outDir, routes.offlineReading());
        if (!offlinePage) throw new Error(`De offline pagina ${routes.offlineReading()} is niet gebouwd.`);
        const marker = `data-bytes="${OFFLINE_BYTES_PLACEHOLDER}"`;
        const html = readFileSync(offlinePage, 'utf8');
        if (html.split(marker).length !== 2) throw new Error(`${routes.offlineReading()} moet precies één keer ${marker} bevatten.`);
        writeFileSync(offlinePage, html.replace(marker, `data-bytes="${String(bytes).padStart(OFFLINE_BYTES_PLACEHOLDER.length, '0')}"`));

        const revisions = new Map(files.map((f) => [f.url, isHashed(f.url) ? '' : revisionOf(readFileSync(join(outDir, f.rel)))]));
        const workerCode = compileWorker(root);
        const version = revisionOf([...revisions].map(([u, r]) => `${u} ${r}`).join('\n') + workerCode);
        const list = JSON.stringify({ version, bytes, files: [...revisions] });
        writeFileSync(join(outDir, routes.offlineFiles()), list);

        // The frame: what a first visit stores.
        const frameUrls = frameFiles((url) => {
          const f = fileOf(outDir, url);
          return f ? readFileSync(f, 'utf8') : null;
        });
        const frame = frameUrls.map((url) => {
          const revision = revisions.get(url);
          if (revision === undefined) throw new Error(`${url} hoort bij het frame maar niet bij de offline kopie.`);
          return [url, revision];
        });
        const build = {
          version,
          frame,
          list: routes.offlineFiles(),
          offline: routes.offlineReading(),
          notFound: routes.notFound(),
          worker: routes.serviceWorker(),
          redirects: shortLinkRedirects(),
        };
        writeFileSync(join(outDir, routes.serviceWorker()), `"use strict";\nconst BUILD = ${JSON.stringify(build)};\n${workerCode}`);

        const frameBytes = frameUrls.reduce((s, u) => s + statSync(fileOf(outDir, u)!).size, 0);
        logger.info(
          `Service worker: frame ${frame.length} bestanden (${(frameBytes / 1024).toFixed(0)} KB); offline kopie op verzoek ${files.length} bestanden (${formatMegabytes(bytes)}).`,
        );
      },
    },
  };
}
