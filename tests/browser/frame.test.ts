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
    await context.close();
  });
});
