/**
 * Every built page, in real Chromium at 360 px: loads without console errors,
 * makes no request outside 127.0.0.1, has no horizontal scroll, and axe-core
 * (WCAG 2.2 A/AA) reports no violations. A few pages are also checked at 1280 px.
 */
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DESKTOP, axe, baseUrl, builtPages, formatViolations, itForEachPage, useSharedPage } from '../support/browser';

/**
 * Long pages without jump links, and why: the home page, whose first screen
 * already offers every way in; the list of sources and its further parts
 * (/bronnen/2/ …), reached from the footer;
 * tools, where the tool is the page; sheets made to be printed.
 */
// Tools read top to bottom: the self-checks (one checklist, one A4) and the reader's list (opened without a list, it shows every page).
const LONG_WITHOUT_JUMP_LINKS = ['/', '/bronnen/', '/werkblad/', '/werkblad/leeg/', '/weken-berekenen/', '/leeslijst/', ...readdirSync('content/zelfcheck').map((f) => `/voor-professionals/zelfcheck/${f.replace(/\.yaml$/, '')}/`)];
const PRINT_SHEETS = ['/keuzekaart/', '/voor-professionals/kaarten/'];

const phone = useSharedPage();

describe('every page on a phone (360 px)', () => {
  itForEachPage(builtPages(), async (path) => {
    const { page, errors, external } = phone;
    errors.length = 0;
    external.length = 0;
    const response = await page.goto(baseUrl() + path, { waitUntil: 'networkidle' });
    expect(response?.status(), 'HTTP-status').toBe(200);
    expect(await page.locator('html').getAttribute('lang')).toBe('nl');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, 'horizontaal scrollen op 360 px').toBeLessThanOrEqual(0);
    // The frame for a tired reader on a phone: a compact header and help in the first screen.
    const header = await page.locator('.site-header').boundingBox();
    expect(header!.height, 'kop hoger dan 90 px').toBeLessThanOrEqual(90);
    const help = await page.locator('a[href="/hulp-nodig/"]').evaluateAll((links) =>
      links.some((a) => {
        const r = a.getBoundingClientRect();
        return (a as HTMLElement).checkVisibility() && r.height > 0 && r.bottom <= 740;
      }),
    );
    expect(help, 'geen zichtbare link naar hulp in het eerste scherm').toBe(true);
    // A page taller than four phone screens earns it with jump links ("Op deze pagina", letters, views).
    const tall = await page.evaluate(() => document.documentElement.scrollHeight > 4 * 740);
    const sourcesPart = path.startsWith('/bronnen/');
    if (tall && !sourcesPart && !LONG_WITHOUT_JUMP_LINKS.includes(path) && !PRINT_SHEETS.some((p) => path.startsWith(p))) {
      const jumps = await page.locator('main nav a[href^="#"]').count();
      expect(jumps, 'lange pagina zonder links naar de onderdelen').toBeGreaterThanOrEqual(2);
    }
    const violations = await axe(page);
    expect(violations, formatViolations(path, violations)).toEqual([]);
    expect(errors, 'console errors').toEqual([]);
    expect(external, 'verzoeken naar andere hosts').toEqual([]);
  });
});

describe('a few pages on a desktop (1280 px)', () => {
  for (const path of ['/', '/fase/2/', '/regels-en-rollen/de-weg-in-twee-jaar/', '/ervaringen/', '/zoeken/?q=bedrijfsarts']) {
    it(path, async () => {
      const w = await phone.open({ viewport: DESKTOP });
      await w.page.goto(baseUrl() + path, { waitUntil: 'networkidle' });
      const violations = await axe(w.page);
      expect(violations, formatViolations(path, violations)).toEqual([]);
      expect(w.errors).toEqual([]);
      await w.context.close();
    });
  }
});

describe('unknown addresses', () => {
  it('get the Dutch 404 page with status 404', async () => {
    const response = await phone.page.goto(`${baseUrl()}/bestaat-niet/`);
    expect(response?.status()).toBe(404);
    await expect(phone.page.locator('h1').textContent()).resolves.toMatch(/niet/);
  });
});
