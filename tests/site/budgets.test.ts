/**
 * Byte budgets, checked on the built files (deterministic; no timing):
 * - reading pages ship at most one script, the reading aids (read-aloud, saved pages), deferred and ≤ 3 KB gzip with its chunks;
 * - no script anywhere blocks rendering (module or defer, never inline);
 * - HTML + render-blocking CSS ≤ 14 KB gzip per page, so it fits the first round trip;
 * - the worksheet page ≤ 22 KB gzip in total (island, renderer, Preact and Astro's inline hydration runtime), and no other page loads it;
 * - no web fonts; images sized and lazy.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST, blockingCss, builtPagesList, gz, htmlFor, inlineScripts, scriptsLoaded } from '../support/dist';

const KB = 1024;
/** The reading-aid script (src/scripts/reading-aids.ts) with the chunks it imports, gzip. */
const READING_JS = 3 * KB;
/** Pages that carry an island or a small progressive-enhancement script, with their JS budget (gzip). */
const JS_PAGES: Record<string, number> = {
  // Phase memory + "verder waar je was" / reading aids. +0.25 KB in round 4 (#23 §10): every write goes through
  // the saving choice, whose chunk carries all storage keys (src/lib/storage-keys.ts).
  '/': 3.25 * KB + READING_JS,
  '/fase/1/': 3.25 * KB + READING_JS,
  '/fase/2/': 3.25 * KB + READING_JS,
  '/fase/3/': 3.25 * KB + READING_JS,
  '/fase/4/': 3.25 * KB + READING_JS,
  // Opens the reader's phase. Round 4: +0.5 KB (#23 §10, #25 §0: every write goes through the saving choice,
  // whose shared chunk carries all storage keys, src/lib/storage-keys.ts) and +0.25 KB (#26: the reading-list and
  // self-check scripts share format.ts, so Rollup splits site.ts off into a chunk of its own).
  '/regels-en-rollen/de-weg-in-twee-jaar/': 3.75 * KB,
  '/vragen/': 5 * KB, // phase memory + the question picker (filter, ticks, print)
  '/ervaringen/': 3 * KB, // story filter
  '/voor-professionals/': 1 * KB, // copy-link buttons
  '/zoeken/': 8 * KB, // search UI (Pagefind's own runtime is loaded on demand and not counted here)
  '/weken-berekenen/': 8 * KB, // week calculator
  '/regels-en-rollen/wga-uitkering/': 3 * KB, // the WGA wijzer: shows and hides texts already in the HTML (#20 §2.1)
  '/offline-lezen/': 4 * KB, // the choice to keep the whole keuzehulp offline (#14 §5)
  '/voor-professionals/leeslijst/': 5 * KB, // the reading-list builder: link, QR code drawn on the device (#26 §2)
  '/leeslijst/': 2 * KB, // the reader's list: shows the pages the address asks for
  ...Object.fromEntries(
    readdirSync(join('content', 'zelfcheck'))
      .filter((f) => f.endsWith('.yaml'))
      .map((f) => [`/voor-professionals/zelfcheck/${f.replace(/\.yaml$/, '')}/`, 2 * KB]), // the self-check's explicit "Bewaar op dit apparaat" and print
  ),
  '/werkblad/': 22 * KB, // the worksheet island (20 KB from issue #7) plus Astro's inline hydration runtime (1.9 KB), counted here too; +1 KB in round 3 for the two-tab merge and the card's values
};

const pages = builtPagesList();
const sizeOf = (src: string) => gz(readFileSync(join(DIST, src)));
/** The <script src> tags of a page. */
const scriptTags = (html: string) => [...html.matchAll(/<script\b[^>]*\bsrc="[^"]*"[^>]*>/g)].map((m) => m[0]);
/** Reading pages of each kind that must carry the reading aids. */
const WITH_READING_AIDS = [
  '/samen-beslissen/iemand-meenemen/',
  '/ervaringen/iris/',
  '/begrippen/bedrijfsarts/',
  '/regels-en-rollen/de-weg-in-twee-jaar/probleemanalyse/',
  '/ervaringen/thema/ander-werk/',
  '/fase/2/',
  '/bewaard/',
];

describe('byte budgets', () => {
  it('has pages to check', () => {
    expect(pages.length).toBeGreaterThan(10);
  });

  it('reading pages ship at most one deferred script, the reading aids, ≤ 3 KB gzip with its chunks', () => {
    const report: string[] = [];
    for (const p of pages.filter((x) => !(x in JS_PAGES))) {
      const html = htmlFor(p);
      const tags = scriptTags(html);
      if (inlineScripts(html).length > 0 || /<astro-island\b/.test(html)) report.push(`${p}: inline script or island`);
      if (tags.length > 1) report.push(`${p}: ${tags.length} scripts`);
      if (tags.some((t) => !/ReadingScript/.test(t))) report.push(`${p}: another script than the reading aids: ${tags.join(' ')}`);
      const total = scriptsLoaded(html).reduce((sum, src) => sum + sizeOf(src), 0);
      if (total > READING_JS) report.push(`${p}: ${(total / KB).toFixed(2)} KB > 3 KB`);
    }
    expect(report).toEqual([]);
  });

  it('the reading aids are on every kind of reading page, and the home page', () => {
    for (const p of [...WITH_READING_AIDS, '/']) {
      expect(scriptTags(htmlFor(p)).filter((t) => /ReadingScript/.test(t)), p).toHaveLength(1);
    }
  });

  it('no script blocks rendering: every script is a module or deferred, and none is async', () => {
    const report: string[] = [];
    for (const p of pages) {
      for (const tag of scriptTags(htmlFor(p))) {
        if (!/type="module"/.test(tag) && !/\bdefer\b/.test(tag)) report.push(`${p}: ${tag}`);
        if (/\basync\b/.test(tag)) report.push(`${p}: ${tag}`);
      }
    }
    expect(report).toEqual([]);
  });

  it('pages with a script stay within their JavaScript budget', () => {
    const report: string[] = [];
    for (const [page, budget] of Object.entries(JS_PAGES)) {
      if (!pages.includes(page)) continue;
      const html = htmlFor(page);
      const total = scriptsLoaded(html).reduce((sum, src) => sum + sizeOf(src), 0) + inlineScripts(html).reduce((s, c) => s + gz(c), 0);
      if (total > budget) report.push(`${page}: ${(total / KB).toFixed(1)} KB > ${(budget / KB).toFixed(0)} KB`);
    }
    expect(report).toEqual([]);
  });

  it('no page but the worksheet loads the worksheet island', () => {
    const island = pages.filter((p) => /Worksheet|werkblad/i.test(scriptsLoaded(htmlFor(p)).join(' ')));
    expect(island.filter((p) => p !== '/werkblad/')).toEqual([]);
  });

  it('HTML + render-blocking CSS is at most 14 KB gzip per page', () => {
    const report: string[] = [];
    for (const p of pages) {
      const html = htmlFor(p);
      const total = gz(html) + blockingCss(html).reduce((sum, href) => sum + sizeOf(href), 0);
      if (total > 14 * KB) report.push(`${p}: ${(total / KB).toFixed(1)} KB`);
    }
    expect(report, 'Te zwaar voor de eerste round trip').toEqual([]);
  });

  it('uses no web fonts', () => {
    const assets = readdirSync(join(DIST, '_astro'));
    expect(assets.filter((f) => /\.(woff2?|ttf|otf|eot)$/.test(f))).toEqual([]);
    for (const css of assets.filter((f) => f.endsWith('.css'))) {
      expect(readFileSync(join(DIST, '_astro', css), 'utf8')).not.toMatch(/@font-face/);
    }
  });

  it('sizes images and loads them lazily', () => {
    const report: string[] = [];
    for (const p of pages) {
      for (const m of htmlFor(p).matchAll(/<img\b[^>]*>/g)) {
        const tag = m[0];
        if (!/\bwidth=/.test(tag) || !/\bheight=/.test(tag) || !/loading="lazy"/.test(tag)) report.push(`${p}: ${tag}`);
      }
    }
    expect(report).toEqual([]);
  });
});
