/** The private week calculator: nothing without a date; with a date the coming moments and a calendar file; the date can be cleared. */
import { describe, expect, it } from 'vitest';
import { axe, baseUrl, formatViolations, PHONE, useBrowser } from '../support/browser';
import { isoDaysAgo } from '../support/dates';
import { calculator as C } from '../../src/i18n/nl/calculator';
import { DATE_KEY, SETTING_KEY } from '../../src/lib/storage-keys';

const chrome = useBrowser();

describe('week calculator', () => {
  it('under "niets bewaren" offers nothing to remember and stores nothing', async () => {
    const { page, context } = await chrome.open({ viewport: PHONE });
    await page.addInitScript((k) => localStorage.setItem(k, 'uit'), SETTING_KEY);
    await page.goto(`${baseUrl()}/weken-berekenen/`);
    await expect(page.getByRole('checkbox', { name: C.remember }).isVisible()).resolves.toBe(false);
    await page.locator('#ziekmelddatum').fill(isoDaysAgo(30));
    await page.getByRole('button', { name: 'Laat zien wat er komt' }).click();
    await expect(page.locator('[data-week-results]').textContent()).resolves.toMatch(/Je bent nu in week 5/);
    expect(await page.evaluate(() => Object.keys(localStorage))).toEqual([SETTING_KEY]);
    await context.close();
  });

  it('stores nothing and computes nothing until a date is entered', async () => {
    const { page, context } = await chrome.open({ viewport: PHONE });
    await page.goto(`${baseUrl()}/weken-berekenen/`);
    await expect(page.locator('[data-week-results]').textContent()).resolves.toBe('');
    expect(await page.evaluate(() => Object.keys(localStorage))).toEqual([]);
    await page.getByRole('button', { name: 'Laat zien wat er komt' }).click();
    await expect(page.locator('#ziekmelddatum-fout').textContent()).resolves.toMatch(/Vul de dag in/);
    await expect(page.locator('#ziekmelddatum').getAttribute('aria-invalid')).resolves.toBe('true');
    expect(await page.evaluate(() => Object.keys(localStorage))).toEqual([]);
    await context.close();
  });

  it('shows the coming moments, offers a calendar file, remembers the date only when asked, and clears it', async () => {
    const { page, context } = await chrome.open({ viewport: PHONE });
    await page.goto(`${baseUrl()}/weken-berekenen/`);
    await page.locator('#ziekmelddatum').fill(isoDaysAgo(30)); // week 5
    // Unticked by default: the result is shown, nothing is kept.
    await expect(page.getByRole('checkbox', { name: C.remember }).isChecked()).resolves.toBe(false);
    await page.getByRole('button', { name: 'Laat zien wat er komt' }).click();
    await expect(page.locator('[data-week-results]').textContent()).resolves.toMatch(/Je bent nu in week 5/);
    expect(await page.evaluate(() => Object.keys(localStorage))).toEqual([]);
    await expect(page.locator('[data-storage-note]').textContent()).resolves.toBe(C.script.notKept);
    await page.getByRole('checkbox', { name: C.remember }).check();
    await page.getByRole('button', { name: 'Laat zien wat er komt' }).click();
    expect(await page.evaluate(() => Object.keys(localStorage))).toEqual([DATE_KEY]);
    const results = page.locator('[data-week-results]');
    await expect(results.textContent()).resolves.toMatch(/Je bent nu in week 5/);
    await expect(results.textContent()).resolves.toMatch(/Probleemanalyse door de bedrijfsarts/);
    await expect(results.textContent()).resolves.toMatch(/Plan van aanpak/);
    await expect(results.locator('fieldset').textContent()).resolves.not.toMatch(/WIA/); // eight weeks ahead by default
    await expect(results.locator('[data-next]').textContent()).resolves.toMatch(/Probleemanalyse.*over 1 week/s);
    // Later moments stay folded: the full list is there, but closed and not visible.
    expect(await results.innerText()).not.toMatch(/WIA/);
    await expect(results.locator('details').last().evaluate((d) => (d as HTMLDetailsElement).open)).resolves.toBe(false);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /agenda/ }).click()]);
    const ics = await (await download.createReadStream()).toArray().then((chunks) => Buffer.concat(chunks).toString('utf8'));
    expect(ics).toMatch(/^BEGIN:VCALENDAR\r\n/);
    expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(2);
    await page.reload();
    await expect(page.locator('#ziekmelddatum').inputValue()).resolves.toBe(isoDaysAgo(30));
    await expect(page.getByRole('checkbox', { name: C.remember }).isChecked()).resolves.toBe(true);
    await page.getByRole('button', { name: 'Datum wissen' }).click();
    expect(await page.evaluate(() => Object.keys(localStorage))).toEqual([]);
    await expect(page.getByRole('checkbox', { name: C.remember }).isChecked()).resolves.toBe(false);
    await expect(results.textContent()).resolves.toMatch(/gewist/);
    await context.close();
  });

  it('in week 60 with the longest range: what is over, the next moment with its date, and all moments to week 104', async () => {
    const { page, context } = await chrome.open({ viewport: PHONE });
    await page.goto(`${baseUrl()}/weken-berekenen/`);
    await page.locator('#ziekmelddatum').fill(isoDaysAgo(59 * 7)); // first day of week 60
    await page.locator('#vooruit').selectOption('26');
    await page.getByRole('button', { name: 'Laat zien wat er komt' }).click();
    const results = page.locator('[data-week-results]');
    await expect(results.textContent()).resolves.toMatch(/Je bent nu in week 60/);
    await expect(results.textContent()).resolves.not.toMatch(/geen vaste momenten/);
    // Focus goes to the results heading; the short summary is announced once.
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe('Jouw vaste momenten');
    await expect(page.locator('[data-week-status]').textContent()).resolves.toBe(
      'Je bent in week 60. Het volgende vaste moment komt over 28 weken: Brief van UWV over de WIA.',
    );
    await expect(page.locator('[data-week-results][aria-live], [data-week-results] [aria-live]').count()).resolves.toBe(0);

    // The UWV letter (week 88) starts 28 weeks after the start of week 60.
    const long = new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric' });
    const inDays = (n: number) => {
      const day = new Date();
      day.setDate(day.getDate() + n);
      return long.format(day);
    };
    const next = results.locator('[data-next]');
    await expect(next.innerText()).resolves.toMatch(/^Volgende vaste moment\s+Brief van UWV over de WIA/);
    await expect(next.innerText()).resolves.toContain(`${inDays(28 * 7)} tot en met ${inDays(28 * 7 + 6)}, over 28 weken`);
    // The empty range names the next moment and still offers it for the calendar.
    await expect(results.innerText()).resolves.toMatch(/In de komende 26 weken staat er geen vast moment\. Het volgende vaste moment komt over 28 weken/);
    await expect(results.locator('fieldset input[type=checkbox]').evaluateAll((b) => b.map((x) => (x as HTMLInputElement).value))).resolves.toEqual(['uwv-brief']);

    // What is over, folded, with the report to UWV as a single day.
    const past = results.locator('details', { hasText: 'Wat er al is geweest' });
    await expect(past.locator('summary').textContent()).resolves.toBe('Wat er al is geweest (5)');
    await expect(past.locator('li').evaluateAll((li) => li.map((l) => (l as HTMLElement).dataset['moment']))).resolves.toEqual([
      'probleemanalyse',
      'plan-van-aanpak',
      '42e-weeksmelding',
      'eerstejaarsevaluatie',
      'spoor-2',
    ]);

    // All moments up to week 104, in order from the current week, opened with the keyboard.
    const all = results.locator('details', { hasText: 'Laat alle momenten tot week 104 zien' });
    await expect(all.locator('li').first().isVisible()).resolves.toBe(false);
    await all.locator('summary').focus();
    await page.keyboard.press('Enter');
    await expect(all.evaluate((d) => (d as HTMLDetailsElement).open)).resolves.toBe(true);
    const items = await all.locator('li').allInnerTexts();
    expect(items.map((t) => t.split(' · ')[0])).toEqual(['Brief van UWV over de WIA', 'Eindevaluatie', 'WIA aanvragen', 'Einde van twee jaar loondoorbetaling']);
    expect(items[0]).toContain('over 28 weken');
    expect(items[1]).toContain('over 31 weken');
    expect(items[3]).toContain(`${inDays(44 * 7)} tot en met ${inDays(44 * 7 + 6)}, over 44 weken`);
    await past.locator('summary').click();
    expect(formatViolations(page.url(), await axe(page))).toBe('');
    await context.close();
  });

  it('without JavaScript lists the moments in weeks, later ones folded away', async () => {
    const { page, context } = await chrome.open({ viewport: PHONE, javaScriptEnabled: false });
    await page.goto(`${baseUrl()}/weken-berekenen/`);
    const visible = await page.locator('#in-weken').locator('xpath=..').innerText();
    expect(visible).toMatch(/week 6/);
    expect(visible).not.toMatch(/WIA/);
    await context.close();
  });
});
