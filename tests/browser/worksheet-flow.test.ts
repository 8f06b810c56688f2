/**
 * The worksheet's first screens on a phone (360 × 740), on a CPU slowed down
 * 4× like the other worksheet tests: nothing shifts while it loads (the
 * static HTML holds its first state), "Nieuw werkblad" lands on the first
 * question, and a worksheet started from a decision card is named after the
 * card, opens at "Keuze en doel", keeps long option names readable and offers
 * the card's points to take over. Storage controls sit in one closed fold;
 * removing looks different from adding.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { PHONE, useBrowser } from '../support/browser';
import { layoutShifts, loadWhileShifting, twoFrames } from '../support/layout-shift';
import { openWorksheet } from '../support/worksheet';
import { worksheet as L } from '../../src/i18n/nl/worksheet';

const CARD = 'tempo-en-uren';
const card = parse(readFileSync(`content/keuzekaarten/${CARD}.yaml`, 'utf8')) as { question: string; options: { title: string; pros: string }[] };

const chrome = useBrowser();
const phone = (path: string) => openWorksheet(chrome, { path, viewport: PHONE });

describe('worksheet on a phone', () => {
  it('does not shift while it loads (CLS 0 on a 4× slowed CPU)', async () => {
    // Like layout-shift.test.ts, a page that shifts is loaded again (see loadWhileShifting); here every shift
    // counts, from the start of the page.
    const load = async () => {
      const { page, errors } = await phone('/werkblad/');
      // Two frames after the island has loaded, so a late shift is recorded too.
      await twoFrames(page);
      return { shifts: await layoutShifts(page, 'start'), errors };
    };
    const tries = await loadWhileShifting(load, (t) => t.shifts.length > 0);
    expect(tries.at(-1)!.shifts, tries.map((t) => JSON.stringify(t.shifts)).join(' / ')).toEqual([]);
    expect(tries.at(-1)!.errors).toEqual([]);
  });

  it('"Nieuw werkblad" focuses the first question and shows it on screen; storage is one closed fold', async () => {
    const { page } = await phone('/werkblad/');
    await expect(page.locator('details.ws-data').count()).resolves.toBe(1);
    await expect(page.locator('details.ws-data').evaluate((d) => (d as HTMLDetailsElement).open)).resolves.toBe(false);
    await page.getByRole('button', { name: L.list.new }).click();
    await page.waitForFunction(() => document.activeElement?.id === 'ws-conversation');
    const box = await page.locator('#ws-conversation').boundingBox();
    expect(box!.y).toBeGreaterThanOrEqual(0);
    expect(box!.y + box!.height).toBeLessThanOrEqual(PHONE.height);
    // A compact step line instead of seven buttons on top; the steps are folded below the step.
    await expect(page.locator('.ws-stepof').textContent()).resolves.toContain('Stap 1 van 7');
    await expect(page.locator('.ws-all').evaluate((d) => (d as HTMLDetailsElement).open)).resolves.toBe(false);
    // Still one storage fold in the open worksheet.
    await expect(page.locator('.ws-data').count()).resolves.toBe(1);
  });

  it('from a card: named after it, opens at "Keuze en doel", long option names wrap, the card’s points can be taken over', async () => {
    const { page, errors } = await phone(`/werkblad/?kaart=${CARD}`);
    await page.waitForFunction((t) => document.querySelector('#ws-block-h')?.textContent === t, L.blocks.keuze.title);
    await expect(page.locator('#ws-sheet-h').textContent()).resolves.toBe(card.question);
    await expect(page.locator('.ws-status').textContent()).resolves.toContain(L.started.kaart);
    await page.getByRole('button', { name: new RegExp(`^${L.editor.next}`) }).click();
    await page.waitForFunction((t) => document.querySelector('#ws-block-h')?.textContent === t, L.blocks.opties.title);

    // Every option name is fully visible: nothing scrolls inside its field.
    const cut = await page.locator('.ws-option [id^="ws-o-"]').evaluateAll((els) => els.filter((e) => e.scrollWidth > e.clientWidth + 1 || e.scrollHeight > e.clientHeight + 1).map((e) => (e as HTMLTextAreaElement).value));
    expect(cut).toEqual([]);

    // The card's good points are offered; taking one over makes it a point of the option.
    const first = page.locator('.ws-option').first();
    const offered = first.locator('.ws-points').first().locator('.ws-offer li');
    const before = await offered.count();
    expect(before).toBeGreaterThan(0);
    const text = (await offered.first().locator('span').first().textContent())!;
    expect(card.options[0]!.pros).toContain(text);
    await offered.first().getByRole('button').click();
    await expect(first.getByLabel('Goed punt 1').inputValue()).resolves.toBe(text);
    await expect(offered.count()).resolves.toBe(before - 1);

    // "Optie weghalen" does not look like "Goed punt toevoegen".
    const look = (name: RegExp) => first.getByRole('button', { name }).evaluate((b) => getComputedStyle(b).color + getComputedStyle(b).borderColor);
    expect(await look(new RegExp(L.options.remove))).not.toBe(await look(new RegExp(L.options.addPro)));
    expect(errors).toEqual([]);
  });
});
