/**
 * Helpers for browser tests: launch Debian Chromium with playwright-core, open
 * pages that record console errors and any request to another host, run axe.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { chromium, type Browser, type BrowserContext, type CDPSession, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect, inject, it } from 'vitest';
import { CHROMIUM_ARGS } from './chromium.ts';

const require = createRequire(import.meta.url);
export const AXE_PATH = require.resolve('axe-core/axe.min.js');

export function baseUrl(): string {
  return inject('baseUrl');
}

export async function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: inject('chromiumPath'), args: CHROMIUM_ARGS });
}

export interface Watched {
  page: Page;
  context: BrowserContext;
  /** Console errors and uncaught page errors. */
  errors: string[];
  /** Requests that tried to leave 127.0.0.1 (they are aborted). */
  external: string[];
}

export const PHONE = { width: 360, height: 740 };
export const DESKTOP = { width: 1280, height: 900 };

export interface OpenOptions {
  viewport?: { width: number; height: number };
  javaScriptEnabled?: boolean;
}

/** A fresh context and page; requests to other hosts are blocked and recorded. */
export async function openPage(browser: Browser, opts: OpenOptions = {}): Promise<Watched> {
  const context = await browser.newContext({
    viewport: opts.viewport ?? DESKTOP,
    javaScriptEnabled: opts.javaScriptEnabled ?? true,
    locale: 'nl-NL',
    serviceWorkers: 'block',
  });
  const errors: string[] = [];
  const external: string[] = [];
  const local = new URL(baseUrl()).host;
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (url.protocol === 'data:' || url.protocol === 'blob:' || url.host === local) return route.continue();
    external.push(route.request().url());
    return route.abort();
  });
  const page = await context.newPage();
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(`${page.url()}: ${msg.text()}`);
  });
  page.on('pageerror', (err) => errors.push(`${page.url()}: ${err.message}`));
  return { page, context, errors, external };
}

export interface FileBrowser {
  /** The test file's browser; there from `beforeAll` on, so read it inside hooks and tests. */
  readonly browser: Browser;
  /** `openPage` on that browser; the page's context is closed after the test that opened it. */
  open(opts?: OpenOptions): Promise<Watched>;
}

/**
 * One Chromium for a test file: launched before its first test, closed after
 * its last. Call it once at the top of the file.
 */
export function useBrowser(): FileBrowser {
  let launched: Browser | undefined;
  const opened: Watched[] = [];
  beforeAll(async () => {
    launched = await launch();
  });
  afterEach(async () => {
    await Promise.all(opened.splice(0).map((w) => w.context.close().catch(() => undefined)));
  });
  afterAll(async () => {
    await launched?.close();
  });
  const file: FileBrowser = {
    get browser() {
      if (!launched) throw new Error('useBrowser(): the browser is launched in beforeAll; use it inside hooks and tests');
      return launched;
    },
    async open(opts) {
      const w = await openPage(file.browser, opts);
      opened.push(w);
      return w;
    },
  };
  return file;
}

/**
 * `useBrowser` plus one page for the whole file (a phone unless `opts` says
 * otherwise), opened before the first test and kept: for tests that visit page
 * after page. Its `page`, `errors` … are there from `beforeAll` on.
 */
export function useSharedPage(opts: OpenOptions = { viewport: PHONE }): FileBrowser & Watched {
  const file = useBrowser();
  let shared: Watched | undefined;
  beforeAll(async () => {
    shared = await openPage(file.browser, opts);
  });
  const get = (): Watched => {
    if (!shared) throw new Error('useSharedPage(): the page is opened in beforeAll; use it inside hooks and tests');
    return shared;
  };
  return {
    get browser() {
      return file.browser;
    },
    open: (o) => file.open(o),
    get page() {
      return get().page;
    },
    get context() {
      return get().context;
    },
    get errors() {
      return get().errors;
    },
    get external() {
      return get().external;
    },
  };
}

/**
 * One test per page, named after its path, after a test that there are pages
 * to check at all (a build that lost its pages must not pass by testing none).
 */
export function itForEachPage(pages: string[], check: (path: string) => Promise<void>): void {
  it('there are pages to check', () => {
    expect(pages.length).toBeGreaterThan(20);
  });
  for (const path of pages) it(path, () => check(path));
}

/** How much the tests that opt in slow the page's CPU down: 4× unless CPU_SLOWDOWN says otherwise (1 turns it off). */
export const CPU_SLOWDOWN = Number(process.env['CPU_SLOWDOWN'] ?? 4);

/**
 * Slow a page's CPU down (Chrome DevTools `Emulation.setCPUThrottlingRate`), like
 * a cheap phone, `rate` times (CPU_SLOWDOWN unless given). Returns the DevTools
 * session, or null when the rate is 1.
 *
 * Keep the session: detaching it ends the slowdown. But while it is attached,
 * Chromium gives every document loaded after `context.setOffline(true)`
 * `navigator.onLine === true` again, unless this session emulates the same
 * network conditions: use `setOffline` below instead of `context.setOffline`.
 */
export async function slowDownCpu(context: BrowserContext, page: Page, rate = CPU_SLOWDOWN): Promise<CDPSession | null> {
  if (rate <= 1) return null;
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  return cdp;
}

/** Take a context off the network (or back on), also in the DevTools session of `slowDownCpu`. */
export async function setOffline(context: BrowserContext, cdp: CDPSession | null, offline: boolean): Promise<void> {
  await context.setOffline(offline);
  await cdp?.send('Network.emulateNetworkConditions', { offline, latency: 0, downloadThroughput: -1, uploadThroughput: -1 });
}

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/** Run axe-core with the WCAG 2.2 A/AA rule sets; returns violations. */
export async function axe(page: Page): Promise<AxeViolation[]> {
  const loaded = await page.evaluate(() => 'axe' in window);
  // Evaluated through DevTools, not as a <script>: the site's CSP rightly blocks inline scripts.
  if (!loaded) await page.evaluate(`${readFileSync(AXE_PATH, 'utf8')}\n;true`);
  return page.evaluate(async () => {
    // @ts-expect-error axe is injected above
    const result = await window.axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
    });
    return result.violations.map((v: AxeViolation) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => ({ target: n.target })),
    }));
  });
}

export function formatViolations(url: string, violations: AxeViolation[]): string {
  return violations
    .map((v) => `${url}: [${v.impact}] ${v.id}: ${v.help} → ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`)
    .join('\n');
}

/** Every built page, as URL paths ("/", "/over/", "/404.html"), without redirect stubs. */
export { builtPagesList as builtPages } from './pages-list.ts';
