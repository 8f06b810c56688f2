/**
 * A first visit costs only what is read (issue #14 §5): the home page, what it
 * loads, the service worker and everything the worker stores at install (the
 * frame) stay within 60 KB gzip, counted on the built files. Opening the whole
 * keuzehulp offline is the reader's choice: the worker's frame holds no other
 * pages and no search index, and the size on the offline page is the size of
 * the full list. (`npm run bench` measures the same visit in Chromium.)
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST, blockingCss, distFile, gz, htmlFor, scriptsLoaded } from '../support/dist';
import { routes } from '../../src/lib/routes';
import { PHASE_NUMBERS } from '../../src/data/site';

const KB = 1024;
const FIRST_VISIT_BUDGET = 60 * KB;

interface Build {
  version: string;
  frame: [string, string][];
}
const sw = readFileSync(join(DIST, 'sw.js'), 'utf8');
const build = JSON.parse(/^const BUILD = (\{.*\});$/m.exec(sw)![1]!) as Build;
const frame = build.frame.map(([url]) => url);
const full = JSON.parse(readFileSync(join(DIST, routes.offlineFiles()), 'utf8')) as { version: string; bytes: number; files: [string, string][] };
const fileSize = (url: string) => gz(readFileSync(distFile(url)!));

describe('a first visit to the home page', () => {
  it(`costs at most ${FIRST_VISIT_BUDGET / KB} KB gzip, service worker and frame included`, () => {
    const home = htmlFor(routes.home());
    const urls = new Set<string>([...blockingCss(home), ...scriptsLoaded(home), routes.serviceWorker(), ...frame]);
    const parts = [...urls].map((url) => ({ url, bytes: fileSize(url) }));
    const total = gz(home) + parts.reduce((s, p) => s + p.bytes, 0);
    const detail = parts.map((p) => `${p.url} ${(p.bytes / KB).toFixed(1)} KB`).join('\n');
    expect(total, `Eerste bezoek ${(total / KB).toFixed(1)} KB:\n${detail}`).toBeLessThanOrEqual(FIRST_VISIT_BUDGET);
  });

  it('stores only the frame at install: the hubs, help, the offline page and what they load', () => {
    const pages = frame.filter((u) => u.endsWith('/') || u.endsWith('.html'));
    expect(pages.sort()).toEqual([...PHASE_NUMBERS.map((n) => routes.phase(n)), routes.help(), routes.offlineReading()].sort());
    expect(frame).toContain(blockingCss(htmlFor(routes.phase(1)))[0]);
    for (const src of scriptsLoaded(htmlFor(routes.offlineReading()))) expect(frame).toContain(src);
    expect(frame.filter((u) => u.startsWith('/pagefind/') || u.endsWith('.json'))).toEqual([]);
    for (const url of frame) expect(distFile(url), url).not.toBeNull();
  });

  it('frame revisions match the built files and the full list', () => {
    const revisions = new Map(full.files);
    for (const [url, revision] of build.frame) expect(revisions.get(url), url).toBe(revision);
    expect(full.version).toBe(build.version);
  });
});

describe('the full offline copy (by choice)', () => {
  it('lists every page and the search index, each file once and built', () => {
    const urls = full.files.map(([u]) => u);
    expect(new Set(urls).size).toBe(urls.length);
    for (const url of [routes.home(), routes.search(), routes.about(), routes.notFound(), routes.pagefind(), routes.pagefindEntry(), routes.worksheetData()]) {
      expect(urls, url).toContain(url);
    }
    expect(urls.some((u) => u.startsWith('/pagefind/fragment/'))).toBe(true);
    expect(urls).not.toContain(routes.serviceWorker());
    for (const url of urls) expect(distFile(url), url).not.toBeNull();
  });

  it('states its size on the offline page, as the sum of the files', () => {
    const bytes = Number(/data-bytes="(\d+)"/.exec(htmlFor(routes.offlineReading()))![1]);
    expect(bytes).toBe(full.bytes);
    const sum = full.files.reduce((s, [url]) => s + readFileSync(distFile(url)!).length, 0);
    expect(Math.abs(bytes - sum - readFileSync(join(DIST, routes.offlineFiles())).length)).toBeLessThan(100);
    expect(bytes).toBeGreaterThan(1_000_000);
  });
});
