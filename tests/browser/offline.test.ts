/**
 * Offline reading (issue #14 §5: a first visit costs only what is read).
 *
 * Without a choice: the first visit stores only the frame (its exact list is
 * in dist/sw.js) plus the pages the reader opens; a page never opened is not
 * stored, and offline it gets the offline page. With Save-Data nothing is
 * registered. With the choice made on /offline-lezen/: go offline, open pages
 * never visited, search, get the 404 page for an unknown address; a failed
 * download says so, and the copy can be removed again.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { axe, baseUrl, formatViolations, launch, openPage, PHONE } from '../support/browser';
import { offline, offlineScript as T } from '../../src/i18n/nl/offline';
import { routes } from '../../src/lib/routes';

const BUILD = JSON.parse(/^const BUILD = (\{.*\});$/m.exec(readFileSync('dist/sw.js', 'utf8'))![1]!) as { frame: [string, string][] };
const FRAME = BUILD.frame.map(([url]) => url).sort();

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

async function newVisitor(opts: { saveData?: boolean } = {}): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: PHONE, serviceWorkers: 'allow', locale: 'nl-NL' });
  if (opts.saveData) {
    await context.addInitScript(() => {
      Object.defineProperty(navigator, 'connection', { value: { saveData: true }, configurable: true });
    });
  }
  return { context, page: await context.newPage() };
}

/** Wait until the worker is installed, activated (its activate step finished) and controls the page. */
async function workerReady(page: Page): Promise<void> {
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.waitForFunction(async () => {
    const reg = await navigator.serviceWorker.getRegistration();
    return reg?.active?.state === 'activated' && navigator.serviceWorker.controller !== null;
  });
}

/** Every cache and the paths it holds. */
async function cacheContents(page: Page): Promise<Record<string, string[]>> {
  return page.evaluate(async () => {
    const out: Record<string, string[]> = {};
    for (const name of await caches.keys()) {
      out[name] = (await (await caches.open(name)).keys()).map((r) => new URL(r.url).pathname).sort();
    }
    return out;
  });
}
const inCaches = (contents: Record<string, string[]>, prefix: string) =>
  Object.entries(contents)
    .filter(([name]) => name.startsWith(prefix))
    .flatMap(([, urls]) => urls);

async function choose(page: Page): Promise<void> {
  await page.goto(`${baseUrl()}${routes.offlineReading()}`);
  const button = page.locator('[data-save]');
  await expect(button.textContent()).resolves.toMatch(/^Bewaar de keuzehulp op dit apparaat \(\d+,\d MB\)$/);
  await button.click();
  await page.locator('[data-status]').filter({ hasText: T.done }).waitFor({ timeout: 60_000 });
}

describe('a first visit, without a choice', () => {
  let context: BrowserContext;
  let page: Page;
  beforeAll(async () => {
    ({ context, page } = await newVisitor());
    await page.goto(`${baseUrl()}/`);
    await workerReady(page);
  });
  afterAll(async () => {
    await context?.close();
  });

  it('stores exactly the frame at install, and the page that was opened', async () => {
    const contents = await cacheContents(page);
    expect(inCaches(contents, 'kh-frame-').sort()).toEqual(FRAME);
    expect(FRAME).toContain(routes.phase(1));
    expect(FRAME).toContain(routes.offlineReading());
    expect(inCaches(contents, 'kh-pages-')).toEqual(['/']);
    expect(inCaches(contents, 'kh-full-')).toEqual([]);
    const all = Object.values(contents).flat();
    expect(all.filter((u) => u.startsWith('/pagefind/'))).toEqual([]);
    expect(all).not.toContain(routes.about());
    expect(all).not.toContain(routes.search());
  });

  it('stores a page when the reader opens it, and nothing else', async () => {
    await page.goto(`${baseUrl()}${routes.about()}`);
    await page.waitForFunction(
      async (url) => (await caches.match(url)) !== undefined,
      `${baseUrl()}${routes.about()}`,
    );
    const all = Object.values(await cacheContents(page)).flat();
    expect(all).toContain(routes.about());
    expect(all).not.toContain(routes.privacy());
  });

  it('offline: opened pages and the frame read, a page never opened gets the offline page, with the notice', async () => {
    await context.setOffline(true);
    try {
      await page.goto(`${baseUrl()}${routes.about()}`);
      await expect(page.locator('h1').textContent()).resolves.toMatch(/Over deze keuzehulp/);
      await page.goto(`${baseUrl()}${routes.phase(3)}`);
      await expect(page.locator('h1').textContent()).resolves.toBeTruthy();
      await page.locator('[data-offline-notice]').waitFor({ state: 'visible', timeout: 5000 });
      await page.goto(`${baseUrl()}${routes.samenBeslissen()}`);
      await expect(page.locator('h1').textContent()).resolves.toBe('Offline lezen');
      await page.locator('[data-offline-notice]').waitFor({ state: 'visible', timeout: 5000 });
      await expect(page.locator('[data-status]').textContent()).resolves.toBe(T.notSaved);
      // Saving needs a connection: the control says so instead of failing.
      await page.locator('[data-save]').click();
      await expect(page.locator('[data-status]').textContent()).resolves.toBe(T.offline);
    } finally {
      await context.setOffline(false);
    }
  });
});

describe('with data saving on (Save-Data)', () => {
  let context: BrowserContext;
  let page: Page;
  beforeAll(async () => {
    ({ context, page } = await newVisitor({ saveData: true }));
  });
  afterAll(async () => {
    await context?.close();
  });

  it('registers no worker and stores nothing; the control says data saving is on', async () => {
    await page.goto(`${baseUrl()}/`);
    await page.goto(`${baseUrl()}${routes.offlineReading()}`);
    await page.locator('[data-save-data]').waitFor({ state: 'visible' });
    await expect(page.locator('[data-status]').textContent()).resolves.toBe(T.notSaved);
    await expect(page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length)).resolves.toBe(0);
    await expect(page.evaluate(() => caches.keys())).resolves.toEqual([]);
  });

  it('still lets the reader choose to keep everything', async () => {
    await choose(page);
    expect(inCaches(await cacheContents(page), 'kh-full-')).toContain(routes.search());
  });
});

describe('with the choice made, the whole keuzehulp reads offline', () => {
  let context: BrowserContext;
  let page: Page;
  beforeAll(async () => {
    ({ context, page } = await newVisitor());
    await page.goto(`${baseUrl()}${routes.phase(2)}`);
    await workerReady(page);
  });
  afterAll(async () => {
    await context?.close();
  });

  it('says so clearly when the download fails, and loses nothing', async () => {
    await context.route('**/pagefind/wasm.nl.pagefind', (route) => route.abort('internetdisconnected'));
    try {
      await page.goto(`${baseUrl()}${routes.offlineReading()}`);
      await page.locator('[data-save]').click();
      await page.locator('[data-status]').filter({ hasText: T.errors.network }).waitFor({ timeout: 60_000 });
      await expect(page.locator('[data-save]').isVisible()).resolves.toBe(true);
    } finally {
      await context.unroute('**/pagefind/wasm.nl.pagefind');
    }
    await page.reload();
    await expect(page.locator('[data-status]').filter({ hasText: T.partial }).count()).resolves.toBe(1);
  });

  it('stores everything when the reader chooses it (and finishes what was stored before)', async () => {
    await choose(page);
    await expect(page.locator('[data-remove]').isVisible()).resolves.toBe(true);
    const full = inCaches(await cacheContents(page), 'kh-full-');
    const list = JSON.parse(readFileSync('dist/offline-bestanden.json', 'utf8')) as { files: [string, string][] };
    expect(full.sort()).toEqual([...list.files.map(([u]) => u), routes.offlineFiles()].sort());
    await page.reload();
    await expect(page.locator('[data-status]').textContent()).resolves.toBe(T.saved);
    const violations = await axe(page);
    expect(violations, formatViolations(routes.offlineReading(), violations)).toEqual([]);
  });

  it('says so calmly when the connection drops', async () => {
    await page.goto(`${baseUrl()}${routes.phase(2)}`);
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
    await expect(page.locator('h1').textContent()).resolves.not.toBe('Offline lezen');
  });

  it('searches while offline', async () => {
    await page.goto(`${baseUrl()}/zoeken/?q=bedrijfsarts`);
    await page.locator('[data-search-list] li').first().waitFor({ timeout: 15_000 });
    expect(await page.locator('[data-search-list] li').count()).toBeGreaterThan(0);
  });

  it('shows the 404 page for an address that does not exist', async () => {
    await page.goto(`${baseUrl()}/bestaat-niet/`);
    await expect(page.locator('h1').textContent()).resolves.toMatch(/niet/);
    await context.setOffline(false);
  });

  it('removes the offline copy again', async () => {
    await page.goto(`${baseUrl()}${routes.offlineReading()}`);
    await page.locator('[data-remove]').click();
    await page.locator('[data-status]').filter({ hasText: T.removed }).waitFor();
    expect(inCaches(await cacheContents(page), 'kh-full-')).toEqual([]);
    await expect(page.locator('[data-save]').isVisible()).resolves.toBe(true);
  });
});

describe('without JavaScript', () => {
  it('shows no control, and a sentence explains', async () => {
    const { page, context } = await openPage(browser, { viewport: PHONE, javaScriptEnabled: false });
    await page.goto(`${baseUrl()}${routes.offlineReading()}`);
    await expect(page.locator('[data-offline-save]').isVisible()).resolves.toBe(false);
    await expect(page.locator('#bewaren').locator('xpath=..').innerText()).resolves.toContain(offline.noScript);
    await context.close();
  });
});
