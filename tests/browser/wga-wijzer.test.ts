/**
 * The WGA wijzer (/regels-en-rollen/wga-uitkering/): without JavaScript a
 * readable explanation and no form; with JavaScript three questions answered
 * by keyboard on the device, showing which stage applies and why, storing
 * nothing; axe-clean at 360 px.
 */
import { describe, expect, it } from 'vitest';
import { axe, baseUrl, formatViolations, PHONE, useBrowser } from '../support/browser';

const URL_PATH = '/regels-en-rollen/wga-uitkering/';
const chrome = useBrowser();

describe('WGA wijzer', () => {
  it('without JavaScript shows the explanation and no questions', async () => {
    const { page, context } = await chrome.open({ viewport: PHONE, javaScriptEnabled: false });
    await page.goto(`${baseUrl()}${URL_PATH}`);
    const text = await page.locator('main').innerText();
    expect(text).toMatch(/Fase 1: de loongerelateerde uitkering/);
    expect(text).toMatch(/Fase 2: loonaanvulling of vervolguitkering/);
    expect(text).toMatch(/UWV rekent/);
    expect(await page.locator('[data-wga-wijzer]').isVisible()).toBe(false);
    expect(text).not.toMatch(/Laat zien wat voor mij geldt/);
    await context.close();
  });

  it('the page as it is before its script runs is axe-clean at 360 px', async () => {
    // axe needs JavaScript; blocking only the wijzer's own script gives the no-script page.
    const { page, context } = await chrome.open({ viewport: PHONE });
    await page.route('**/_astro/wga-uitkering*', (route) => route.abort());
    await page.goto(`${baseUrl()}${URL_PATH}`);
    expect(await page.locator('[data-wga-wijzer]').isVisible()).toBe(false);
    expect(formatViolations(page.url(), await axe(page))).toBe('');
    await context.close();
  });

  it('with the keyboard: three answers show the stages and why, and nothing is stored', async () => {
    const { page, context, errors, external } = await chrome.open({ viewport: PHONE });
    await page.goto(`${baseUrl()}${URL_PATH}`);
    const form = page.locator('[data-wga-wijzer]');
    await expect(form.isVisible()).resolves.toBe(true);
    await expect(page.locator('[data-wga-result]').isVisible()).resolves.toBe(false);

    // Question 1: "Ja". Focus the first radio of the group, then arrow keys choose within the group.
    await page.getByRole('radio', { name: 'Ja', exact: true }).focus();
    await page.keyboard.press('Space');
    // Question 2: "45 tot 55%".
    await page.getByRole('radio', { name: '45 tot 55%' }).focus();
    await page.keyboard.press('Space');
    // Question 3: "Nee, minder of niets".
    await page.getByRole('radio', { name: 'Nee, minder of niets' }).focus();
    await page.keyboard.press('Space');
    await page.getByRole('button', { name: 'Laat zien wat voor mij geldt' }).focus();
    await page.keyboard.press('Enter');

    const result = page.locator('[data-wga-result]');
    await expect(result.isVisible()).resolves.toBe(true);
    const shown = await result.innerText();
    expect(shown).toMatch(/Eerst: de loongerelateerde uitkering\. Waarom: je voldoet aan de wekeneis/);
    expect(shown).toMatch(/75%/);
    expect(shown).toMatch(/vervolguitkering, 35% van het minimumloon, of van je oude loon als dat lager was\. Waarom/);
    expect(shown).not.toMatch(/loonaanvulling\. Waarom/i);
    expect(shown).toMatch(/geen besluit/);
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('H2');

    // Change one answer: earning at least half gives loonaanvulling instead.
    await page.getByRole('radio', { name: 'Ja, minstens de helft' }).check();
    await page.getByRole('button', { name: 'Laat zien wat voor mij geldt' }).click();
    const again = await result.innerText();
    expect(again).toMatch(/Daarna: loonaanvulling\. Waarom/);
    expect(again).not.toMatch(/vervolguitkering, 35%/);

    expect(await page.evaluate(() => [Object.keys(localStorage).length, Object.keys(sessionStorage).length, document.cookie])).toEqual([0, 0, '']);
    expect(formatViolations(page.url(), await axe(page))).toBe('');
    expect(errors).toEqual([]);
    expect(external).toEqual([]);
    await context.close();
  });
});
