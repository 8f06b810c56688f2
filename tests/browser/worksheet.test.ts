/**
 * The worksheet (/werkblad/) in real Chromium against the built site with the
 * production headers (CSP included): filling in and reloading, blocked and
 * full storage, corrupt data, import of bad files, hostile text, export and
 * calendar downloads, print view, keyboard-only use, focus, 360 px and axe.
 * Also the blank printable worksheet (/werkblad/leeg/) without JavaScript.
 *
 * Set WERKBLAD_SHOTS=/some/dir to also write screenshots (phone, desktop, print).
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { DESKTOP, PHONE, axe, baseUrl, formatViolations, useBrowser, type Watched } from '../support/browser';
import { openWorksheet } from '../support/worksheet';
import { worksheet as L } from '../../src/i18n/nl/worksheet';
import { BLOCK_KEYS, type BlockKey, type FieldKey } from '../../src/lib/worksheet/form';
import { fmt, plural } from '../../src/i18n/format';
import { BACKUP_PREFIX, DATA_KEY, SETTING_KEY } from '../../src/lib/worksheet/storage';
import { CURRENT_VERSION } from '../../src/lib/worksheet/model';

const URL_PATH = '/werkblad/';
/** The label of a worksheet field. */
const F = (key: FieldKey) => L.fields[key].label;
/** The title of a block. */
const T = (key: BlockKey) => L.blocks[key].title;
const HOSTILE = '<img src=x onerror=alert(1)>';
/**
 * Holds timers of 300 ms or more (the worksheet's typing delay) while
 * `window.__holdTyping` is true, so a test can make two tabs wait at once.
 * Leaving a field still saves at once; short timers run as usual.
 */
const HOLD_TYPING_TIMERS = `(() => {
  const realSet = window.setTimeout.bind(window), realClear = window.clearTimeout.bind(window);
  const held = new Map(); let next = 0;
  window.__holdTyping = false;
  window.setTimeout = (fn, ms, ...args) => {
    if (!window.__holdTyping || !(ms >= 300)) return realSet(fn, ms, ...args);
    const id = -(++next); held.set(id, () => fn(...args)); return id;
  };
  window.clearTimeout = (id) => (held.has(id) ? held.delete(id) : realClear(id));
})();`;
const chrome = useBrowser();

/**
 * A fresh browser context (empty storage) on /werkblad/, hydrated and loaded, on a slowed-down CPU
 * (see openWorksheet; waits are for signals, never for time), ready for the tests.
 */
async function fresh(opts: { viewport?: { width: number; height: number }; init?: string } = {}): Promise<Watched> {
  const w = await openWorksheet(chrome, opts);
  await ready(w.page);
  return w;
}

/**
 * The island has hydrated and fetched its texts (the static first state has no
 * data-save-state). The closed "Opslaan en meenemen" fold is opened, as a
 * reader would, so the tests can use its controls.
 */
async function ready(page: Page) {
  await page.locator('.ws[data-save-state]').waitFor();
  await page.locator('#ws-data-h').click();
}

const stored = (page: Page) => page.evaluate((k) => localStorage.getItem(k), DATA_KEY);
const storedDoc = async (page: Page) => JSON.parse((await stored(page)) ?? 'null');
const status = (page: Page) => page.locator('.ws-status');
const alert = (page: Page) => page.locator('.ws-alert');

/** A new worksheet: focus lands on its first question. */
async function newSheet(page: Page) {
  await page.getByRole('button', { name: L.list.new }).click();
  await expect(page.locator('#ws-conversation')).toBeFocusedSoon();
}

/** Jump to a block through the folded list of all steps. */
async function goBlock(page: Page, key: BlockKey) {
  const all = page.locator('.ws-all');
  if (!(await all.evaluate((d) => (d as HTMLDetailsElement).open))) await all.locator('summary').click();
  await page.getByRole('navigation', { name: L.editor.blocksNav }).getByRole('button').nth(BLOCK_KEYS.indexOf(key)).click();
  await page.waitForFunction((t) => document.querySelector('#ws-block-h')?.textContent === t, T(key));
}

/**
 * Wait until every change is written to storage: the island says so in
 * data-save-state. A macrotask first, so a render that is still queued
 * (Preact renders in a microtask) has updated the attribute.
 */
async function saved(page: Page) {
  await page.evaluate(() => new Promise((r) => setTimeout(r, 0)));
  await page.waitForFunction(() => document.querySelector('.ws')?.getAttribute('data-save-state') === 'saved');
}

/** Fill a worksheet through the UI: something in every block. */
async function fillAll(page: Page) {
  await newSheet(page);
  await page.getByLabel(F('conversation')).selectOption('bedrijfsarts');
  await page.getByLabel(F('date'), { exact: true }).fill('2026-03-12');
  await page.getByLabel(F('time'), { exact: true }).fill('14:30');
  await page.getByLabel('Video (beeldbellen)').check();
  await page.getByRole('group', { name: F('companion') }).getByLabel('Ja', { exact: true }).check();
  await page.getByLabel(F('companionWho')).fill(`Mijn partner ${HOSTILE}`);
  await goBlock(page, 'keuze');
  await page.getByLabel(F('decision')).fill('Hoeveel uur ik ga werken');
  await page.getByLabel('Ik denk erover na').check();
  await page.getByLabel(F('goal')).fill('Rustig beginnen.\nEerst twee ochtenden.');
  await goBlock(page, 'opties');
  await page.getByRole('button', { name: L.options.add }).click();
  await page.getByLabel(L.options.name).fill('Twee ochtenden');
  await page.getByRole('button', { name: `+ ${L.options.addPro}`, exact: true }).click();
  await page.getByLabel('Goed punt 1').fill('Rustig opbouwen');
  await page.getByRole('group', { name: /Hoe belangrijk.*Goed punt 1/ }).getByLabel('heel belangrijk').check();
  await page.getByRole('button', { name: `+ ${L.options.addCon}`, exact: true }).click();
  await page.getByLabel('Minder goed punt 1').fill('Weinig contact');
  await page.getByRole('group', { name: F('leaning') }).getByLabel('Twee ochtenden').check();
  await goBlock(page, 'steun');
  await page.getByLabel(F('involved')).fill('Mijn leidinggevende');
  await page.getByRole('group', { name: F('pressure') }).getByLabel('Een beetje').check();
  await page.getByLabel('We beslissen samen').check();
  await goBlock(page, 'check');
  for (const [i, answer] of ['Ja', 'Nee', 'Ja', 'Nee'].entries()) {
    await page.getByRole('group', { name: L.check.items[(['zeker', 'snap', 'waarde', 'steun'] as const)[i]!].text }).getByLabel(answer, { exact: true }).check();
  }
  await goBlock(page, 'vragen');
  await page.getByRole('button', { name: L.questions.addOwn }).click();
  await page.getByLabel('Eigen vraag 1').fill('Mag ik thuis werken?');
  await goBlock(page, 'na');
  await page.getByLabel(F('agreements')).fill('We beginnen met twee ochtenden.');
  await page.getByLabel(F('evaluation')).fill('2026-04-15');
  await page.getByRole('group', { name: F('report') }).getByLabel('Nee', { exact: true }).check();
  await goBlock(page, 'check');
}

// A small matcher: focus lands on an element shortly after an action (focus moves after render).
declare module 'vitest' {
  interface Assertion {
    toBeFocusedSoon(): Promise<void>;
  }
}
expect.extend({
  async toBeFocusedSoon(locator: import('playwright-core').Locator) {
    try {
      // A signal with Playwright's default limit: a fixed 3 s was short for a 4× slowed CPU on a busy machine.
      await locator.page().waitForFunction((el) => document.activeElement === el, await locator.elementHandle());
      return { pass: true, message: () => 'focused' };
    } catch {
      const active = await locator.page().evaluate(() => document.activeElement?.outerHTML.slice(0, 120));
      return { pass: false, message: () => `expected focus on ${String(locator)}, but it is on ${active}` };
    }
  },
});

describe('worksheet: filling in and keeping it', () => {
  it('restores exactly after a reload, including the open block', async () => {
    const { page, errors, external } = await fresh();
    await fillAll(page);
    await saved(page);
    expect(await status(page).textContent()).toMatch(/Opgeslagen op dit apparaat, om \d\d:\d\d\./);
    const before = await stored(page);
    const doc = JSON.parse(before!);
    expect(doc.version).toBe(CURRENT_VERSION);
    expect(doc.worksheets).toHaveLength(1);
    expect(doc.worksheets[0]).toMatchObject({
      conversation: 'bedrijfsarts',
      date: '2026-03-12',
      time: '14:30',
      mode: 'video',
      companion: 'ja',
      companionWho: `Mijn partner ${HOSTILE}`,
      stage: 'nadenken',
      goal: 'Rustig beginnen.\nEerst twee ochtenden.',
      pressure: 'beetje',
      role: 'samen',
      sure: { zeker: 'ja', snap: 'nee', waarde: 'ja', steun: 'nee' },
      evaluation: '2026-04-15',
      report: 'nee',
      block: 'check',
    });

    await page.reload({ waitUntil: 'networkidle' });
    await ready(page);
    expect(await stored(page)).toBe(before);
    await expect(page.locator('#ws-block-h').textContent()).resolves.toBe(T('check'));
    await expect(page.getByRole('group', { name: L.check.items.snap.text }).getByLabel('Nee', { exact: true }).isChecked()).resolves.toBe(true);
    await goBlock(page, 'gesprek');
    await expect(page.getByLabel(F('companionWho')).inputValue()).resolves.toBe(`Mijn partner ${HOSTILE}`);
    await expect(page.locator('.ws-all > summary').textContent()).resolves.toBe(fmt(L.editor.allSteps, { n: BLOCK_KEYS.length, totaal: BLOCK_KEYS.length }));
    expect(errors).toEqual([]);
    expect(external).toEqual([]);
  });

  it('saves at once when the page is left, before the debounce has fired', async () => {
    const { page } = await fresh();
    await newSheet(page);
    await page.getByLabel(F('title')).fill('Snel weg');
    await page.reload({ waitUntil: 'networkidle' });
    await ready(page);
    expect((await storedDoc(page)).worksheets[0].title).toBe('Snel weg');
  });

  it('keeps several worksheets, shows date, title and progress, and deletes one after confirmation', async () => {
    const { page } = await fresh();
    await newSheet(page);
    await page.getByLabel(F('date'), { exact: true }).fill('2026-03-12');
    await page.getByRole('button', { name: L.editor.back }).click();
    await expect(page.locator('#ws-list-h')).toBeFocusedSoon();
    await newSheet(page);
    await page.getByLabel(F('title')).fill('Tweede');
    await page.getByRole('button', { name: L.editor.back }).click();
    const items = page.locator('.ws-list > li');
    await expect(items.count()).resolves.toBe(2);
    await expect(items.nth(0).textContent()).resolves.toContain('Tweede');
    await expect(items.nth(1).textContent()).resolves.toContain(`Gesprek op 12 maart 2026 · ${fmt(L.list.progress, { n: 1, totaal: BLOCK_KEYS.length })}`);

    await items.nth(0).getByRole('button', { name: /Verwijderen/ }).click();
    await expect(page.getByText(/Wil je ‘Tweede’ echt verwijderen/)).toBeFocusedSoon();
    await page.getByRole('button', { name: L.list.deleteNo }).click();
    await expect(items.count()).resolves.toBe(2);
    await items.nth(0).getByRole('button', { name: /Verwijderen/ }).click();
    await page.getByRole('button', { name: L.list.deleteYes }).click();
    await expect(items.count()).resolves.toBe(1);
    await expect(status(page).textContent()).resolves.toContain(L.list.deleted);
    await saved(page);
    expect((await storedDoc(page)).worksheets).toHaveLength(1);
  });

  it('moves focus to the block heading when switching blocks, with Vorige and Volgende', async () => {
    const { page } = await fresh();
    await newSheet(page);
    await page.getByRole('button', { name: `${L.editor.next}: ${T('keuze')}` }).click();
    await expect(page.locator('#ws-block-h')).toBeFocusedSoon();
    await expect(page.locator('#ws-block-h').textContent()).resolves.toBe(T('keuze'));
    await page.getByRole('button', { name: `${L.editor.previous}: ${T('gesprek')}` }).click();
    await expect(page.locator('#ws-block-h')).toBeFocusedSoon();
    await goBlock(page, 'na');
    await expect(page.locator('#ws-block-h')).toBeFocusedSoon();
    await expect(page.locator('[aria-current="step"]').textContent()).resolves.toContain(T('na'));
  });

  it('picks up what another tab saved, keeping its own open worksheet', async () => {
    const a = await fresh();
    await newSheet(a.page);
    await a.page.getByLabel(F('title')).fill('Tab A');
    await saved(a.page);
    const b = await a.context.newPage();
    await b.goto(baseUrl() + URL_PATH, { waitUntil: 'networkidle' });
    await ready(b);
    await b.getByLabel(F('title')).fill('Tab A, aangevuld in B');
    await saved(b);
    await a.page.waitForFunction(
      (t) => (document.querySelector('#ws-sheet-h')?.textContent ?? '') === t,
      'Tab A, aangevuld in B',
    );
    await expect(a.page.getByLabel(F('title')).inputValue()).resolves.toBe('Tab A, aangevuld in B');
  });

  it('loses nothing when two tabs type in the same worksheet before either has saved', async () => {
    const a = await fresh({ init: HOLD_TYPING_TIMERS });
    await a.context.addInitScript(HOLD_TYPING_TIMERS);
    await newSheet(a.page);
    await a.page.getByLabel(F('title')).fill('Samen');
    await a.page.getByLabel(F('title')).blur();
    await saved(a.page);
    await goBlock(a.page, 'keuze');
    await saved(a.page);
    const b = await a.context.newPage();
    await b.goto(baseUrl() + URL_PATH, { waitUntil: 'networkidle' });
    await ready(b);
    await b.locator('#ws-block-h').waitFor();
    const hold = () => Promise.all([a.page, b].map((p) => p.evaluate(() => ((window as unknown as { __holdTyping: boolean }).__holdTyping = true))));
    const pending = async () => [await a.page.locator('.ws').getAttribute('data-save-state'), await b.locator('.ws').getAttribute('data-save-state')];

    // Both tabs type while the typing delay is held: both changes wait at once.
    await hold();
    await a.page.getByLabel(F('goal')).fill('Doel uit tab A');
    await b.getByLabel(F('decision')).fill('Keuze uit tab B');
    expect(await pending()).toEqual(['pending', 'pending']);
    // A saves first, then B: before this change, B's save overwrote A's goal.
    await a.page.getByLabel(F('goal')).blur();
    await saved(a.page);
    await b.getByLabel(F('decision')).blur();
    await saved(b);
    const doc = await storedDoc(b);
    expect(doc.worksheets).toHaveLength(1);
    expect(doc.worksheets[0]).toMatchObject({ title: 'Samen', goal: 'Doel uit tab A', decision: 'Keuze uit tab B' });
    await expect(b.getByLabel(F('goal')).inputValue()).resolves.toBe('Doel uit tab A');
    // A picks up the merged result through the storage event.
    await a.page.waitForFunction((v) => [...document.querySelectorAll('textarea')].some((t) => t.value === v), 'Keuze uit tab B');

    // The same field in both tabs: both versions are kept, and the later tab says so.
    await hold();
    await a.page.getByLabel(F('goal')).fill('Versie A');
    await b.getByLabel(F('goal')).fill('Versie B');
    expect(await pending()).toEqual(['pending', 'pending']);
    await a.page.getByLabel(F('goal')).blur();
    await saved(a.page);
    await b.getByLabel(F('goal')).blur();
    await saved(b);
    const both = await storedDoc(b);
    expect(both.worksheets.map((s: { title: string; goal: string }) => [s.title, s.goal])).toEqual([
      ['Samen', 'Versie B'],
      ['Samen (uit ander tabblad)', 'Versie A'],
    ]);
    await expect(b.locator('[data-conflict]').textContent()).resolves.toContain('‘Samen’');
    expect(a.errors).toEqual([]);
  });

  it('shows bank questions for the chosen conversation and phase, and keeps picked ones', async () => {
    const { page } = await fresh();
    const data = await page.evaluate(async () => (await fetch('/werkblad/gegevens.json')).json());
    const bank = data.bank as { id: string; text: string; conversation: string; phases: number[] }[];
    expect(bank.length).toBeGreaterThan(0);
    await newSheet(page);
    await page.getByLabel(F('conversation')).selectOption('bedrijfsarts');
    await goBlock(page, 'vragen');
    await page.getByLabel(L.questions.phase).selectOption('1');
    const expected = bank
      .filter((q) => (q.conversation === 'bedrijfsarts' || q.conversation === 'algemeen') && q.phases.includes(1))
      .map((q) => q.text)
      .sort();
    // A few first, the rest one click away.
    expect(await page.locator('.ws-check').count()).toBe(Math.min(expected.length, 6));
    await page.getByRole('button', { name: /^Toon nog \d+ vragen?$/ }).click();
    const shown = (await page.locator('.ws-check').allTextContents()).sort();
    expect(shown).toEqual(expected);
    await page.getByRole('button', { name: L.questions.fewer }).click();
    await page.locator('.ws-check input').first().check();
    const picked = (await page.locator('.ws-check').first().textContent())!;
    await page.getByLabel(L.questions.phase).selectOption('4');
    await expect(page.getByLabel(picked).isChecked()).resolves.toBe(true);
    await expect(page.getByText(plural(L.questions.picked, 1)).count()).resolves.toBe(1);
    await page.emulateMedia({ media: 'print' });
    expect(await page.evaluate(() => document.body.innerText)).toContain(picked);
  });

  it('uses the phase chosen elsewhere on the site as the default question filter', async () => {
    const { page } = await fresh({ init: `try { localStorage.setItem('keuzehulp:fase', '2') } catch {}` });
    await newSheet(page);
    await goBlock(page, 'vragen');
    await expect(page.getByLabel(L.questions.phase).inputValue()).resolves.toBe('2');
  });
});

describe('worksheet: saving off, alles wissen', () => {
  it('turning saving off asks first, removes stored data and says it lives in memory only', async () => {
    const { page } = await fresh();
    await newSheet(page);
    await page.getByLabel(F('title')).fill('Op het werk');
    await saved(page);
    await page.getByRole('switch', { name: L.data.switchLabel }).click();
    await expect(page.getByText(L.data.offConfirm)).toBeFocusedSoon();
    expect(await stored(page)).not.toBeNull();
    await page.getByRole('button', { name: L.data.offYes }).click();
    expect(await stored(page)).toBeNull();
    expect(await page.evaluate((k) => localStorage.getItem(k), SETTING_KEY)).toBe('uit');
    await expect(status(page).textContent()).resolves.toContain(L.data.memoryOnly);
    // Still works in memory.
    await goBlock(page, 'keuze');
    await page.getByLabel(F('goal')).fill('Alleen in het geheugen');
    // Leaving the field writes whatever waits; with saving off that is nothing.
    await page.keyboard.press('Tab');
    await expect(page.locator('.ws').getAttribute('data-save-state')).resolves.toBe('memory');
    expect(await stored(page)).toBeNull();
    // The choice is remembered; the worksheet is gone after closing.
    await page.reload({ waitUntil: 'networkidle' });
    await ready(page);
    await expect(page.getByRole('switch', { name: L.data.switchLabel }).isChecked()).resolves.toBe(false);
    await expect(page.locator('.ws-list > li').count()).resolves.toBe(0);
    // Turning it on again saves at once.
    await newSheet(page);
    await page.getByRole('switch', { name: L.data.switchLabel }).click();
    expect((await storedDoc(page)).worksheets).toHaveLength(1);
  });

  it('"Alles wissen" asks first and then removes everything', async () => {
    const { page } = await fresh();
    await newSheet(page);
    await saved(page);
    await page.getByRole('button', { name: L.data.wipe, exact: true }).click();
    await expect(page.getByText(L.data.wipeConfirm)).toBeFocusedSoon();
    await page.getByRole('button', { name: L.data.wipeNo }).click();
    await expect(page.locator('#ws-wipe')).toBeFocusedSoon();
    expect(await stored(page)).not.toBeNull();
    await page.getByRole('button', { name: L.data.wipe, exact: true }).click();
    await page.getByRole('button', { name: L.data.wipeYes }).click();
    expect(await stored(page)).toBeNull();
    await expect(page.locator('#ws-list-h')).toBeFocusedSoon();
    await expect(status(page).textContent()).resolves.toContain(L.data.wiped);
  });
});

describe('worksheet: storage problems', () => {
  it('blocked storage (SecurityError): says so, offers export, keeps working in memory', async () => {
    const { page, errors } = await fresh({
      init: `Object.defineProperty(window, 'localStorage', { configurable: true, get() { throw new DOMException('The operation is insecure.', 'SecurityError'); } });`,
    });
    await expect(alert(page).textContent()).resolves.toContain(L.data.problems.blocked);
    await expect(alert(page).getByRole('button', { name: L.data.export }).isVisible()).resolves.toBe(true);
    await expect(page.getByRole('switch').count()).resolves.toBe(0);
    await newSheet(page);
    await page.getByLabel(F('title')).fill('In het geheugen');
    await goBlock(page, 'keuze');
    await goBlock(page, 'gesprek');
    await expect(page.getByLabel(F('title')).inputValue()).resolves.toBe('In het geheugen');
    expect(errors).toEqual([]);
  });

  it('full storage (QuotaExceededError): says so, keeps the earlier save, keeps working', async () => {
    const { page } = await fresh();
    await newSheet(page);
    await page.getByLabel(F('title')).fill('Eerste versie');
    await saved(page);
    const before = await stored(page);
    await page.evaluate(() => {
      Storage.prototype.setItem = function () {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
    });
    await page.getByLabel(F('title')).fill('Tweede versie');
    await page.locator('.ws-alert').waitFor();
    await expect(alert(page).textContent()).resolves.toContain(L.data.problems.quota);
    expect(await stored(page)).toBe(before);
    await expect(page.getByLabel(F('title')).inputValue()).resolves.toBe('Tweede versie');
  });

  it('corrupt stored data: says so, keeps a copy under another key, never overwrites it silently', async () => {
    const { page } = await fresh({
      init: `if (!sessionStorage.getItem('seeded')) { sessionStorage.setItem('seeded', '1'); localStorage.setItem('${DATA_KEY}', '{"version":2,"worksheets":[{kapot'); }`,
    });
    await expect(alert(page).textContent()).resolves.toContain(L.data.problems.corrupt);
    const keys = await page.evaluate(() => Object.keys(localStorage));
    const backup = keys.find((k) => k.startsWith(BACKUP_PREFIX));
    expect(backup).toBeDefined();
    expect(await page.evaluate((k) => localStorage.getItem(k), backup!)).toBe('{"version":2,"worksheets":[{kapot');
  });

  it('data from a newer version: not overwritten, worksheet works in memory', async () => {
    const newer = JSON.stringify({ version: 99, worksheets: [] });
    const { page } = await fresh({ init: `localStorage.setItem('${DATA_KEY}', '${newer}');` });
    await expect(alert(page).textContent()).resolves.toContain(L.data.problems.future);
    await newSheet(page);
    await page.getByLabel(F('title')).fill('Niet bewaren');
    await page.keyboard.press('Tab');
    await expect(page.locator('.ws').getAttribute('data-save-state')).resolves.toBe('memory');
    expect(await stored(page)).toBe(newer);
  });
});

describe('worksheet: export and import', () => {
  const file = (name: string, content: string | Buffer, mimeType = 'application/json') => ({
    name,
    mimeType,
    buffer: Buffer.isBuffer(content) ? content : Buffer.from(content),
  });
  const envelope = (over: Record<string, unknown>) =>
    JSON.stringify({ app: 'keuzehulp-werkblad', version: CURRENT_VERSION, exportedAt: '2026-03-05T10:00:00Z', worksheets: [], ...over });

  it('refuses bad files with a Dutch error tied to the file input, and changes nothing', async () => {
    const { page } = await fresh();
    await newSheet(page);
    await page.getByLabel(F('title')).fill('Blijft staan');
    await saved(page);
    const before = await stored(page);
    const E = L.data.importErrors;
    const cases: [string, ReturnType<typeof file>, string][] = [
      ['not ours', file('ander.json', JSON.stringify({ name: 'iets anders', items: [] })), E['not-ours']],
      ['malformed JSON', file('kapot.json', '{"app":"keuzehulp-werkblad","version":2,'), E['not-json']],
      ['not JSON at all', file('foto.json', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 1, 2])), E['not-json']],
      ['a future version', file('nieuw.json', envelope({ version: CURRENT_VERSION + 1 })), E.future],
      ['wrong types', file('raar.json', envelope({ worksheets: 'alles' })), E.invalid],
      ['empty', file('leeg.json', ''), E.empty],
      ['over 1 MB', file('groot.json', Buffer.alloc(1024 * 1024 + 1, 0x20)), E['too-large']],
    ];
    for (const [name, f, message] of cases) {
      await page.setInputFiles('#ws-import', f);
      const error = page.locator('#ws-import-error');
      await error.waitFor();
      await expect(error.textContent(), name).resolves.toBe(message);
      await expect(page.locator('#ws-import').getAttribute('aria-describedby')).resolves.toContain('ws-import-error');
      await expect(page.locator('#ws-import').getAttribute('aria-invalid')).resolves.toBe('true');
      expect(await stored(page), name).toBe(before);
      await expect(page.locator('#ws-sheet-h').textContent()).resolves.toBe('Blijft staan');
    }
  });

  it('exports a versioned file and imports it on another device, added next to what is there', async () => {
    const a = await fresh();
    await fillAll(a.page);
    await saved(a.page);
    const [download] = await Promise.all([
      a.page.waitForEvent('download'),
      a.page.getByRole('button', { name: L.data.export }).first().click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^werkblad-\d{4}-\d{2}-\d{2}\.json$/);
    const text = readFileSync((await download.path())!, 'utf8');
    const exported = JSON.parse(text);
    expect(exported).toMatchObject({ app: 'keuzehulp-werkblad', version: CURRENT_VERSION });
    expect(exported.exportedAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    expect(exported.worksheets).toEqual((await storedDoc(a.page)).worksheets);

    const b = await fresh();
    await newSheet(b.page);
    await b.page.getByLabel(F('title')).fill('Al op dit apparaat');
    await b.page.getByRole('button', { name: L.editor.back }).click();
    await b.page.setInputFiles('#ws-import', file(download.suggestedFilename(), text));
    await expect(b.page.locator('.ws-ok').textContent()).resolves.toBe(plural(L.data.imported, 1));
    await expect(b.page.locator('.ws-list > li').count()).resolves.toBe(2);
    await saved(b.page);
    const doc = await storedDoc(b.page);
    expect(doc.worksheets.map((s: { title: string }) => s.title)).toEqual(['Al op dit apparaat', '']);
    expect(doc.worksheets[1]).toEqual(exported.worksheets[0]);
    // The same file again: nothing doubled.
    await b.page.setInputFiles('#ws-import', file('again.json', text));
    await expect(b.page.locator('.ws-ok').textContent()).resolves.toBe(L.data.importedNone);
    await expect(b.page.locator('.ws-list > li').count()).resolves.toBe(2);
  });

  it('migrates a file in the first released format (version 2) and opens it where it was left', async () => {
    const { page } = await fresh();
    const v2 = JSON.stringify({
      app: 'keuzehulp-werkblad',
      version: 2,
      exportedAt: '2026-02-01T09:00:00Z',
      worksheets: [{ id: 'oud', created: '2026-02-01T09:00:00Z', conversation: 'arbeidsdeskundige', decision: 'Ander werk bij mijn werkgever', block: 2 }],
    });
    await page.setInputFiles('#ws-import', file('oud.json', v2));
    await page.locator('.ws-ok').waitFor();
    await expect(page.locator('.ws-list').textContent()).resolves.toContain('Gesprek met de arbeidsdeskundige');
    await page.getByRole('button', { name: /Openen/ }).click();
    await expect(page.locator('#ws-block-h').textContent()).resolves.toBe(T('opties'));
  });

  it('shows hostile HTML in an imported file as plain text', async () => {
    const { page, errors } = await fresh();
    const hostile = envelope({
      worksheets: [{ id: 'x', title: HOSTILE, goal: `<script>alert(2)</script>`, options: [{ id: 'o', name: HOSTILE }] }],
    });
    await page.setInputFiles('#ws-import', file('evil.json', hostile));
    await page.locator('.ws-ok').waitFor();
    await expect(page.locator('.ws-list h3').textContent()).resolves.toBe(HOSTILE);
    await page.getByRole('button', { name: /Openen/ }).click();
    await expect(page.locator('#ws-sheet-h').textContent()).resolves.toBe(HOSTILE);
    await goBlock(page, 'opties');
    await expect(page.getByLabel(L.options.name).inputValue()).resolves.toBe(HOSTILE);
    await expect(page.locator('.ws-print').textContent()).resolves.toContain(HOSTILE);
    await expect(page.locator('.ws img, .ws script').count()).resolves.toBe(0);
    // No element could still run anything (counted above); let the next frame render instead of waiting a fixed time.
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0))));
    expect(errors).toEqual([]); // no alert() dialog, no CSP report
  });

  it('offers the evaluation date as a calendar file', async () => {
    const { page } = await fresh();
    await newSheet(page);
    await page.getByLabel(F('conversation')).selectOption('evaluatie');
    await goBlock(page, 'na');
    await page.getByLabel(F('evaluation')).fill('2026-12-31');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: L.calendar.button }).click()]);
    expect(download.suggestedFilename()).toBe('evaluatie-2026-12-31.ics');
    const ics = readFileSync((await download.path())!, 'utf8');
    expect(ics).toContain('DTSTART;VALUE=DATE:20261231\r\nDTEND;VALUE=DATE:20270101\r\n');
    expect(ics).toContain('SUMMARY:Evaluatie: Evaluatiegesprek\r\n');
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
  });
});

describe('worksheet: print', () => {
  it('prints one clean document with only the filled-in answers', async () => {
    const { page } = await fresh();
    await fillAll(page);
    await page.emulateMedia({ media: 'print' });
    const visible = await page.evaluate(() => document.body.innerText);
    await page.emulateMedia({ media: 'screen' });
    // The answers, in order of the blocks.
    for (const text of ['Gesprek met de bedrijfsarts', '12 maart 2026, 14:30', 'Video (beeldbellen)', `Ja: Mijn partner ${HOSTILE}`, 'Ik denk erover na', 'Rustig opbouwen (heel belangrijk)', 'Mag ik thuis werken?', '15 april 2026']) {
      expect(visible).toContain(text);
    }
    // Empty fields are left out; no screen UI, intro or navigation.
    for (const text of [F('deadline'), F('opinion'), L.editor.next, L.data.heading, L.list.heading, 'In het kort', 'Hulp nodig?', 'Hoofdmenu', L.editor.nothingRequired]) {
      expect(visible).not.toContain(text);
    }
    // The print footer with address and date stays.
    expect(visible).toContain('keuzehulp-reintegratie.nl/werkblad/');
  });
});

describe('worksheet: keyboard only', () => {
  /** Press Tab until the focused element matches; fails after `max` presses. */
  async function tabTo(page: Page, match: (el: { tag: string; text: string; label: string; type: string }) => boolean, max = 80) {
    const seen: string[] = [];
    for (let i = 0; i < max; i++) {
      await page.keyboard.press('Tab');
      const el = await page.evaluate(() => {
        const a = document.activeElement as HTMLInputElement | null;
        const label = a?.labels?.[0]?.textContent ?? a?.getAttribute('aria-label') ?? '';
        return { tag: a?.tagName.toLowerCase() ?? '', text: a?.textContent?.trim() ?? '', label: label.trim(), type: a?.type ?? '' };
      });
      if (el.tag !== 'body' && match(el)) return;
      seen.push(`${el.tag}[${el.type}]:${el.label || el.text.slice(0, 30)}`);
    }
    throw new Error(`Niet bereikt met Tab; wel: ${seen.slice(-40).join(' | ')}`);
  }

  async function focusVisible(page: Page) {
    return page.evaluate(() => {
      const el = document.activeElement!;
      const s = getComputedStyle(el);
      return el.matches(':focus-visible') && (s.outlineStyle !== 'none' || s.boxShadow !== 'none');
    });
  }

  it('completes a worksheet with Tab, Enter, Space and typing only', async () => {
    const { page } = await fresh({ viewport: PHONE });
    await tabTo(page, (e) => e.text.includes(L.list.new));
    expect(await focusVisible(page)).toBe(true);
    await page.keyboard.press('Enter');
    await expect(page.locator('#ws-conversation')).toBeFocusedSoon();

    await tabTo(page, (e) => e.type === 'radio' && e.label.startsWith('Op een plek'));
    expect(await focusVisible(page)).toBe(true);
    await page.keyboard.press('Space');
    await tabTo(page, (e) => e.label === F('title'));
    await page.keyboard.type('Met het toetsenbord');
    await tabTo(page, (e) => e.text.startsWith(`${L.editor.next}:`));
    await page.keyboard.press('Enter');
    await expect(page.locator('#ws-block-h')).toBeFocusedSoon();

    await tabTo(page, (e) => e.label === F('decision'));
    await page.keyboard.type('Mijn uren');
    await tabTo(page, (e) => e.text.startsWith(`${L.editor.next}:`));
    await page.keyboard.press('Enter');
    await expect(page.locator('#ws-block-h')).toBeFocusedSoon();
    await tabTo(page, (e) => e.text.includes(L.options.add));
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.activeElement?.id.startsWith('ws-o-'));
    await page.keyboard.type('Halve dagen');
    await tabTo(page, (e) => e.text.includes(L.options.addPro));
    await page.keyboard.press('Space');
    await page.waitForFunction(() => document.activeElement?.id.startsWith('ws-p-'));
    await page.keyboard.type('Minder moe');
    await tabTo(page, (e) => e.type === 'radio' && e.label === 'niet');
    await page.keyboard.press('Space');

    await tabTo(page, (e) => e.text.startsWith(`${L.editor.next}:`));
    await page.keyboard.press('Enter');
    await expect(page.locator('#ws-block-h')).toBeFocusedSoon();
    await tabTo(page, (e) => e.text.startsWith(`${L.editor.next}:`));
    await page.keyboard.press('Enter');
    await expect(page.locator('#ws-block-h')).toBeFocusedSoon();
    await expect(page.locator('#ws-block-h').textContent()).resolves.toBe(T('check'));
    await tabTo(page, (e) => e.type === 'radio' && e.label === 'Ja');
    await page.keyboard.press('Space');

    // Wait for the debounced save.
    await page.waitForFunction((k) => JSON.parse(localStorage.getItem(k) ?? '{}').worksheets?.[0]?.sure?.zeker === 'ja', DATA_KEY);
    const sheet = (await storedDoc(page)).worksheets[0];
    expect(sheet).toMatchObject({ mode: 'locatie', title: 'Met het toetsenbord', decision: 'Mijn uren', block: 'check' });
    expect(sheet.options[0]).toMatchObject({ name: 'Halve dagen', pros: [{ text: 'Minder moe', weight: 0 }] });
    expect(sheet.sure.zeker).toBe('ja');

    // Deleting with the keyboard: back to the list, Verwijderen, confirm.
    await tabTo(page, (e) => e.text.includes(L.editor.back), 200);
    await page.keyboard.press('Enter');
    await tabTo(page, (e) => e.text.startsWith(L.list.delete));
    await page.keyboard.press('Enter');
    await tabTo(page, (e) => e.text === L.list.deleteYes);
    await page.keyboard.press('Enter');
    await expect(page.locator('.ws-list > li').count()).resolves.toBe(0);
  });
});

describe('worksheet: layout and accessibility', () => {
  for (const [name, viewport] of [
    ['phone', PHONE],
    ['desktop', DESKTOP],
  ] as const) {
    it(`axe-clean and no horizontal scroll in every view (${name})`, async () => {
      const { page, errors } = await fresh({ viewport });
      const check = async (where: string) => {
        const violations = await axe(page);
        expect(violations, formatViolations(`${URL_PATH} ${where}`, violations)).toEqual([]);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - innerWidth);
        expect(overflow, `horizontaal scrollen: ${where}`).toBeLessThanOrEqual(0);
      };
      await check('lege lijst');
      await fillAll(page);
      for (const key of BLOCK_KEYS) {
        await goBlock(page, key);
        await check(T(key));
      }
      await goBlock(page, 'opties');
      await page.getByRole('button', { name: new RegExp(L.options.remove) }).click();
      await check('optie weghalen bevestigen');
      await page.getByRole('button', { name: L.editor.back }).click();
      await page.getByRole('button', { name: /Verwijderen/ }).click();
      await check('lijst met bevestiging');
      await page.setInputFiles('#ws-import', { name: 'x.json', mimeType: 'application/json', buffer: Buffer.from('nee') });
      await page.locator('#ws-import-error').waitFor();
      await check('importfout');
      expect(errors).toEqual([]);

      if (process.env['WERKBLAD_SHOTS']) {
        const dir = process.env['WERKBLAD_SHOTS'];
        mkdirSync(dir, { recursive: true });
        await page.screenshot({ path: `${dir}/test-${name}-list.png`, fullPage: true });
        await page.getByRole('button', { name: L.list.deleteNo }).click();
        await page.getByRole('button', { name: /Openen/ }).click();
        await page.screenshot({ path: `${dir}/test-${name}-editor.png`, fullPage: true });
        await page.emulateMedia({ media: 'print' });
        await page.screenshot({ path: `${dir}/test-${name}-print.png`, fullPage: true });
      }
      // Ten axe runs on a CPU slowed down 4×: give it room on a busy 2-core machine.
    }, 180_000);
  }

  it('keeps targets at least 24 by 24 px (44 px high for buttons and fields)', async () => {
    const { page } = await fresh({ viewport: PHONE });
    await fillAll(page);
    await goBlock(page, 'opties');
    const small = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('.ws button, .ws input, .ws select, .ws textarea, .ws .ws-radios label, .ws-check')]
        .filter((el) => el.offsetParent !== null)
        .map((el) => ({ el: el.outerHTML.slice(0, 80), r: el.getBoundingClientRect() }))
        .filter(({ r }) => r.width < 24 || r.height < 24)
        .map(({ el }) => el),
    );
    expect(small).toEqual([]);
  });

  it('without JavaScript: says the worksheet needs it and links to the blank worksheet', async () => {
    const w = await chrome.open({ viewport: PHONE, javaScriptEnabled: false });
    await w.page.goto(baseUrl() + URL_PATH);
    const main = w.page.locator('main');
    await expect(main.textContent()).resolves.toContain(L.noScript);
    await expect(main.getByRole('link', { name: L.blankLink }).first().getAttribute('href')).resolves.toBe('/werkblad/leeg/');
    // The static first state cannot start a worksheet without JavaScript, and says so by being disabled.
    await expect(w.page.getByRole('button', { name: L.list.new }).isDisabled()).resolves.toBe(true);
  });
});

describe('blank printable worksheet (/werkblad/leeg/)', () => {
  it('has no JavaScript, all blocks, the check questions and bank questions; axe-clean; prints', async () => {
    const w = await chrome.open({ viewport: PHONE });
    const { page, errors } = w;
    await page.goto(baseUrl() + '/werkblad/leeg/', { waitUntil: 'networkidle' });
    await expect(page.locator('script[src], astro-island').count()).resolves.toBe(0);
    const headings = await page.locator('.blank h2').allTextContents();
    expect(headings).toEqual(BLOCK_KEYS.map((k, i) => `${i + 1}. ${T(k)}`));
    for (const q of Object.values(L.check.items)) await expect(page.getByText(q.text).count()).resolves.toBe(1);
    await expect(page.locator('.blank-questions li').count()).resolves.toBeGreaterThan(0);
    const violations = await axe(page);
    expect(violations, formatViolations('/werkblad/leeg/', violations)).toEqual([]);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.emulateMedia({ media: 'print' });
    const printed = await page.evaluate(() => document.body.innerText);
    expect(printed).not.toContain('Hoofdmenu');
    expect(printed).toContain(T('na'));
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.length).toBeGreaterThan(1000);
    expect(errors).toEqual([]);
  });
});
