/** Once visited, the site reads offline: visit, go offline, navigate, search. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { baseUrl, launch, PHONE } from '../support/browser';

let browser: Browser;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  browser = await launch();
  context = await browser.newContext({ viewport: PHONE, serviceWorkers: 'allow' });
  page = await context.newPage();
});
afterAll(async () => {
  await browser?.close();
});

describe('offline reading', () => {
  it('installs the service worker and precaches the site on the first visit', async () => {
    await page.goto(`${baseUrl()}/fase/2/`);
    const ready = await page.evaluate(async () => {
      const reg = await navigator.serviceWorker.ready;
      // Wait until the precache is filled (the worker is active and controls the page).
      for (let i = 0; i < 100 && !navigator.serviceWorker.controller; i++) await new Promise((r) => setTimeout(r, 100));
      return Boolean(reg.active) && Boolean(navigator.serviceWorker.controller);
    });
    expect(ready).toBe(true);
    const cached = await page.evaluate(async () => {
      const names = await caches.keys();
      let n = 0;
      for (const name of names) n += (await (await caches.open(name)).keys()).length;
      return n;
    });
    expect(cached).toBeGreaterThan(50);
  });

  it('says so calmly when the connection drops', async () => {
    await expect(page.locator('[data-offline-notice]').isVisible()).resolves.toBe(false);
    await context.setOffline(true);
    await page.locator('[data-offline-notice]').waitFor({ state: 'visible', timeout: 5000 });
    await expect(page.locator('[data-offline-notice]').textContent()).resolves.toMatch(/offline/);
  });

  it('navigates to pages never visited while offline', async () => {
    await page.goto(`${baseUrl()}/regels-en-rollen/rechten-en-plichten/second-opinion/`);
    await expect(page.locator('h1').textContent()).resolves.toMatch(/second opinion/i);
    await page.goto(`${baseUrl()}/`);
    await page.getByRole('link', { name: /Ervaringen/ }).first().click();
    await expect(page.locator('h1').textContent()).resolves.toBeTruthy();
  });

  it('searches while offline', async () => {
    await page.goto(`${baseUrl()}/zoeken/?q=bedrijfsarts`);
    await page.locator('[data-search-list] li').first().waitFor({ timeout: 15_000 });
    expect(await page.locator('[data-search-list] li').count()).toBeGreaterThan(0);
  });

  it('shows the 404 page for an address that was never cached', async () => {
    await page.goto(`${baseUrl()}/bestaat-niet/`);
    await expect(page.locator('h1').textContent()).resolves.toMatch(/niet/);
    await context.setOffline(false);
  });
});
