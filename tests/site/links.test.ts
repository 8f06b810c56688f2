/** Every internal link and anchor in the built site resolves; no page links to a missing fragment. */
import { describe, expect, it } from 'vitest';
import { builtPagesList, distFile, htmlFor } from '../support/dist';

const pages = builtPagesList();
const idsOf = (html: string) => new Set([...html.matchAll(/\bid="([^"]+)"/g)].map((m) => m[1]!));

describe('internal links', () => {
  it('all resolve to a built file or a redirect', () => {
    const broken: string[] = [];
    for (const page of pages) {
      const html = htmlFor(page);
      for (const m of html.matchAll(/\bhref="([^"]+)"/g)) {
        const href = m[1]!.replace(/&amp;/g, '&');
        if (/^(https?:|mailto:|tel:)/.test(href)) continue;
        const [path, fragment] = href.split('#') as [string, string | undefined];
        if (path === '') {
          if (fragment && !idsOf(html).has(fragment)) broken.push(`${page} → #${fragment}`);
          continue;
        }
        const file = distFile(path);
        if (!file) {
          broken.push(`${page} → ${href}`);
          continue;
        }
        if (fragment && file.endsWith('.html') && !idsOf(htmlFor(path)).has(fragment)) broken.push(`${page} → ${href} (anker ontbreekt)`);
      }
    }
    expect(broken).toEqual([]);
  });

  it('uses trailing slashes for pages (one URL per page)', () => {
    const report: string[] = [];
    for (const page of pages) {
      for (const m of htmlFor(page).matchAll(/\bhref="(\/[^"#?]*)"/g)) {
        const href = m[1]!;
        if (!href.endsWith('/') && !/\.[a-z0-9]+$/.test(href) && !/^\/f\d$/.test(href)) report.push(`${page} → ${href}`);
      }
    }
    expect(report).toEqual([]);
  });
});
