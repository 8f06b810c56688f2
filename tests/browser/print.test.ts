/** Print: no navigation or help block, the URL and the check date are printed, hubs print cleanly. */
import { describe, expect, it } from 'vitest';
import { baseUrl, useBrowser } from '../support/browser';

const chrome = useBrowser();

describe('print', () => {
  for (const path of ['/regels-en-rollen/rechten-en-plichten/second-opinion/', '/fase/2/', '/samen-beslissen/drie-goede-vragen/']) {
    it(`${path} prints as a clean document`, async () => {
      const { page, context } = await chrome.open();
      await page.goto(baseUrl() + path);
      await page.emulateMedia({ media: 'print' });
      await expect(page.locator('nav[aria-label="Hoofdmenu"]').isVisible()).resolves.toBe(false);
      await expect(page.locator('.help-block').isVisible()).resolves.toBe(false);
      await expect(page.locator('.site-footer').isVisible()).resolves.toBe(false);
      await expect(page.locator('.site-header .search-form').isVisible()).resolves.toBe(false);
      await expect(page.locator('.site-name').isVisible()).resolves.toBe(true);
      const printFooter = page.locator('.print-only');
      await expect(printFooter.isVisible()).resolves.toBe(true);
      await expect(printFooter.textContent()).resolves.toMatch(new RegExp(`keuzehulp-reintegratie\\.nl${path.replace(/\//g, '\\/')}`));
      await expect(page.locator('main h1').isVisible()).resolves.toBe(true);
      await context.close();
    });
  }

  it('prints the three good questions on one A4 page', async () => {
    const { page, context } = await chrome.open();
    await page.goto(`${baseUrl()}/samen-beslissen/drie-goede-vragen/`);
    const pdf = await page.pdf({ format: 'A4' });
    expect((pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length).toBe(1);
    await context.close();
  });
});
