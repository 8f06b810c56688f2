/**
 * Builds the Pagefind search index into dist/pagefind/ when Astro has written
 * the pages (as Starlight does), so the index is part of the build output and
 * can be precached for offline use. Only elements marked data-pagefind-body
 * (the main content) are indexed.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { rm } from 'node:fs/promises';
import * as pagefind from 'pagefind';
import { LOCALE } from '../model/locale.ts';

export function pagefindIntegration(): AstroIntegration {
  return {
    name: 'keuzehulp:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const { index, errors } = await pagefind.createIndex({ forceLanguage: LOCALE });
        if (!index) throw new Error(`Pagefind kon geen index maken: ${errors.join('; ')}`);
        const added = await index.addDirectory({ path: outDir });
        if (added.errors.length) throw new Error(`Pagefind: ${added.errors.join('; ')}`);
        const written = await index.writeFiles({ outputPath: `${outDir}/pagefind` });
        if (written.errors.length) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
        await pagefind.close();
        // We render results ourselves: drop Pagefind's ready-made UI bundles from the output.
        for (const f of ['pagefind-ui.js', 'pagefind-ui.css', 'pagefind-modular-ui.js', 'pagefind-modular-ui.css', 'pagefind-component-ui.js', 'pagefind-component-ui.css', 'pagefind-highlight.js']) {
          await rm(`${outDir}/pagefind/${f}`, { force: true });
        }
        logger.info(`Zoekindex gemaakt: ${added.page_count} pagina's.`);
      },
    },
  };
}
