/**
 * What a reader does with questions and decision cards: a phase-1 reader on a
 * phone sees a short /vragen/, filters by phase (also without JavaScript),
 * ticks questions into the worksheet or prints them as one list; a decision
 * card stacks on a phone, prints on one A4 page and puts options into a new
 * worksheet.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { PHASE_KEY } from '../../src/lib/phase-store';
import { nl } from '../../src/i18n/nl';
import { CARD_ROWS, CARD_VALUES } from '../../src/i18n/nl/cards';
import { DATA_KEY } from '../../src/lib/worksheet/storage';
import { PHONE, baseUrl, useBrowser } from '../support/browser';

const chrome = useBrowser();

const Q = nl.pages.questions;
const pdfPages = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
const visibleBoxes = (page: Page) =>
  page.$$eval('input[name="vraag"]', (els) => els.filter((e) => (e as HTMLElement).checkVisibility()).map((e) => (e as HTMLInputElement).value));
/** Everything the worksheet shows: its text and the values of its fields. */
const worksheetText = (page: Page) =>
  page.evaluate(() => {
    const ws = document.querySelector('.ws')!;
    return [ws.textContent, ...[...ws.querySelectorAll('input, textarea')].map((e) => (e as HTMLInputElement).value)].join('\n');
  });

async function asPhaseReader(phase: number, path: string, viewport = PHONE) {
  const w = await chrome.open({ viewport });
  await w.page.addInitScript(([k, v]) => localStorage.setItem(k!, v!), [PHASE_KEY, String(phase)]);
  await w.page.goto(baseUrl() + path);
  return w;
}

describe('/vragen/', () => {
  it('shows a phase-1 reader on a phone at most 10 questions, the rest folded per conversation', async () => {
    const { page, context, errors } = await asPhaseReader(1, '/vragen/');
    await expect(page.locator('#toon-fase-1').isChecked()).resolves.toBe(true);
    const shown = await visibleBoxes(page);
    expect(shown.length).toBeGreaterThanOrEqual(5);
    expect(shown.length).toBeLessThanOrEqual(10);
    // Folded: open one conversation and its phase-1 questions appear.
    await page.locator('#bedrijfsarts > summary').click();
    expect((await visibleBoxes(page)).length).toBeGreaterThan(shown.length);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('filters by phase without JavaScript, and shows everything by default', async () => {
    const { page, context } = await chrome.open({ viewport: PHONE, javaScriptEnabled: false });
    await page.goto(`${baseUrl()}/vragen/`);
    await expect(page.locator('#toon-alle').isChecked()).resolves.toBe(true);
    // al-01 is a phase-1 question; the spoor-2 questions (re-integratiebureau) are for later phases.
    const first = page.locator('#algemeen li[data-phases="1"]').first();
    await page.locator('#algemeen > summary').click();
    await expect(first.isVisible()).resolves.toBe(true);
    await page.locator('label', { has: page.locator('#toon-fase-3') }).click();
    await expect(first.isVisible()).resolves.toBe(false);
    await expect(page.locator('#re-integratiebureau').isVisible()).resolves.toBe(true);
    await page.locator('label', { has: page.locator('#toon-fase-1') }).click();
    await expect(page.locator('#re-integratiebureau').isVisible()).resolves.toBe(false);
    await context.close();
  });

  it('opens at the phase and conversation a link asks for, without changing the remembered phase', async () => {
    const { page, context } = await asPhaseReader(1, '/vragen/?fase=3#bedrijfsarts');
    await expect(page.locator('#toon-fase-3').isChecked()).resolves.toBe(true);
    await expect(page.locator('#bedrijfsarts').getAttribute('open')).resolves.not.toBeNull();
    await expect(page.evaluate((k) => localStorage.getItem(k), PHASE_KEY)).resolves.toBe('1');
    await context.close();
  });

  it('puts ticked questions into a new worksheet', async () => {
    const { page, context, errors } = await asPhaseReader(1, '/vragen/');
    const boxes = page.locator('.vragen-eerst:visible input[name="vraag"]');
    const texts = [await boxes.nth(0).locator('xpath=..').textContent(), await boxes.nth(2).locator('xpath=..').textContent()].map((t) => t!.trim());
    await boxes.nth(0).check();
    await boxes.nth(2).check();
    await expect(page.locator('[data-picked]').textContent()).resolves.toBe('Je hebt 2 vragen gekozen.');
    await page.getByRole('button', { name: Q.toWorksheet }).click();
    await page.waitForURL(/\/werkblad\/$/);
    await page.waitForFunction(() => document.querySelector('.ws')?.getAttribute('data-save-state') === 'saved');
    const ws = await worksheetText(page);
    for (const t of texts) expect(ws).toContain(t);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('prints only the ticked questions, as one list on one page', async () => {
    const { page, context } = await asPhaseReader(2, '/vragen/');
    await page.locator('#bedrijfsarts > summary').click();
    const boxes = page.locator('#bedrijfsarts input[name="vraag"]:visible');
    await boxes.nth(0).check();
    await boxes.nth(1).check();
    const wanted = await page.$$eval('#bedrijfsarts input[name="vraag"]:checked', (els) => els.map((e) => e.nextElementSibling!.firstChild!.textContent!.trim()));
    await page.evaluate(() => dispatchEvent(new Event('beforeprint')));
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.picked-print li').allTextContents()).resolves.toEqual(wanted);
    await expect(page.locator('.vragen-form').isVisible()).resolves.toBe(false);
    await expect(page.locator('main h1').isVisible()).resolves.toBe(true);
    expect(pdfPages(await page.pdf({ format: 'A4' }))).toBe(1);
    await context.close();
  });
});

describe('decision cards', () => {
  const DECISION = '/regels-en-rollen/wie-beslist-wat/tempo-en-uren/';

  it('stack as one card per option on a 360 px phone, every row filled, nothing wider than the screen', async () => {
    const { page, context } = await chrome.open({ viewport: PHONE });
    await page.goto(baseUrl() + DECISION);
    const cards = page.locator('.kaart-optie');
    expect(await cards.count()).toBeGreaterThanOrEqual(2);
    for (const card of await cards.all()) {
      const box = (await card.boundingBox())!;
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(PHONE.width);
      await expect(card.locator('dt:visible').count()).resolves.toBe(Object.keys(CARD_ROWS).length);
      for (const dd of await card.locator('dd').allTextContents()) expect(dd.trim().length).toBeGreaterThan(10);
    }
    await expect(page.evaluate(() => document.documentElement.scrollWidth)).resolves.toBeLessThanOrEqual(PHONE.width);
    await context.close();
  });

  it('show "Wat weten we?" on a 360 px phone for every option, with how sure it is and a source', async () => {
    const { page, context } = await chrome.open({ viewport: PHONE });
    await page.goto(baseUrl() + DECISION);
    for (const card of await page.locator('.kaart-optie').all()) {
      const row = card.locator('dl > div').filter({ has: page.locator('dt', { hasText: CARD_ROWS.evidence }) });
      await expect(row.isVisible()).resolves.toBe(true);
      const text = (await row.locator('dd').textContent())!;
      expect(text).toContain(nl.cards.certainty);
      expect(text).toMatch(new RegExp(`${nl.cards.source} \\S`));
    }
    // The sources are listed once, with their links, under the options.
    await expect(page.locator('.keuzekaart a[href^="https://www.han.nl/"]').count()).resolves.toBe(1);
    await context.close();
  });

  it('print on one A4 page with the address and the check date', async () => {
    const { page, context } = await chrome.open();
    await page.goto(`${baseUrl()}/keuzekaart/tempo-en-uren/`);
    await page.emulateMedia({ media: 'print' });
    const footer = await page.locator('.print-only').first().textContent();
    expect(footer).toMatch(/keuzehulp-reintegratie\.nl\/keuzekaart\/tempo-en-uren\//);
    expect(footer).toMatch(/\d{1,2} \w+ 20\d\d/);
    expect(pdfPages(await page.pdf({ format: 'A4', landscape: true }))).toBe(1);
    await context.close();
  });

  it('print every card on one A4 page, with its eight rows', async () => {
    const { page, context } = await chrome.open();
    const ids = readdirSync(join(process.cwd(), 'content', 'keuzekaarten')).map((f) => f.replace(/\.yaml$/, ''));
    const over: string[] = [];
    for (const id of ids) {
      await page.goto(`${baseUrl()}/keuzekaart/${id}/`);
      await page.emulateMedia({ media: 'print' });
      const pages = pdfPages(await page.pdf({ format: 'A4', landscape: true }));
      if (pages !== 1) over.push(`${id}: ${pages}`);
    }
    expect(over).toEqual([]);
    await context.close();
  });

  it('put the ticked options into a new worksheet', async () => {
    const { page, context, errors } = await chrome.open({ viewport: PHONE });
    await page.goto(baseUrl() + DECISION);
    const options = page.locator('.keuzekaart .kaart-optie');
    // Option titles are numbered ("1. Rustig opbouwen"); the worksheet gets the title without its number.
    const titles = [await options.nth(0).locator('.kaart-titel').textContent(), await options.nth(1).locator('.kaart-titel').textContent()].map((t) => t!.trim().replace(/^\d+\.\s+/, ''));
    await options.nth(0).locator('input[name="optie"]').check();
    await options.nth(1).locator('input[name="optie"]').check();
    await page.locator('.keuzekaart button[type="submit"]').click();
    await page.waitForURL(/\/werkblad\/$/);
    await page.waitForFunction(() => document.querySelector('.ws')?.getAttribute('data-save-state') === 'saved');
    const ws = await worksheetText(page);
    for (const t of titles) expect(ws).toContain(t);
    expect(ws).toContain(nl.worksheet.started.kaart);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('put the ticked values and an own value into the worksheet, next to the chosen option', async () => {
    const { page, context, errors } = await chrome.open({ viewport: PHONE });
    await page.goto(baseUrl() + DECISION);
    const values = page.locator('.kaart-waarden input[name="waarde"]');
    const picked = [await values.nth(0).getAttribute('value'), await values.nth(2).getAttribute('value')] as (keyof typeof CARD_VALUES)[];
    await values.nth(0).check();
    await values.nth(2).check();
    await page.locator('.kaart-waarden input[name="eigen"]').fill('Tijd voor mijn kinderen');
    const option = page.locator('.keuzekaart .kaart-optie').nth(1);
    const title = (await option.locator('.kaart-titel').textContent())!.trim().replace(/^\d+\.\s+/, '');
    await option.locator('input[name="optie"]').check();
    await page.locator('.keuzekaart button[type="submit"]').click();
    await page.waitForURL(/\/werkblad\/$/);
    await page.waitForFunction(() => document.querySelector('.ws')?.getAttribute('data-save-state') === 'saved');
    const stored = JSON.parse((await page.evaluate((k) => localStorage.getItem(k), DATA_KEY))!) as { worksheets: { options: { name: string }[]; important: string }[] };
    const sheet = stored.worksheets[0]!;
    expect(sheet.options.map((o) => o.name)).toEqual([title]);
    expect(sheet.important.split('\n')).toEqual([...picked.map((k) => `- ${CARD_VALUES[k]}`), '- Tijd voor mijn kinderen']);
    // The worksheet opens at "Keuze en doel", where the reader sees them.
    await page.waitForFunction((t) => document.querySelector('#ws-block-h')?.textContent === t, nl.worksheet.blocks.keuze.title);
    await expect(page.locator('.ws textarea').evaluateAll((els) => els.map((e) => (e as HTMLTextAreaElement).value).join('\n'))).resolves.toContain(CARD_VALUES[picked[0]!]);
    expect(errors).toEqual([]);
    await context.close();
  });
});
