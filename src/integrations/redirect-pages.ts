/**
 * Rewrites Astro's redirect stubs (/f1 → /fase/1/) into small, valid Dutch
 * pages: lang (LOCALE), a title, a refresh that validators accept, and a visible
 * link for browsers that do not follow the refresh. Hosts that read
 * _redirects or the nginx snippet answer with a real 301 instead.
 */
import type { AstroIntegration } from 'astro';
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fmt } from '../i18n/format';
import { frame } from '../i18n/nl/frame';
import { LOCALE } from '../model/locale.ts';

export function redirectPage(target: string): string {
  return `<!doctype html>
<html lang="${LOCALE}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${fmt(frame.redirect.title, { doel: target })}</title>
<meta name="robots" content="noindex">
<meta http-equiv="refresh" content="0; url=${target}">
<link rel="canonical" href="${target}">
</head>
<body>
<main><p>${frame.redirect.text} <a href="${target}">${target}</a>.</p></main>
</body>
</html>
`;
}

export function redirectPagesIntegration(): AstroIntegration {
  return {
    name: 'keuzehulp:redirect-pages',
    hooks: {
      'astro:build:done': async ({ dir }) => {
        const out = fileURLToPath(dir);
        for (const entry of await readdir(out, { recursive: true, withFileTypes: true })) {
          if (!entry.isFile() || entry.name !== 'index.html') continue;
          const file = join(entry.parentPath, entry.name);
          const html = await readFile(file, 'utf8');
          const m = /<meta http-equiv="refresh" content="0;url=([^"]+)">/.exec(html);
          if (m && html.length < 1000) await writeFile(file, redirectPage(m[1]!));
        }
      },
    },
  };
}
