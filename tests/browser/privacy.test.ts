/**
 * Private by default (issue 23 §10): a reader who only reads leaves nothing
 * on the device. No localStorage, sessionStorage, IndexedDB or cookies after
 * the home page, content pages, a phase hub, a story, a term, search, the week
 * calculator (without "onthoud") and /bewaard/. Only what the reader asks for
 * is kept (the yes to "verder waar je was", a page saved with "Bewaar", a
 * phase picked, a date with "onthoud"), and the worksheet's "Alles wissen"
 * removes all of it, the phase and the date included.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { PHONE, baseUrl, useBrowser, type Watched } from '../support/browser';
import { isoDaysAgo } from '../support/dates';
import { reading as R } from '../../src/i18n/nl/reading';
import { calculator as C } from '../../src/i18n/nl/calculator';
import { worksheet as W } from '../../src/i18n/nl/worksheet';
import { DATE_KEY, LAST_KEY, PHASE_KEY, SAVED_KEY, TRAIL_KEY } from '../../src/lib/storage-keys';

const chrome = useBrowser();
const fresh = () => chrome.open({ viewport: PHONE });
const go = (page: Page, path: string) => page.goto(baseUrl() + path, { waitUntil: 'networkidle' });

/** Everything this origin keeps in the page's storage (the service worker's page cache is not reader input). */
async function stored(w: Watched) {
  const inPage = await w.page.evaluate(async () => ({
    local: Object.keys(localStorage).sort(),
    session: Object.keys(sessionStorage).sort(),
    indexedDB: (await indexedDB.databases()).map((d) => d.name ?? ''),
    cookie: document.cookie,
  }));
  return { ...inPage, cookies: (await w.context.cookies()).map((c) => c.name) };
}
const NOTHING = { local: [], session: [], indexedDB: [], cookie: '', cookies: [] };

describe('private by default', () => {
  it('a reader who only reads leaves nothing on the device', async () => {
    const w = await fresh();
    const { page, errors } = w;
    const visits = [
      '/',
      '/samen-beslissen/',
      '/samen-beslissen/iemand-meenemen/',
      '/regels-en-rollen/de-weg-in-twee-jaar/',
      '/fase/2/',
      '/fase/3/',
      '/ervaringen/',
      '/ervaringen/iris/',
      '/begrippen/bedrijfsarts/',
      '/vragen/',
      '/zoeken/?q=bedrijfsarts',
    ];
    for (const path of visits) {
      await go(page, path);
      expect(await stored(w), path).toEqual(NOTHING);
    }
    // The week calculator computes without keeping the date.
    await go(page, '/weken-berekenen/');
    await page.locator('#ziekmelddatum').fill(isoDaysAgo(30));
    await page.getByRole('button', { name: C.submit }).click();
    await expect(page.locator('[data-week-results]').textContent()).resolves.toMatch(/week 5/);
    expect(await stored(w), '/weken-berekenen/').toEqual(NOTHING);
    // No "verder waar je was" anywhere: it is off until the reader says yes.
    for (const path of ['/', '/fase/2/', '/bewaard/']) {
      await go(page, path);
      await expect(page.locator('[data-continue]').isVisible(), path).resolves.toBe(false);
    }
    // /bewaard/ asks, in plain words, and stores nothing until the answer is yes.
    await expect(page.getByText(R.page.trail.ask).isVisible()).resolves.toBe(true);
    expect(await stored(w), '/bewaard/').toEqual(NOTHING);
    expect(errors).toEqual([]);
  });

  it('keeps only what the reader asked for, and "Alles wissen" removes all of it, the phase included', async () => {
    const w = await fresh();
    const { page } = w;
    // Yes to the trail.
    await go(page, '/bewaard/');
    await page.getByRole('button', { name: R.page.trail.yes }).click();
    await expect(page.getByRole('button', { name: R.page.trail.no }).isVisible()).resolves.toBe(true);
    expect((await stored(w)).local).toEqual([TRAIL_KEY]);
    // A saved page, a page read, a picked phase, a remembered date.
    await go(page, '/samen-beslissen/iemand-meenemen/');
    await page.getByRole('button', { name: R.save }).click();
    await go(page, '/');
    await page.locator('[data-phase-link="2"]').click();
    await page.waitForURL('**/fase/2/');
    await go(page, '/fase/3/'); // a hub of another phase asks once in this visit (sessionStorage)
    await go(page, '/weken-berekenen/');
    await page.locator('#ziekmelddatum').fill(isoDaysAgo(30));
    await page.getByRole('checkbox', { name: C.remember }).check();
    await page.getByRole('button', { name: C.submit }).click();
    await go(page, '/ervaringen/iris/');
    const before = await stored(w);
    expect(before.local).toEqual([DATE_KEY, PHASE_KEY, SAVED_KEY, LAST_KEY, TRAIL_KEY].sort());
    expect(before.session).toHaveLength(1);
    await go(page, '/');
    await expect(page.locator('[data-continue] a').getAttribute('href')).resolves.toBe('/ervaringen/iris/');

    await go(page, '/werkblad/');
    await page.locator('#ws-data-h').waitFor();
    // "Opslaan en meenemen" is one closed fold: open it first.
    await page.locator('#ws-data-h').click();
    await page.getByRole('button', { name: W.data.wipe, exact: true }).click();
    await page.getByRole('button', { name: W.data.wipeYes }).click();
    await page.waitForFunction(() => localStorage.length === 0);
    expect(await stored(w)).toEqual(NOTHING);
    // And the site shows none of it any more.
    await go(page, '/');
    await expect(page.locator('[data-phase-remembered]').isVisible()).resolves.toBe(false);
    await expect(page.locator('[data-continue]').isVisible()).resolves.toBe(false);
    await go(page, '/weken-berekenen/');
    await expect(page.locator('#ziekmelddatum').inputValue()).resolves.toBe('');
    await go(page, '/ervaringen/iris/');
    expect(await stored(w)).toEqual(NOTHING);
  });

  it('"Nee, zet dit uit" on /bewaard/ forgets the last page and stops the trail', async () => {
    const w = await fresh();
    const { page } = w;
    await go(page, '/bewaard/');
    await page.getByRole('button', { name: R.page.trail.yes }).click();
    await go(page, '/ervaringen/iris/');
    await go(page, '/bewaard/');
    await expect(page.locator('[data-continue]').isVisible()).resolves.toBe(true);
    await page.getByRole('button', { name: R.page.trail.no }).click();
    await expect(page.locator('[data-continue]').isVisible()).resolves.toBe(false);
    await expect(page.getByRole('button', { name: R.page.trail.yes }).isVisible()).resolves.toBe(true);
    await go(page, '/ervaringen/iris/');
    expect(await stored(w)).toEqual(NOTHING);
  });
});
