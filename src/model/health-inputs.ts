/**
 * What the health report reads besides the content (src/model/health.ts): the
 * list of hard WVP terms and the site's own code (to see which pages the menu,
 * the footer and the tools link to). Shared by `npm run gezondheid` and the
 * unit test, so both look at the same things.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/** Words a reader may not know; when content uses one, the glossary must explain it. */
export const HARD_TERMS_FILE = 'tests/fixtures/wvp-terms.txt';

export function hardTerms(file = HARD_TERMS_FILE): string[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'));
}

/** The text of the site's pages, components, layouts, data and dictionary under src/. */
export function codeText(dir = 'src'): string {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const full = join(d, e.name);
      if (e.isDirectory()) walk(full);
      else if (/\.(astro|ts|tsx)$/.test(e.name)) out.push(readFileSync(full, 'utf8'));
    }
  };
  walk(dir);
  return out.join('\n');
}

export function healthInputs(): { hardTerms: string[]; codeText: string } {
  return { hardTerms: hardTerms(), codeText: codeText() };
}
