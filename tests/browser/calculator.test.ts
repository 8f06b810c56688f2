/** The private week calculator: nothing without a date; with a date the coming moments and a calendar file; the date can be cleared. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { baseUrl, launch, openPage, PHONE } from '../support/browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const isoDaysAgo = (days: number) => {
  const d = new Date();
  d.setDate(d.getDate() - days);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

describe('week calculator', () => {
  it('stores nothing and computes nothing until a date is entered', async () => {
    const { page, context } = await openPage(browser, { viewport: PHONE });
    await page.goto(`${baseUrl()}/weken-berekenen/`);
    await expect(page.locator('[data-week-results]').textContent()).resolves.toBe('');
    expect(await page.evaluate(() => Object.keys(localStorage))).toEqual([]);
    await page.getByRole('button', { name: 'Laat zien wat er komt' }).click();
    await expect(page.locator('#ziekmelddatum-fout').textContent()).resolves.toMatch(/Vul de dag in/);
    await expect(page.locator('#ziekmelddatum').getAttribute('aria-invalid')).resolves.toBe('true');
    expect(await page.evaluate(() => Object.keys(localStorage))).toEqual([]);
    await context.close();
  });

  it('shows the coming moments, offers a calendar file, remembers the date and clears it', async () => {
    const { page, context } = await openPage(browser, { viewport: PHONE });
    await page.goto(`${baseUrl()}/weken-berekenen/`);
    await page.locator('#ziekmelddatum').fill(isoDaysAgo(30)); // week 5
    await page.getByRole('button', { name: 'Laat zien wat er komt' }).click();
    const results = page.locator('[data-week-results]');
    await expect(results.textContent()).resolves.toMatch(/Je bent nu in week 5/);
    await expect(results.textContent()).resolves.toMatch(/Probleemanalyse door de bedrijfsarts/);
    await expect(results.textContent()).resolves.toMatch(/Plan van aanpak/);
    await expect(results.textContent()).resolves.not.toMatch(/WIA/); // eight weeks ahead by default
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /agenda/ }).click()]);
    const ics = await (await download.createReadStream()).toArray().then((chunks) => Buffer.concat(chunks).toString('utf8'));
    expect(ics).toMatch(/^BEGIN:VCALENDAR\r\n/);
    expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(2);
    await page.reload();
    await expect(page.locator('#ziekmelddatum').inputValue()).resolves.toBe(isoDaysAgo(30));
    await page.getByRole('button', { name: 'Datum wissen' }).click();
    expect(await page.evaluate(() => Object.keys(localStorage))).toEqual([]);
    await expect(results.textContent()).resolves.toMatch(/gewist/);
    await context.close();
  });

  it('without JavaScript lists the moments in weeks, later ones folded away', async () => {
    const { page, context } = await openPage(browser, { viewport: PHONE, javaScriptEnabled: false });
    await page.goto(`${baseUrl()}/weken-berekenen/`);
    const visible = await page.locator('#in-weken').locator('xpath=..').innerText();
    expect(visible).toMatch(/week 6/);
    expect(visible).not.toMatch(/WIA/);
    await context.close();
  });
});
