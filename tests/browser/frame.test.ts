/**
 * The frame on a 360 × 740 phone, as a tired reader meets it: the menu opens
 * and closes without JavaScript, the phase choice is in the first screen of
 * the home page, urgent help comes first on /hulp-nodig/, and the desktop
 * shows the navigation as a bar.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { DESKTOP, PHONE, baseUrl, launch, openPage } from '../support/browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe('the frame on a phone', () => {
  it('opens the menu without JavaScript, and closes it with Escape', async () => {
    const { page, context } = await openPage(browser, { viewport: PHONE, javaScriptEnabled: false });
    await page.goto(`${baseUrl()}/over/`);
    const nav = page.getByRole('navigation', { name: 'Hoofdmenu' });
    await expect(nav.isVisible()).resolves.toBe(false);
    await page.getByRole('button', { name: 'Menu' }).click();
    await expect(nav.isVisible()).resolves.toBe(true);
    await expect(nav.getByRole('link', { name: 'Samen beslissen' }).isVisible()).resolves.toBe(true);
    await page.keyboard.press('Escape');
    await expect(nav.isVisible()).resolves.toBe(false);
    await page.getByRole('button', { name: 'Menu' }).click();
    await nav.getByRole('button', { name: 'Sluit menu' }).click();
    await expect(nav.isVisible()).resolves.toBe(false);
    await context.close();
  });

  it('reaches search in one tap', async () => {
    const { page, context } = await openPage(browser, { viewport: PHONE });
    await page.goto(`${baseUrl()}/over/`);
    await page.locator('.site-header').getByRole('link', { name: 'Zoek' }).click();
    await page.waitForURL(/\/zoeken\/$/);
    await context.close();
  });

  it('shows "Waar sta je nu?" and the first phase in the first screen of the home page', async () => {
    const { page, context } = await openPage(browser, { viewport: PHONE });
    await page.goto(`${baseUrl()}/`);
    const heading = await page.getByRole('heading', { name: 'Waar sta je nu?' }).boundingBox();
    expect(heading!.y + heading!.height).toBeLessThanOrEqual(PHONE.height);
    const first = await page.locator('[data-phase-link="1"]').boundingBox();
    expect(first!.y).toBeLessThan(PHONE.height);
    await context.close();
  });

  it('puts 113 and 112 first on /hulp-nodig/', async () => {
    const { page, context } = await openPage(browser, { viewport: PHONE });
    await page.goto(`${baseUrl()}/hulp-nodig/`);
    const main = page.locator('main');
    const call113 = await main.locator('a[href="tel:113"]').first().boundingBox();
    const call112 = await main.locator('a[href="tel:112"]').first().boundingBox();
    expect(call113!.y + call113!.height).toBeLessThanOrEqual(PHONE.height);
    expect(call112!.y + call112!.height).toBeLessThanOrEqual(PHONE.height);
    // Nothing of the page's own content comes before them.
    const inShort = await main.locator('.in-short').boundingBox();
    expect(call112!.y).toBeLessThan(inShort!.y);
    await context.close();
  });
});

describe('the frame on a desktop', () => {
  it('shows the navigation as a bar and the search form in the header, without a Menu button', async () => {
    const { page, context } = await openPage(browser, { viewport: DESKTOP });
    await page.goto(`${baseUrl()}/over/`);
    await expect(page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Regels en rollen' }).isVisible()).resolves.toBe(true);
    await expect(page.getByRole('button', { name: 'Menu' }).isVisible()).resolves.toBe(false);
    await expect(page.locator('.site-header .search-form').isVisible()).resolves.toBe(true);
    await page.locator('.site-header').getByRole('searchbox').fill('second opinion');
    await page.keyboard.press('Enter');
    await page.waitForURL('**/zoeken/?q=second+opinion');
    await context.close();
  });
});

describe('short pages where people act', () => {
  it('/vragen/ fits in four phone screens for a reader in phase 1', async () => {
    const { page, context } = await openPage(browser, { viewport: PHONE });
    await page.addInitScript(() => localStorage.setItem('keuzehulp:fase', '1'));
    await page.goto(`${baseUrl()}/vragen/`);
    await expect(page.locator('#toon-fase-1').isChecked()).resolves.toBe(true);
    expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBeLessThanOrEqual(4 * PHONE.height);
    await context.close();
  });

  it('/voor-professionals/ has its links, QR files and cards within the first two screens', async () => {
    const { page, context } = await openPage(browser, { viewport: PHONE });
    await page.goto(`${baseUrl()}/voor-professionals/`);
    for (const selector of ['a[href$="/fase/4/"]', 'a[href$="/voor-professionals/qr/fase-4.png"]', 'a[href="/voor-professionals/kaarten/fase-4/"]']) {
      const box = await page.locator('main').locator(selector).first().boundingBox();
      expect(box!.y + box!.height, selector).toBeLessThanOrEqual(2 * PHONE.height);
    }
    await expect(page.getByRole('button', { name: /Kopieer link/ }).first().isVisible()).resolves.toBe(true);
    await context.close();
  });

  it('/werkblad/ starts with the tool, the method one click away', async () => {
    const { page, context } = await openPage(browser, { viewport: PHONE });
    await page.goto(`${baseUrl()}/werkblad/`);
    const tool = await page.getByRole('button', { name: 'Nieuw werkblad' }).boundingBox();
    expect(tool!.y + tool!.height).toBeLessThanOrEqual(2 * PHONE.height);
    await expect(page.getByText('Ottawa Personal Decision Guide').first().isVisible()).resolves.toBe(false);
    await context.close();
  });
});
