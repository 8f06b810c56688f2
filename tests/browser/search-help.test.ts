/**
 * Search for a worried reader (#22): distress opens with the urgent help block
 * above the results, with and without JavaScript; look-alikes do not; tools
 * come before stories; the header's search button lands in a focused field;
 * nothing found shows starting points for the reader's phase and the help link.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axe, baseUrl, formatViolations, PHONE, useSharedPage } from '../support/browser';
import { DISTRESS_QUERIES, LOOK_ALIKES } from '../fixtures/distress-queries';
import { searchFromHeader, settled } from '../support/search';

const w = useSharedPage();

/** Search from the page's own form and wait until the results (or "nothing found") are in. */
async function search(page: Page, q: string): Promise<void> {
  await page.locator('#zoekpagina').fill(q);
  await page.locator('#zoekpagina').press('Enter');
  await settled(page);
}

/** Is the help block shown, and does it stand before the first result? */
async function helpFirst(page: Page): Promise<{ shown: boolean; beforeResults: boolean; results: number }> {
  return page.evaluate(() => {
    const help = document.querySelector<HTMLElement>('[data-search-help]')!;
    const first = document.querySelector('[data-search-list] li');
    const shown = !help.hidden && help.getBoundingClientRect().height > 0;
    const beforeResults = !first || Boolean(help.compareDocumentPosition(first) & Node.DOCUMENT_POSITION_FOLLOWING);
    return { shown, beforeResults, results: document.querySelectorAll('[data-search-list] li').length };
  });
}

describe('help first for distress', () => {
  it('opens every distress search with the urgent help block, results still below', async () => {
    const { page } = w;
    await page.goto(`${baseUrl()}/zoeken/`);
    const wrong: string[] = [];
    for (const q of DISTRESS_QUERIES) {
      await search(page, q);
      const r = await helpFirst(page);
      if (!r.shown || !r.beforeResults || r.results === 0) wrong.push(`${q}: ${JSON.stringify(r)}`);
    }
    expect(wrong).toEqual([]);
    // The block is the one from /hulp-nodig/: call 113, 0800-0113 and 112, and the huisarts.
    const help = page.locator('[data-search-help]');
    for (const tel of ['tel:113', 'tel:08000113', 'tel:112']) await expect(help.locator(`a[href="${tel}"]`).count()).resolves.toBe(1);
    await expect(help.textContent()).resolves.toContain('huisarts');
    // The first result is the help page itself.
    await expect(page.locator('[data-search-list] li h3 a').first().getAttribute('href')).resolves.toBe('/hulp-nodig/');
    await expect(page.locator('[data-search-status]').textContent()).resolves.toContain('direct hulp');
    expect(w.errors).toEqual([]);
  });

  it('does not show it for questions that only look alike', async () => {
    const { page } = w;
    await page.goto(`${baseUrl()}/zoeken/`);
    const wrong: string[] = [];
    for (const q of LOOK_ALIKES.filter(Boolean)) {
      await search(page, q);
      if ((await helpFirst(page)).shown) wrong.push(q);
    }
    expect(wrong).toEqual([]);
  });

  it('shows it on a direct link and is axe-clean at 360 px', async () => {
    const { page } = w;
    await page.goto(`${baseUrl()}/zoeken/?q=${encodeURIComponent('ik zie het niet meer zitten')}`);
    await settled(page);
    await expect(helpFirst(page)).resolves.toMatchObject({ shown: true, beforeResults: true });
    // On a phone the call button for 113 is in the first screen.
    const call = await page.locator('[data-search-help]').getByRole('link', { name: 'Bel 113' }).boundingBox();
    expect(call!.y + call!.height).toBeLessThanOrEqual(PHONE.height);
    const violations = await axe(page);
    expect(violations, formatViolations('/zoeken/?q=…', violations)).toEqual([]);
  });

  it('shows it first without JavaScript too, where the page cannot read the search', async () => {
    const { page, context } = await w.open({ viewport: PHONE, javaScriptEnabled: false });
    await page.goto(`${baseUrl()}/zoeken/?q=${encodeURIComponent('ik kan niet meer')}`);
    const results = page.locator('[data-search-results]');
    // The first thing after the (hidden) results heading is the urgent help, with its call buttons.
    const firstVisible = await results.evaluate((section) => {
      const visible = [...section.querySelectorAll('p, h3, a, ul')].filter((el) => (el as HTMLElement).offsetParent !== null);
      return visible.slice(0, 4).map((el) => el.textContent?.trim());
    });
    expect(firstVisible.join(' ')).toMatch(/hulp/i);
    await expect(results.getByRole('link', { name: 'Bel 113' }).isVisible()).resolves.toBe(true);
    await expect(results.getByRole('link', { name: 'Bel 112' }).isVisible()).resolves.toBe(true);
    const help = await results.getByRole('link', { name: 'Bel 113' }).boundingBox();
    const glossary = await results.getByRole('link', { name: /begrippenlijst/ }).boundingBox();
    expect(help!.y).toBeLessThan(glossary!.y);
    await context.close();
  });
});

describe('tools and answers first', () => {
  it('puts the worksheet and the questions before anything else for preparing a conversation', async () => {
    const { page } = w;
    await page.goto(`${baseUrl()}/zoeken/?q=${encodeURIComponent('gesprek voorbereiden')}`);
    await settled(page);
    const top = await page.locator('[data-search-list] li h3 a').evaluateAll((as) => as.slice(0, 2).map((a) => a.getAttribute('href')));
    expect(top).toEqual(['/werkblad/', '/vragen/']);
  });

  it('ranks the page that answers above a story, and stories first when asked for', async () => {
    const { page } = w;
    const kinds = async (q: string) => {
      await page.goto(`${baseUrl()}/zoeken/?q=${encodeURIComponent(q)}`);
      await settled(page);
      return page.locator('[data-search-list] li h3 a').evaluateAll((as) => as.slice(0, 3).map((a) => a.getAttribute('href')!));
    };
    const answer = await kinds('contract loopt af ziek');
    expect(answer[0]).toBe('/regels-en-rollen/ziek-uit-dienst/');
    const stories = await kinds('ervaring contract loopt af ziek');
    expect(stories[0]).toMatch(/^\/ervaringen\//);
  });
});

describe('the way in and the way out', () => {
  it('lands in a focused search field from the header’s search button', async () => {
    const { page } = w;
    await searchFromHeader(page);
    await page.waitForFunction(() => document.activeElement?.id === 'zoekpagina');
    await page.keyboard.type('loonstop');
    await expect(page.locator('#zoekpagina').inputValue()).resolves.toBe('loonstop');
  });

  it('shows starting points for the reader’s phase and the help link when nothing is found', async () => {
    const { page, context } = await w.open({ viewport: PHONE });
    await page.goto(`${baseUrl()}/zoeken/?q=xylofoonles`);
    await page.waitForFunction(() => /Niets gevonden/.test(document.querySelector('[data-search-status]')?.textContent ?? ''));
    const empty = page.locator('[data-search-empty]');
    // No phase chosen: the general starting points.
    await expect(empty.getByRole('link', { name: /Kies je fase/ }).isVisible()).resolves.toBe(true);
    await expect(empty.getByRole('link', { name: 'Hier vind je hulp' }).isVisible()).resolves.toBe(true);
    // With a remembered phase: that phase's hub and its first pages.
    // The reader picks phase 1 on the home page (a hub visit alone stores nothing, #23 §10).
    await page.goto(`${baseUrl()}/`);
    await page.locator('[data-phase-link="1"]').click();
    await page.waitForURL('**/fase/1/');
    await page.goto(`${baseUrl()}/zoeken/?q=xylofoonles`);
    await page.waitForFunction(() => /Niets gevonden/.test(document.querySelector('[data-search-status]')?.textContent ?? ''));
    const links = await empty.locator('a').evaluateAll((as) => as.filter((a) => (a as HTMLElement).offsetParent !== null).map((a) => a.getAttribute('href')));
    expect(links[0]).toBe('/fase/1/');
    expect(links).toHaveLength(4);
    expect(links.at(-1)).toBe('/hulp-nodig/');
    await context.close();
  });
});
