/**
 * The frame on a 360 × 740 phone, as a tired reader meets it: the menu opens
 * and closes without JavaScript, the phase choice is in the first screen of
 * the home page, urgent help comes first on /hulp-nodig/, and the desktop
 * shows the navigation as a bar.
 */
import { describe, expect, it } from 'vitest';
import { DESKTOP, PHONE, baseUrl, builtPages, useBrowser } from '../support/browser';
import { HELP, HELP_VALUES } from '../../src/data/help';
import { frame as F } from '../../src/i18n/nl/frame';
import { fmt } from '../../src/i18n/format';

const chrome = useBrowser();

describe('the frame on a phone', () => {
  it('opens the menu without JavaScript, and closes it with Escape', async () => {
    const { page, context } = await chrome.open({ viewport: PHONE, javaScriptEnabled: false });
    await page.goto(`${baseUrl()}/over/`);
    const nav = page.getByRole('navigation', { name: 'Hoofdmenu' });
    await expect(nav.isVisible()).resolves.toBe(false);
    await page.getByRole('button', { name: 'Menu' }).click();
    await expect(nav.isVisible()).resolves.toBe(true);
    await expect(nav.getByRole('link', { name: 'Samen beslissen' }).isVisible()).resolves.toBe(true);
    await page.keyboard.press('Escape');
    await expect(nav.isVisible()).resolves.toBe(false);
    await page.getByRole('button', { name: 'Menu' }).click();
    await nav.getByRole('button', { name: 'Sluit menu' }).click();
    await expect(nav.isVisible()).resolves.toBe(false);
    await context.close();
  });

  it('reaches search in one tap', async () => {
    const { page, context } = await chrome.open({ viewport: PHONE });
    await page.goto(`${baseUrl()}/over/`);
    await page.locator('.site-header').getByRole('link', { name: 'Zoek' }).click();
    await page.waitForURL(/\/zoeken\/$/);
    await context.close();
  });

  it('shows "Waar sta je nu?" and the first phase in the first screen of the home page', async () => {
    const { page, context } = await chrome.open({ viewport: PHONE });
    await page.goto(`${baseUrl()}/`);
    const heading = await page.getByRole('heading', { name: 'Waar sta je nu?' }).boundingBox();
    expect(heading!.y + heading!.height).toBeLessThanOrEqual(PHONE.height);
    const first = await page.locator('[data-phase-link="1"]').boundingBox();
    expect(first!.y).toBeLessThan(PHONE.height);
    await context.close();
  });

  it('puts 113 and 112 first on /hulp-nodig/', async () => {
    const { page, context } = await chrome.open({ viewport: PHONE });
    await page.goto(`${baseUrl()}/hulp-nodig/`);
    const main = page.locator('main');
    const call113 = await main.locator('a[href="tel:113"]').first().boundingBox();
    const call112 = await main.locator('a[href="tel:112"]').first().boundingBox();
    expect(call113!.y + call113!.height).toBeLessThanOrEqual(PHONE.height);
    expect(call112!.y + call112!.height).toBeLessThanOrEqual(PHONE.height);
    // Nothing of the page's own content comes before them.
    const inShort = await main.locator('.in-short').boundingBox();
    expect(call112!.y).toBeLessThan(inShort!.y);
    await context.close();
  });
});

describe('the phone menu', () => {
  it('has "Hulp nodig" and "Voor professionals", and marks where you are', async () => {
    const { page, context } = await chrome.open({ viewport: PHONE });
    await page.goto(`${baseUrl()}/samen-beslissen/iemand-meenemen/`);
    const header = await page.locator('.site-header').boundingBox();
    expect(header!.height).toBeLessThanOrEqual(90);
    await page.getByRole('button', { name: 'Menu' }).click();
    const nav = page.getByRole('navigation', { name: F.nav.label });
    const names = await nav.getByRole('list').getByRole('link').allTextContents();
    expect(names.map((n) => n.trim())).toEqual(Object.values(F.nav.labels));
    for (const name of [F.nav.labels.hulp, F.nav.labels.professionals]) {
      const box = await nav.getByRole('link', { name, exact: true }).boundingBox();
      expect(box!.y + box!.height, name).toBeLessThanOrEqual(PHONE.height);
    }
    // The section you are in: aria-current, and a visible bar that the other items lack.
    const current = nav.locator('a[aria-current]');
    await expect(current.count()).resolves.toBe(1);
    await expect(current.textContent()).resolves.toBe(F.nav.labels.samenBeslissen);
    await expect(current.getAttribute('aria-current')).resolves.toBe('true');
    const markerOf = (name: string) => nav.getByRole('link', { name, exact: true }).evaluate((a) => getComputedStyle(a).boxShadow);
    expect(await markerOf(F.nav.labels.samenBeslissen)).not.toBe('none');
    expect(await markerOf(F.nav.labels.regelsEnRollen)).toBe('none');
    // On its own page the item is the page.
    await page.goto(`${baseUrl()}/voor-professionals/`);
    await expect(page.locator('#hoofdmenu a[aria-current="page"]').textContent()).resolves.toBe(F.nav.labels.professionals);
    await context.close();
  });

  it('leaves "Hulp nodig" and "Voor professionals" out of the desktop bar (the header and footer have them)', async () => {
    const { page, context } = await chrome.open({ viewport: DESKTOP });
    await page.goto(`${baseUrl()}/over/`);
    const nav = page.getByRole('navigation', { name: F.nav.label });
    await expect(nav.getByRole('link', { name: F.nav.labels.hulp, exact: true }).isVisible()).resolves.toBe(false);
    await expect(nav.getByRole('link', { name: F.nav.labels.professionals, exact: true }).isVisible()).resolves.toBe(false);
    await expect(nav.getByRole('link', { name: F.nav.labels.werkblad, exact: true }).isVisible()).resolves.toBe(true);
    await context.close();
  });
});

describe('help numbers on every page at 360 × 740', () => {
  it('the help block reads "113 of 0800-0113" with its spaces, no phone number is split over two lines, and no line starts with the punctuation after a glossary term', async () => {
    const { page, context } = await chrome.open({ viewport: PHONE, javaScriptEnabled: false });
    const line = fmt(F.help.items[1]!.text, HELP_VALUES);
    expect(line).toContain(`${HELP.suicide.label} of ${HELP.suicideFree.label}, of chat op`);
    const wrong: string[] = [];
    for (const path of builtPages()) {
      await page.goto(baseUrl() + path, { waitUntil: 'load' }); // with its stylesheet
      const found = await page.evaluate(() => ({
        help: [...document.querySelectorAll('.help-block li')].map((li) => (li as HTMLElement).innerText.replace(/\s+/g, ' ').trim()),
        split: [...document.querySelectorAll<HTMLAnchorElement>('a[href^="tel:"]')].filter((a) => a.getClientRects().length > 1).map((a) => a.textContent),
        // The full stop or comma after a term (inside its wrapper, or right after it) stands on the term's last line.
        orphaned: [...document.querySelectorAll('.term')].flatMap((term) => {
          const rects = term.querySelector('.term-btn')?.getClientRects();
          const end = rects?.[rects.length - 1];
          const inner = term.lastChild?.nodeType === Node.TEXT_NODE ? term.lastChild : null;
          const next = term.nextSibling?.nodeType === Node.TEXT_NODE && /^[.,;:!?)]/.test(term.nextSibling.textContent ?? '') ? term.nextSibling : null;
          const mark = inner ?? next;
          if (!end || !mark) return []; // folded away, or no punctuation after it
          const range = document.createRange();
          range.setStart(mark, 0);
          range.setEnd(mark, 1);
          const at = range.getBoundingClientRect();
          return Math.abs(at.top - end.top) > 4 ? [`${term.querySelector('.term-btn')?.firstChild?.textContent}${mark.textContent?.[0]}`] : [];
        }),
      }));
      if (found.help.length > 0 && !found.help.some((t) => t.endsWith(line))) wrong.push(`${path}: ${found.help.join(' | ')}`);
      for (const t of found.split) wrong.push(`${path}: "${t}" staat op twee regels`);
      for (const t of found.orphaned) wrong.push(`${path}: het leesteken na "${t}" begint een nieuwe regel`);
    }
    expect(wrong).toEqual([]);
    await context.close();
  }, 600_000);
});

describe('the frame on a desktop', () => {
  it('shows the navigation as a bar and the search form in the header, without a Menu button', async () => {
    const { page, context } = await chrome.open({ viewport: DESKTOP });
    await page.goto(`${baseUrl()}/over/`);
    await expect(page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Regels en rollen' }).isVisible()).resolves.toBe(true);
    await expect(page.getByRole('button', { name: 'Menu' }).isVisible()).resolves.toBe(false);
    await expect(page.locator('.site-header .search-form').isVisible()).resolves.toBe(true);
    await page.locator('.site-header').getByRole('searchbox').fill('second opinion');
    await page.keyboard.press('Enter');
    await page.waitForURL('**/zoeken/?q=second+opinion');
    await context.close();
  });
});

describe('short pages where people act', () => {
  it('/vragen/ fits in four phone screens for a reader in phase 1', async () => {
    const { page, context } = await chrome.open({ viewport: PHONE });
    await page.addInitScript(() => localStorage.setItem('keuzehulp:fase', '1'));
    await page.goto(`${baseUrl()}/vragen/`);
    await expect(page.locator('#toon-fase-1').isChecked()).resolves.toBe(true);
    expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBeLessThanOrEqual(4 * PHONE.height);
    await context.close();
  });

  it('/voor-professionals/ has its links, QR files and cards within the first two screens', async () => {
    const { page, context } = await chrome.open({ viewport: PHONE });
    await page.goto(`${baseUrl()}/voor-professionals/`);
    // The link and the QR code on screen (#23 §7) of the last phase (#26 §2); its print and download links follow just below.
    for (const selector of ['a[href$="/fase/4/"]', 'a.phase-link-qr[href$="/voor-professionals/qr/fase-4.svg"]']) {
      const box = await page.locator('main').locator(selector).first().boundingBox();
      expect(box!.y + box!.height, selector).toBeLessThanOrEqual(2 * PHONE.height);
    }
    await expect(page.getByRole('button', { name: /Kopieer link/ }).first().isVisible()).resolves.toBe(true);
    await context.close();
  });

  it('/werkblad/ starts with the tool, the method one click away', async () => {
    const { page, context } = await chrome.open({ viewport: PHONE });
    await page.goto(`${baseUrl()}/werkblad/`);
    // The island replaces the static first state: wait until its button is there and enabled, then measure.
    const button = page.getByRole('button', { name: 'Nieuw werkblad' });
    await page.waitForFunction(() => [...document.querySelectorAll('button')].some((b) => /Nieuw werkblad/.test(b.textContent ?? '') && !b.disabled));
    const tool = await button.boundingBox();
    expect(tool!.y + tool!.height).toBeLessThanOrEqual(2 * PHONE.height);
    await expect(page.getByText('Ottawa Personal Decision Guide').first().isVisible()).resolves.toBe(false);
    await context.close();
  });
});
