/** Keyboard only: skip link, visible focus, glossary explanations, disclosure blocks and the story filter. */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { baseUrl, PHONE, useBrowser } from '../support/browser';

const chrome = useBrowser();

const focused = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    return { tag: el?.tagName ?? '', text: (el?.textContent ?? '').trim().slice(0, 60), id: el?.id ?? '' };
  });

describe('keyboard only', () => {
  it('the first Tab reaches the skip link, which moves focus to the content', async () => {
    const { page, context } = await chrome.open({ viewport: PHONE });
    await page.goto(`${baseUrl()}/over/`);
    await page.keyboard.press('Tab');
    expect(await focused(page)).toMatchObject({ tag: 'A', text: 'Naar de inhoud' });
    await expect(page.getByText('Naar de inhoud').isVisible()).resolves.toBe(true);
    await page.keyboard.press('Enter');
    expect((await focused(page)).id).toBe('inhoud');
    await context.close();
  });

  it('focus is always visible (outline on links and buttons)', async () => {
    const { page, context } = await chrome.open({ viewport: PHONE });
    await page.goto(`${baseUrl()}/`);
    for (let i = 0; i < 6; i++) {
      await page.keyboard.press('Tab');
      const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
      expect(outline).not.toBe('none');
    }
    await context.close();
  });

  it('opens a term explanation with Enter and closes it with Escape, focus back on the term', async () => {
    const { page, context } = await chrome.open({ viewport: PHONE });
    await page.goto(`${baseUrl()}/regels-en-rollen/rechten-en-plichten/second-opinion/`);
    const term = page.locator('.term-btn').first();
    const target = await term.getAttribute('popovertarget');
    await term.focus();
    await page.keyboard.press('Enter');
    const pop = page.locator(`[id="${target}"]`);
    await expect(pop.isVisible()).resolves.toBe(true);
    await expect(pop.textContent()).resolves.toMatch(/Meer over dit begrip/);
    await page.keyboard.press('Escape');
    await expect(pop.isVisible()).resolves.toBe(false);
    expect(await focused(page)).toMatchObject({ tag: 'BUTTON' });
    await context.close();
  });

  it('without JavaScript the term explanation still opens (native popover)', async () => {
    const { page, context } = await chrome.open({ viewport: PHONE, javaScriptEnabled: false });
    await page.goto(`${baseUrl()}/regels-en-rollen/rechten-en-plichten/second-opinion/`);
    const term = page.locator('.term-btn').first();
    await term.click();
    await expect(page.locator(`[id="${await term.getAttribute('popovertarget')}"]`).isVisible()).resolves.toBe(true);
    await context.close();
  });

  it('opens "verder vooruitkijken" with the keyboard', async () => {
    const { page, context } = await chrome.open({ viewport: PHONE });
    await page.goto(`${baseUrl()}/fase/1/`);
    const later = page.locator('details.later');
    await later.locator('summary').focus();
    await page.keyboard.press('Enter');
    await expect(later.evaluate((d) => (d as HTMLDetailsElement).open)).resolves.toBe(true);
    await context.close();
  });

  it('filters stories with the keyboard', async () => {
    const { page, context } = await chrome.open({ viewport: PHONE });
    await page.goto(`${baseUrl()}/ervaringen/`);
    await page.locator('#filter-fase').focus();
    await page.keyboard.press('ArrowDown'); // fase 1
    // Wait for the filter to answer (a signal, not a time limit), then check what it says.
    await page.waitForFunction(() => /van de/.test(document.querySelector('[data-filter-count]')?.textContent ?? ''));
    await expect(page.locator('[data-filter-count]').textContent()).resolves.toMatch(/van de \d+ verhalen/);
    await context.close();
  });
});
