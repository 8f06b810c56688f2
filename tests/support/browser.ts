/**
 * Helpers for browser tests: launch Debian Chromium with playwright-core, open
 * pages that record console errors and any request to another host, run axe.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { inject } from 'vitest';
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

/** A fresh context and page; requests to other hosts are blocked and recorded. */
export async function openPage(
  browser: Browser,
  opts: { viewport?: { width: number; height: number }; javaScriptEnabled?: boolean } = {},
): Promise<Watched> {
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
