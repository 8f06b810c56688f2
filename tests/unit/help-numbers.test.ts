/**
 * The help numbers have ONE source: src/data/help.ts (issue 25 §0). Code uses
 * its values, the dictionary only placeholders ({kort}, {gratis}, {alarm},
 * {luisterlijn}, {site}), content <Hulpnummer /> or {hulp:…}. Changing the
 * number of 113 is then one line. Documentation comments may name them.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { HELP, HELP_LINKS, fillHelp } from '../../src/data/help';
import { nl, fmt } from '../../src/i18n/nl';
import { CONTENT, listFiles, strings } from '../support/content-files';

const HELP_MODULE = 'src/data/help.ts';
/** Every way one of the numbers could be typed. */
const NUMBER = /\b11[23]\b|0800[- ]?0113|0880767000|088[- ]?0767/;
/** In content, 112 (the European emergency number, set by law) may be written out; the changeable lines may not. */
const CONTENT_NUMBER = /\b113\b|0800[- ]?0113|0880767000|088[- ]?0767/;
const withoutComments = (code: string) =>
  code
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/(^|[^:'"`])\/\/.*$/gm, '$1');
const hits = (text: string, re = NUMBER) =>
  text
    .split('\n')
    .map((line, i) => [i + 1, line] as const)
    .filter(([, line]) => re.test(line));

describe('help numbers: one source', () => {
  it('are typed nowhere in src/ outside src/data/help.ts (comments aside)', () => {
    const found = listFiles('src', /\.(ts|tsx|astro|mjs|js|css)$/)
      .filter((f) => f !== HELP_MODULE)
      .flatMap((f) => hits(withoutComments(readFileSync(f, 'utf8'))).map(([n, l]) => `${f}:${n}: ${l.trim()}`));
    expect(found).toEqual([]);
  });

  it('are typed nowhere in content: bodies use <Hulpnummer />, frontmatter {hulp:…}; only source citations and search words name 113 (112 may be written)', () => {
    const found: string[] = [];
    for (const f of listFiles(CONTENT, /\.mdx$/)) {
      const source = readFileSync(f, 'utf8');
      const m = /^---\n([\s\S]*?)\n---\n?([\s\S]*)$/.exec(source);
      const data = (m ? parse(m[1]!) : {}) as Record<string, unknown>;
      // A source is cited by its own title and publisher ("113 Zelfmoordpreventie").
      delete data['sources'];
      for (const s of strings(data)) if (CONTENT_NUMBER.test(s)) found.push(`${f} (frontmatter): ${s}`);
      for (const [n, l] of hits(m ? m[2]! : source, CONTENT_NUMBER)) found.push(`${f}:${n}: ${l.trim()}`);
    }
    for (const f of listFiles(CONTENT, /\.ya?ml$/)) {
      // What readers type into search may be the number itself.
      if (f.endsWith('synonyms.yaml') || f.endsWith('best-bets.yaml')) continue;
      for (const [n, l] of hits(readFileSync(f, 'utf8'), CONTENT_NUMBER)) found.push(`${f}:${n}: ${l.trim()}`);
    }
    expect(found).toEqual([]);
  });

  it('the test itself finds a typed number (so it can fail)', () => {
    expect(hits(withoutComments("const t = 'Bel 113 nu'; // 0800-0113"))).toHaveLength(1);
    expect(hits(withoutComments('/** 113 */ const a = 1;'))).toHaveLength(0);
    expect(hits('Bel gratis 0800 0113.')).toHaveLength(1);
    expect(hits('zie https://www.113.nl')).toHaveLength(1);
  });

  it('the dictionary fills them in from the data', () => {
    const U = nl.frame.help.urgent;
    expect(fmt(U.suicideCall, { kort: HELP.suicide.label })).toBe('Bel 113');
    expect(nl.frame.help.items.map((i) => i.text).join(' ')).toMatch(/\{kort\}.*\{gratis\}.*\{site\}/);
    expect(HELP_LINKS.gratis).toEqual({ href: 'tel:08000113', label: '0800-0113' });
    expect(fillHelp('Bel of chat met {hulp:kort}. {hulp:onbekend}')).toBe('Bel of chat met 113. {hulp:onbekend}');
  });
});
