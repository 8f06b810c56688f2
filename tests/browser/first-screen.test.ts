/**
 * The first screen of a 360 × 740 phone does the work:
 * - the home page shows its title, one sentence and all four phase choices,
 *   with and without a remembered phase (which is marked, its note below the
 *   choices), also without JavaScript;
 * - every reading page starts "In het kort" within the first 400 px.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { PHONE, baseUrl, builtPages, openPage, useBrowser } from '../support/browser';
import { htmlFor } from '../support/dist';

const SCREEN = PHONE.height;
const IN_SHORT_FROM_TOP = 400;
/** Pages whose own tool comes before "In het kort", on purpose: 113 and 112 first; the links a professional came for. */
const TOOL_FIRST = ['/hulp-nodig/', '/voor-professionals/'];

const chrome = useBrowser();

async function phoneAt(path: string, opts: { phase?: number; js?: boolean } = {}): Promise<Page> {
  const { page } = await chrome.open({ viewport: PHONE, javaScriptEnabled: opts.js ?? true });
  if (opts.phase) await page.addInitScript((f) => localStorage.setItem('keuzehulp:fase', f), String(opts.phase));
  await page.goto(baseUrl() + path, { waitUntil: 'networkidle' });
  return page;
}

const bottoms = (page: Page, selector: string) => page.locator(selector).evaluateAll((els) => els.map((e) => e.getBoundingClientRect().bottom));

describe('home page on a phone: all four phases in the first screen', () => {
  for (const [label, opts] of [
    ['nothing remembered', {}],
    ['phase 4 remembered', { phase: 4 }],
    ['without JavaScript', { js: false }],
  ] as const) {
    it(label, async () => {
      const page = await phoneAt('/', opts);
      const rows = await bottoms(page, '[data-phase-link]');
      expect(rows).toHaveLength(4);
      for (const b of rows) expect(b, 'fasekeuze onder het eerste scherm').toBeLessThanOrEqual(SCREEN);
      const [h1] = await bottoms(page, 'main h1');
      expect(h1).toBeLessThan(rows[0]!);
      if ('phase' in opts) {
        await expect(page.locator('[data-phase-link="4"]').getAttribute('aria-current')).resolves.toBe('true');
        await expect(page.locator('[data-phase-link][aria-current]').count()).resolves.toBe(1);
        // "Je koos eerder": below the choices, not above them.
        const note = page.locator('[data-phase-remembered]');
        await expect(note.textContent()).resolves.toMatch(/fase 4/);
        const top = await note.evaluate((e) => e.getBoundingClientRect().top);
        expect(top).toBeGreaterThanOrEqual(Math.max(...rows));
      }
      await page.context().close();
    });
  }
});

describe('reading pages on a phone: "In het kort" within the first 400 px', () => {
  const reading = builtPages().filter((p) => !TOOL_FIRST.includes(p) && htmlFor(p).includes('id="in-het-kort"'));
  let page: Page;
  beforeAll(async () => {
    // One page for all these tests: not chrome.open, which closes its page after each test.
    ({ page } = await openPage(chrome.browser, { viewport: PHONE }));
  });

  it('there are reading pages', () => {
    expect(reading.length).toBeGreaterThan(40);
  });

  for (const path of reading) {
    it(path, async () => {
      await page.goto(baseUrl() + path, { waitUntil: 'load' });
      const top = await page.locator('#in-het-kort').evaluate((e) => e.closest('section')!.getBoundingClientRect().top);
      expect(top, '"In het kort" begint te laag').toBeLessThanOrEqual(IN_SHORT_FROM_TOP);
    });
  }
});
