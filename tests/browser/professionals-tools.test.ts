/**
 * Tools for professionals at 360 px (#26 §2, #23 §7): the reading list built
 * by ticking pages gives a link and a QR code that open the same list, also
 * with a removed page and hostile input in the address, and says honestly what
 * it can do without JavaScript; the self-check prints on one A4 per role and
 * stores nothing unless asked; /voor-professionals/ shows a scannable QR code
 * per phase in its first two screens, with the entry points to the tools.
 */
import { readdirSync, readFileSync } from 'node:fs';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { axe, baseUrl, PHONE, useBrowser } from '../support/browser';
import { SAVING_OFF, SETTING_KEY } from '../../src/lib/saving-choice';
import { SELF_CHECK_KEY_PREFIX } from '../../src/lib/selfcheck-store';

const SITE = /site: '([^']+)'|SITE_URL \?\? '([^']+)'/.exec(readFileSync('astro.config.mjs', 'utf8'));
const site = (process.env['SITE_URL'] ?? SITE?.[2] ?? 'https://keuzehulp-reintegratie.nl').replace(/\/$/, '');
const ROLES = readdirSync('content/zelfcheck').map((f) => f.replace(/\.yaml$/, ''));

const chrome = useBrowser();

async function decode(target: Locator): Promise<string | undefined> {
  const png = PNG.sync.read(await target.screenshot());
  return jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data;
}

/** The same address on the test server (the link and the QR code carry the site's own address). */
const local = (url: string) => {
  const u = new URL(url);
  return `${baseUrl()}${u.pathname}${u.search}`;
};
const titlesOn = (page: Page) => page.locator('[data-list-items] li a').allTextContents();

describe('reading list for one reader', () => {
  it('ticking pages gives one link and a QR code that open the same list', async () => {
    const { page, context, errors, external } = await chrome.open({ viewport: PHONE });
    await page.goto(`${baseUrl()}/voor-professionals/leeslijst/`);
    await expect(page.locator('[data-list-result]').isHidden()).resolves.toBe(true);
    await page.locator('.list-phase input[type="radio"]').nth(2).check();
    const group = page.locator('details.list-group').first();
    await group.locator('summary').click();
    const picked = [group.locator('input[type="checkbox"]').nth(0), group.locator('input[type="checkbox"]').nth(3)];
    for (const box of picked) await box.check();
    const expected = [await page.locator('.list-phase input[type="radio"]').nth(2).getAttribute('data-title'), ...(await Promise.all(picked.map((b) => b.getAttribute('data-title'))))];

    const link = await page.locator('[data-list-link]').getAttribute('href');
    expect(link).toMatch(new RegExp(`^${site}/leeslijst/\\?p=[0-9a-z]{5}(\\.[0-9a-z]{5}){2}$`));
    await expect(page.locator('[data-list-titles] li').allTextContents()).resolves.toEqual(expected);
    const qr = page.locator('[data-list-qr] svg');
    await expect(qr.getAttribute('aria-label')).resolves.toContain(link!);
    const decoded = await decode(qr);
    expect(decoded).toBe(link);
    await expect(page.locator('[data-list-svg]').getAttribute('href')).resolves.toMatch(/^data:image\/svg\+xml/);
    await expect(page.locator('[data-list-png]').getAttribute('href')).resolves.toMatch(/^data:image\/png;base64,/);
    expect(await axe(page)).toEqual([]);

    // The form's own button opens the same list.
    await page.locator('.list-builder button[type="submit"]').click();
    await page.waitForURL(/\/leeslijst\/\?p=/);
    expect(new URL(page.url()).search).toBe(new URL(link!).search);
    await expect(titlesOn(page)).resolves.toEqual(expected);
    await expect(page.locator('[data-list-note]').isHidden()).resolves.toBe(true);
    expect(await axe(page)).toEqual([]);
    // What the QR code holds opens the same list.
    await page.goto(local(decoded!));
    await expect(titlesOn(page)).resolves.toEqual(expected);
    expect(errors).toEqual([]);
    expect(external).toEqual([]);
    await context.close();
  });

  it('skips a removed page and hostile input calmly, and shows nothing from the address', async () => {
    const { page, context, errors } = await chrome.open({ viewport: PHONE });
    await page.goto(`${baseUrl()}/leeslijst/`);
    const [first, second] = await page.locator('[data-list-all] li[data-id]').evaluateAll((lis) => lis.slice(0, 2).map((li) => (li as HTMLElement).dataset['id']!));
    const hostile = encodeURIComponent('"><img src=x onerror="window.hacked=1"><script>window.hacked=1</script>');
    await page.goto(`${baseUrl()}/leeslijst/?p=${first}.zzzzz.${hostile}&p=${second}&p=${'a'.repeat(5000)}`);
    await expect(titlesOn(page)).resolves.toHaveLength(2);
    const note = page.locator('[data-list-note]');
    await expect(note.isVisible()).resolves.toBe(true);
    await expect(note.textContent()).resolves.toMatch(/bestaan niet meer|bestaat niet meer/);
    expect(await page.evaluate(() => 'hacked' in window)).toBe(false);
    await expect(page.locator('main img, main script:not([src])').count()).resolves.toBe(0);
    await expect(page.locator('main').textContent()).resolves.not.toContain('onerror');
    expect(await axe(page)).toEqual([]);

    // Nothing we know: say so, and open the full list.
    await page.goto(`${baseUrl()}/leeslijst/?p=zzzzz`);
    await expect(titlesOn(page)).resolves.toEqual([]);
    await expect(note.isVisible()).resolves.toBe(true);
    await expect(page.locator('[data-list-all]').getAttribute('open')).resolves.not.toBeNull();
    expect(errors).toEqual([]);
    await context.close();
  });

  it('without JavaScript: the builder opens the list, and the reader’s page explains and lists every page with its code', async () => {
    const { page, context } = await chrome.open({ viewport: PHONE, javaScriptEnabled: false });
    await page.goto(`${baseUrl()}/voor-professionals/leeslijst/`);
    const group = page.locator('details.list-group').first();
    await group.locator('summary').click();
    const box = group.locator('input[type="checkbox"]').nth(1);
    await box.check();
    const id = await box.getAttribute('value');
    await page.locator('.list-builder button[type="submit"]').click();
    await page.waitForURL(/\/leeslijst\/\?/);
    expect(new URL(page.url()).searchParams.getAll('p')).toContain(id);
    await expect(page.locator('noscript').first().textContent()).resolves.toContain('JavaScript');
    // The full list is open from the start: without JavaScript it is the reader's way to the pages.
    await expect(page.locator('[data-list-all]').getAttribute('open')).resolves.not.toBeNull();
    const entry = page.locator(`[data-list-all] li[data-id="${id}"]`);
    await expect(entry.isVisible()).resolves.toBe(true);
    await expect(entry.textContent()).resolves.toContain(id!);
    await expect(entry.textContent()).resolves.toMatch(/minuu?t(en)? lezen/);
    await context.close();
  });
});

describe('self-check after a conversation', () => {
  for (const role of ROLES) {
    it(`${role}: prints on one A4`, async () => {
      const { page, context } = await chrome.open({ viewport: PHONE });
      await page.goto(`${baseUrl()}/voor-professionals/zelfcheck/${role}/`);
      await expect(page.locator('.selfcheck-group').count()).resolves.toBeGreaterThanOrEqual(4);
      const pdf = await page.pdf({ format: 'A4' });
      expect((pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length).toBe(1);
      await context.close();
    });
  }

  it('stores nothing until "Bewaar op dit apparaat", keeps it then, and wipes it when unticked', async () => {
    const { page, context, errors } = await chrome.open({ viewport: PHONE });
    const url = `${baseUrl()}/voor-professionals/zelfcheck/leidinggevende/`;
    const stored = () => page.evaluate((prefix) => Object.keys(localStorage).filter((k) => k.startsWith(prefix)), SELF_CHECK_KEY_PREFIX);
    await page.goto(url);
    await page.locator('.selfcheck-group input').nth(0).check();
    await page.locator('.selfcheck-group input').nth(2).check();
    await page.locator('#zc-volgende-keer').fill('Eerst vragen hoe het tempo is.');
    await expect(stored()).resolves.toEqual([]);
    await page.reload();
    await expect(page.locator('.selfcheck-group input:checked').count()).resolves.toBe(0);

    await page.locator('.selfcheck-group input').nth(1).check();
    await page.locator('#zc-volgende-keer').fill('Vaker samenvatten.');
    await page.locator('[data-save]').check();
    await expect(stored()).resolves.toEqual([`${SELF_CHECK_KEY_PREFIX}leidinggevende`]);
    await page.reload();
    await expect(page.locator('[data-save]').isChecked()).resolves.toBe(true);
    await expect(page.locator('.selfcheck-group input:checked').count()).resolves.toBe(1);
    await expect(page.locator('#zc-volgende-keer').inputValue()).resolves.toBe('Vaker samenvatten.');
    expect(await axe(page)).toEqual([]);

    await page.locator('[data-save]').uncheck();
    await expect(stored()).resolves.toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('offers no saving under the site-wide "niets bewaren"', async () => {
    const { page, context } = await chrome.open({ viewport: PHONE });
    await page.goto(`${baseUrl()}/voor-professionals/zelfcheck/casemanager/`);
    await page.evaluate(([k, v]) => localStorage.setItem(k!, v!), [SETTING_KEY, SAVING_OFF]);
    await page.reload();
    await expect(page.locator('[data-save-choice]').isHidden()).resolves.toBe(true);
    await expect(page.locator('[data-saving-off]').isVisible()).resolves.toBe(true);
    await page.locator('.selfcheck-group input').first().check();
    await expect(page.evaluate(() => Object.keys(localStorage))).resolves.toEqual([SETTING_KEY]);
    await context.close();
  });
});

describe('/voor-professionals/ at 360 px', () => {
  it('shows a scannable QR code per phase in the first two screens, each opening its SVG', async () => {
    const { page, context } = await chrome.open({ viewport: PHONE });
    await page.goto(`${baseUrl()}/voor-professionals/`);
    const codes = page.locator('[data-screen-qr]');
    expect(await codes.count()).toBe(4);
    for (let i = 0; i < 4; i++) {
      const code = codes.nth(i);
      const img = code.locator('img');
      const bottom = await img.evaluate((el) => el.getBoundingClientRect().bottom + window.scrollY);
      expect(bottom, `QR-code van fase ${i + 1}`).toBeLessThanOrEqual(2 * PHONE.height);
      await img.scrollIntoViewIfNeeded();
      await page.waitForFunction((el) => (el as HTMLImageElement).complete && (el as HTMLImageElement).naturalWidth > 0, await img.elementHandle());
      expect(await decode(img)).toBe(await code.getAttribute('data-screen-qr'));
      await expect(code.getAttribute('href')).resolves.toBe(`/voor-professionals/qr/fase-${i + 1}.svg`);
    }
    await context.close();
  });

  it('leads to the self-checks and the reading-list builder', async () => {
    const { page, context } = await chrome.open({ viewport: PHONE });
    await page.goto(`${baseUrl()}/voor-professionals/`);
    const section = page.locator('section[aria-labelledby="meer-voor-professionals"]');
    await expect(section.locator('a[href="/voor-professionals/leeslijst/"]').count()).resolves.toBe(1);
    for (const role of ROLES) await expect(section.locator(`a[href="/voor-professionals/zelfcheck/${role}/"]`).count()).resolves.toBe(1);
    expect(await axe(page)).toEqual([]);
    await context.close();
  });
});
