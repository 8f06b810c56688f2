/**
 * Decision cards and stacked tables on a phone (360 × 740): what the phone
 * shows matches what the page says. Cards: numbered option titles, jump links
 * to them, and on the card's own page the answers grouped by question (opened
 * by its address, no JavaScript). Tables: the row's subject is a row header,
 * the labels are smaller than the values, "Veel" / "Een deel" are tags.
 */
import { describe, expect, it } from 'vitest';
import { PHONE, baseUrl, useBrowser } from '../support/browser';
import { CARD_ROWS, cards as T } from '../../src/i18n/nl/cards';

const chrome = useBrowser();

describe('decision cards on a phone', () => {
  it('number the options, link to each, and never say they stand side by side', async () => {
    const { page, context } = await chrome.open({ viewport: PHONE });
    await page.goto(baseUrl() + '/regels-en-rollen/wie-beslist-wat/weer-aan-het-werk/');
    const titles = await page.locator('.kaart-titel').allTextContents();
    expect(titles.length).toBeGreaterThan(1);
    titles.forEach((t, i) => expect(t.trim()).toMatch(new RegExp(`^${i + 1}\\. \\S`)));
    const jumps = page.locator('.kaart-sprong a');
    await expect(jumps.count()).resolves.toBe(titles.length);
    await expect(jumps.first().isVisible()).resolves.toBe(true);
    await jumps.nth(2).click();
    const top = await page.locator('.kaart-titel').nth(2).boundingBox();
    expect(Math.abs(top!.y)).toBeLessThan(40);
    // Labels are smaller than the option title and the answers.
    const size = (sel: string) => page.locator(sel).first().evaluate((e) => parseFloat(getComputedStyle(e).fontSize));
    expect(await size('.kaart-optie dt')).toBeLessThan(await size('.kaart-optie dd'));
    expect(await size('.kaart-optie dt')).toBeLessThan(await size('.kaart-titel'));
    await expect(page.locator('.keuzekaart').textContent()).resolves.not.toMatch(/naast elkaar/i);
    await context.close();
  });

  it('the card’s own page compares per question, opened by its address without JavaScript', async () => {
    const { page, context } = await chrome.open({ viewport: PHONE, javaScriptEnabled: false });
    await page.goto(baseUrl() + '/keuzekaart/weer-aan-het-werk/#per-vraag');
    const fold = page.locator('details.kaart-per-vraag');
    await expect(fold.locator('summary').textContent()).resolves.toBe(T.compare);
    await expect(fold.evaluate((d) => (d as HTMLDetailsElement).open)).resolves.toBe(true);
    await expect(fold.locator('h2').allTextContents()).resolves.toEqual(Object.values(CARD_ROWS));
    const options = await page.locator('.kaart-optie').count();
    await expect(fold.locator('dl').first().locator('dt').count()).resolves.toBe(options);
    // The print sheet has nothing to send: no form.
    await expect(page.locator('.keuzekaart form').count()).resolves.toBe(0);
    await context.close();
  });
});

describe('stacked tables on a phone', () => {
  it('show the row’s subject as heading, small labels and the room as a tag', async () => {
    const { page, context } = await chrome.open({ viewport: PHONE });
    await page.goto(baseUrl() + '/samen-beslissen/wat-ligt-vast/');
    const row = page.locator('.stack-table tbody tr').first();
    const head = row.locator('th[scope="row"]');
    await expect(head.count()).resolves.toBe(1);
    const style = (sel: string, prop: 'fontSize' | 'fontWeight') => row.locator(sel).first().evaluate((e, p) => getComputedStyle(e)[p], prop);
    expect(Number(await style('th', 'fontWeight'))).toBeGreaterThanOrEqual(700);
    const label = await row.locator('td').first().evaluate((e) => {
      const b = getComputedStyle(e, '::before');
      return { size: parseFloat(b.fontSize), weight: Number(b.fontWeight), cell: parseFloat(getComputedStyle(e).fontSize) };
    });
    expect(label.size).toBeLessThan(label.cell);
    expect(label.weight).toBeLessThan(700);
    await expect(page.locator('.stack-table .tag').first().textContent()).resolves.toMatch(/^(Veel|Een deel|Helemaal)\.$/);
    await context.close();
  });
});
