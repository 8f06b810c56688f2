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
import type { BrowserContext, Page, Route } from 'playwright-core';
import { axe, baseUrl, formatViolations, PHONE, setOffline, slowDownCpu, useBrowser } from '../support/browser';
import { offline, offlineScript as T } from '../../src/i18n/nl/offline';
import { routes } from '../../src/lib/routes';
import type { OfflineState } from '../../src/scripts/offline-save';

const BUILD = JSON.parse(/^const BUILD = (\{.*\});$/m.exec(readFileSync('dist/sw.js', 'utf8'))![1]!) as { frame: [string, string][] };
const FRAME = BUILD.frame.map(([url]) => url).sort();

const chrome = useBrowser();

interface Visitor {
  context: BrowserContext;
  page: Page;
  /** Go offline or back online (context.setOffline alone is not enough on a slowed-down page: see slowDownCpu). */
  goOffline: (on: boolean) => Promise<void>;
}

/** A new visitor on a phone, the page's CPU slowed down like the worksheet suite's (CPU_SLOWDOWN, 4× by default). */
async function newVisitor(opts: { saveData?: boolean } = {}): Promise<Visitor> {
  const context = await chrome.browser.newContext({ viewport: PHONE, serviceWorkers: 'allow', locale: 'nl-NL' });
  if (opts.saveData) {
    await context.addInitScript(() => {
      Object.defineProperty(navigator, 'connection', { value: { saveData: true }, configurable: true });
    });
  }
  const page = await context.newPage();
  const cdp = await slowDownCpu(context, page);
  return { context, page, goOffline: (on) => setOffline(context, cdp, on) };
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

/**
 * The control on /offline-lezen/ says where it is in `data-state` (src/scripts/offline-save.ts):
 * the tests wait on that signal, never on time. Downloading the whole copy on a busy machine
 * may take a while, so this wait may last up to the test's own time limit.
 */
async function controlState(page: Page, state: OfflineState, reason?: string): Promise<void> {
  const selector = `[data-offline-save][data-state="${state}"]${reason ? `[data-reason="${reason}"]` : ''}`;
  await page.locator(selector).waitFor({ state: 'attached', timeout: 0 });
}

/** Open /offline-lezen/ and wait until the control knows what is stored. */
async function openControl(page: Page): Promise<void> {
  await page.goto(`${baseUrl()}${routes.offlineReading()}`);
  await page.locator('[data-offline-save][data-state]:not([data-state="checking"])').waitFor({ state: 'attached' });
}

async function choose(page: Page): Promise<void> {
  await openControl(page);
  const button = page.locator('[data-save]');
  await expect(button.textContent()).resolves.toMatch(/^Bewaar de keuzehulp op dit apparaat \(\d+,\d MB\)$/);
  await button.click();
  await controlState(page, 'done');
  await expect(page.locator('[data-status]').textContent()).resolves.toBe(T.done);
}

describe('a first visit, without a choice', () => {
  let context: BrowserContext;
  let page: Page;
  let goOffline: Visitor['goOffline'];
  beforeAll(async () => {
    ({ context, page, goOffline } = await newVisitor());
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
    await goOffline(true);
    try {
      await page.goto(`${baseUrl()}${routes.about()}`);
      await expect(page.locator('h1').textContent()).resolves.toMatch(/Over deze keuzehulp/);
      await page.goto(`${baseUrl()}${routes.phase(3)}`);
      await expect(page.locator('h1').textContent()).resolves.toBeTruthy();
      await page.locator('[data-offline-notice]').waitFor({ state: 'visible' });
      await page.goto(`${baseUrl()}${routes.samenBeslissen()}`);
      await expect(page.locator('h1').textContent()).resolves.toBe('Offline lezen');
      await page.locator('[data-offline-notice]').waitFor({ state: 'visible' });
      await controlState(page, 'idle');
      await expect(page.locator('[data-status]').textContent()).resolves.toBe(T.notSaved);
      // Saving needs a connection: the control says so instead of failing.
      await page.locator('[data-save]').click();
      await controlState(page, 'failed', 'offline');
      await expect(page.locator('[data-status]').textContent()).resolves.toBe(T.offline);
    } finally {
      await goOffline(false);
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
    await controlState(page, 'idle');
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
  let goOffline: Visitor['goOffline'];
  beforeAll(async () => {
    ({ context, page, goOffline } = await newVisitor());
    await page.goto(`${baseUrl()}${routes.phase(2)}`);
    await workerReady(page);
  });
  afterAll(async () => {
    await context?.close();
  });

  it('says so clearly when the download fails, and loses nothing', async () => {
    // The failure is injected with context.route, not page.route: the download runs in the
    // service worker, and page.route never sees a worker's own requests. context.route does,
    // in Chromium, for a context with serviceWorkers: 'allow' (playwright-core ≥ 1.47 reports a
    // worker's network and applies the context's routes to it, also to a worker that is
    // started later; PLAYWRIGHT_DISABLE_SERVICE_WORKER_NETWORK turns that off). The worker
    // asks for this file with `cache: 'no-cache'` (it has a revision), so the request always
    // reaches the network layer where the route sits. The handler counts what it aborted, so
    // a route that silently stops applying fails here instead of letting the download succeed.
    const aborted: { fromWorker: boolean }[] = [];
    const fail = (route: Route) => {
      aborted.push({ fromWorker: route.request().serviceWorker() !== null });
      return route.abort('internetdisconnected');
    };
    await context.route('**/pagefind/wasm.nl.pagefind', fail);
    try {
      await openControl(page);
      await page.locator('[data-save]').click();
      await controlState(page, 'failed', 'network');
      await expect(page.locator('[data-status]').textContent()).resolves.toBe(T.errors.network);
      await expect(page.locator('[data-save]').isVisible()).resolves.toBe(true);
      expect(aborted).toEqual([{ fromWorker: true }]);
    } finally {
      await context.unroute('**/pagefind/wasm.nl.pagefind', fail);
    }
    await page.reload();
    await controlState(page, 'partial');
    await expect(page.locator('[data-status]').textContent()).resolves.toBe(T.partial);
  });

  it('stores everything when the reader chooses it (and finishes what was stored before)', async () => {
    await choose(page);
    await expect(page.locator('[data-remove]').isVisible()).resolves.toBe(true);
    const full = inCaches(await cacheContents(page), 'kh-full-');
    const list = JSON.parse(readFileSync('dist/offline-bestanden.json', 'utf8')) as { files: [string, string][] };
    expect(full.sort()).toEqual([...list.files.map(([u]) => u), routes.offlineFiles()].sort());
    await page.reload();
    await controlState(page, 'done');
    await expect(page.locator('[data-status]').textContent()).resolves.toBe(T.saved);
    const violations = await axe(page);
    expect(violations, formatViolations(routes.offlineReading(), violations)).toEqual([]);
  });

  it('says so calmly when the connection drops', async () => {
    await page.goto(`${baseUrl()}${routes.phase(2)}`);
    await expect(page.locator('[data-offline-notice]').isVisible()).resolves.toBe(false);
    await goOffline(true);
    await page.locator('[data-offline-notice]').waitFor({ state: 'visible' });
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
    await page.locator('[data-search-list] li').first().waitFor();
    expect(await page.locator('[data-search-list] li').count()).toBeGreaterThan(0);
  });

  it('shows the 404 page for an address that does not exist', async () => {
    await page.goto(`${baseUrl()}/bestaat-niet/`);
    await expect(page.locator('h1').textContent()).resolves.toMatch(/niet/);
    await goOffline(false);
  });

  it('removes the offline copy again', async () => {
    await page.goto(`${baseUrl()}${routes.offlineReading()}`);
    await controlState(page, 'done');
    await page.locator('[data-remove]').click();
    await controlState(page, 'idle');
    await expect(page.locator('[data-status]').textContent()).resolves.toBe(T.removed);
    expect(inCaches(await cacheContents(page), 'kh-full-')).toEqual([]);
    await expect(page.locator('[data-save]').isVisible()).resolves.toBe(true);
  });
});

describe('without JavaScript', () => {
  it('shows no control, and a sentence explains', async () => {
    const { page, context } = await chrome.open({ viewport: PHONE, javaScriptEnabled: false });
    await page.goto(`${baseUrl()}${routes.offlineReading()}`);
    await expect(page.locator('[data-offline-save]').isVisible()).resolves.toBe(false);
    await expect(page.locator('#bewaren').locator('xpath=..').innerText()).resolves.toContain(offline.noScript);
    await context.close();
  });
});
