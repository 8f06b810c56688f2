/**
 * The two things that break first when a server's headers are wrong, under
 * real nginx with the generated dist/_nginx.conf (tests/support/nginx.ts):
 * search (Pagefind needs 'wasm-unsafe-eval' in the CSP) and the worksheet
 * island (its inline loader is allowed by hash). Skipped where nginx cannot be
 * installed; tests/site/served.test.ts reports why.
 */
import { describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { PHONE, useBrowser } from '../support/browser';
import { worksheet as L } from '../../src/i18n/nl/worksheet';
import { DATA_KEY } from '../../src/lib/worksheet/storage';

const nginxUrl = inject('nginxUrl');

describe.skipIf(!nginxUrl)('under nginx with the generated configuration', () => {
  const chrome = useBrowser();

  async function open(path: string) {
    const context = await chrome.browser.newContext({ viewport: PHONE, locale: 'nl-NL', serviceWorkers: 'block' });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    page.on('pageerror', (e) => errors.push(e.message));
    const response = await page.goto(`${nginxUrl}${path}`);
    return { context, page, errors, response };
  }

  it('searches, with help first for distress', async () => {
    const { context, page, errors, response } = await open(`/zoeken/?q=${encodeURIComponent('second opinion')}`);
    expect(response?.headers()['content-encoding']).toBe('gzip');
    await page.waitForFunction(() => /resultat/.test(document.querySelector('[data-search-status]')?.textContent ?? ''));
    const urls = await page.locator('[data-search-list] li h3 a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(urls[0]).toBe('/regels-en-rollen/rechten-en-plichten/second-opinion/');
    await page.locator('#zoekpagina').fill('ik kan niet meer');
    await page.locator('#zoekpagina').press('Enter');
    await page.locator('[data-search-help]').waitFor({ state: 'visible' });
    expect(errors).toEqual([]);
    await context.close();
  });

  it('runs the worksheet and keeps what is typed', async () => {
    const { context, page, errors } = await open('/werkblad/');
    await page.locator('#ws-data-h').waitFor();
    await page.getByRole('button', { name: L.list.new }).click();
    await page.getByLabel(L.fields.title.label).fill('Onder nginx');
    await page.getByLabel(L.fields.title.label).blur();
    await page.waitForFunction(() => document.querySelector('.ws')?.getAttribute('data-save-state') === 'saved');
    await page.reload();
    await page.locator('#ws-data-h').waitFor();
    const doc = JSON.parse((await page.evaluate((k) => localStorage.getItem(k), DATA_KEY)) ?? 'null');
    expect(doc.worksheets[0].title).toBe('Onder nginx');
    expect(errors).toEqual([]);
    await context.close();
  });
});
