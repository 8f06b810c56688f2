/**
 * Reading aids in real Chromium against the built site with the production
 * headers: "Lees voor" with a stubbed speechSynthesis (headless Chromium has
 * no voices), "Bewaar voor later", "verder waar je was", the list on
 * /bewaard/ (and its print), "Alles wissen" and "niets bewaren" on the
 * worksheet, blocked storage, the page without JavaScript, and the block
 * "Stuur dit naar iemand die je steunt" with its share button (a stubbed
 * navigator.share: headless Chromium has none).
 *
 * Set READING_SHOTS=/some/dir to also write screenshots at 360 px.
 */
import { mkdirSync } from 'node:fs';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { PHONE, axe, baseUrl, formatViolations, useBrowser, type Watched } from '../support/browser';
import { reading as R } from '../../src/i18n/nl/reading';
import { pages as P } from '../../src/i18n/nl/pages';
import { worksheet as W } from '../../src/i18n/nl/worksheet';
const S = R.shareRelatives;
import { LAST_KEY, READING_KEYS, SAVED_KEY, TRAIL_KEY } from '../../src/lib/reading/storage';
import { SETTING_KEY } from '../../src/lib/saving-choice';

/** A content page with glossary terms (their pop-ups must not be read). */
const PAGE = '/samen-beslissen/iemand-meenemen/';
const STORY = '/ervaringen/iris/';
const TERM = '/begrippen/bedrijfsarts/';
const SHOTS = process.env['READING_SHOTS'];

const chrome = useBrowser();
beforeAll(() => {
  if (SHOTS) mkdirSync(SHOTS, { recursive: true });
});

interface Voice {
  name: string;
  lang: string;
  localService: boolean;
  default?: boolean;
  voiceURI?: string;
}
interface Spoken {
  text: string;
  rate: number;
  lang: string;
  voice: string | null;
}
const DUTCH: Voice = { name: 'Xander', lang: 'nl-NL', localService: true, voiceURI: 'xander' };

/**
 * Stands in for the Web Speech API (runs in the page before any script).
 * speak() records each utterance and keeps it as the current one; the test
 * ends it with __tts.end(). cancel() fires onerror like Chrome does.
 */
function stubSpeech(arg: { voices: Voice[]; late: boolean }) {
  type U = { text: string; lang: string; rate: number; voice: Voice | null; onend: ((e: unknown) => void) | null; onerror: ((e: unknown) => void) | null };
  const w = window as unknown as Record<string, unknown>;
  const log: Spoken[] = [];
  const listeners: (() => void)[] = [];
  let current: U | null = null;
  let last: U | null = null;
  let cancels = 0;
  let ready = !arg.late;
  class Utterance {
    text: string;
    lang = '';
    rate = 1;
    voice: Voice | null = null;
    onstart = null;
    onend = null;
    onerror = null;
    constructor(text: string) {
      this.text = text;
    }
  }
  const synth = {
    getVoices: () => (ready ? arg.voices : []),
    speak(u: U) {
      log.push({ text: u.text, rate: u.rate, lang: u.lang, voice: u.voice?.name ?? null });
      current = last = u;
    },
    cancel() {
      cancels++;
      const u = current;
      current = null;
      u?.onerror?.({ error: 'interrupted' });
    },
    pause() {},
    resume() {},
    addEventListener(type: string, fn: () => void) {
      if (type === 'voiceschanged') listeners.push(fn);
    },
    removeEventListener() {},
  };
  Object.defineProperty(window, 'speechSynthesis', { value: synth, configurable: true });
  Object.defineProperty(window, 'SpeechSynthesisUtterance', { value: Utterance, configurable: true, writable: true });
  w['__tts'] = {
    log,
    cancels: () => cancels,
    current: () => current?.text ?? null,
    /** The current utterance finishes. */
    end() {
      const u = current;
      current = null;
      u?.onend?.({});
    },
    /** A late "end" of the last utterance, after it was cancelled. */
    endStale() {
      last?.onend?.({});
    },
    voicesArrive() {
      ready = true;
      listeners.forEach((fn) => fn());
    },
  };
}

async function fresh(opts: { voices?: Voice[]; late?: boolean; js?: boolean; init?: string } = {}): Promise<Watched> {
  const w = await chrome.open({ viewport: PHONE, javaScriptEnabled: opts.js ?? true });
  if (opts.voices) await w.context.addInitScript(stubSpeech, { voices: opts.voices, late: opts.late ?? false });
  if (opts.init) await w.context.addInitScript(opts.init);
  return w;
}

async function go(page: Page, path: string) {
  await page.goto(baseUrl() + path, { waitUntil: 'networkidle' });
}

const tts = <T,>(page: Page, fn: string) => page.evaluate(`window.__tts.${fn}`) as Promise<T>;
const spoken = (page: Page) => tts<Spoken[]>(page, 'log');
const end = (page: Page) => tts<void>(page, 'end()');

/** Text of the sentence highlighted now (CSS Custom Highlight API), or null. */
const highlighted = (page: Page) =>
  page.evaluate(() => {
    const h = CSS.highlights.get('lees-voor');
    return h ? [...(h as unknown as Iterable<Range>)].map((r) => r.toString()).join('') : null;
  });

const norm = (s: string) => s.replace(/\s+/g, ' ').trim();
/** innerText without the screen-reader hint after each glossary term (an absolutely placed span, so it stands on a line of its own). */
const HINT = new RegExp(`\\s*${P.glossary.explained.trim().replace(/[()]/g, '\\$&')}\\n?`, 'g');
const seen = (s: string) => norm(s.replace(HINT, ''));
const readButton = (page: Page) => page.getByRole('button', { name: R.readAloud, exact: true });
const controls = (page: Page) => page.getByRole('region', { name: R.controls });
const saveButton = (page: Page) => page.getByRole('button', { name: R.save });
const focusedName = (page: Page) => page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');
const keys = (page: Page) => page.evaluate(() => Object.keys(localStorage).sort());
/** Say yes to "verder waar je was" on /bewaard/. */
async function trailYes(page: Page) {
  await go(page, '/bewaard/');
  await page.getByRole('button', { name: R.page.trail.yes }).click();
  await expect(page.getByText(R.page.trail.on).isVisible()).resolves.toBe(true);
}

/** Start reading with the keyboard and let every sentence finish; returns what was spoken. */
async function readAll(page: Page): Promise<Spoken[]> {
  await readButton(page).focus();
  await page.keyboard.press('Enter');
  for (let guard = 0; guard < 500 && (await controls(page).isVisible()); guard++) await end(page);
  expect(await controls(page).isVisible(), 'klaar met voorlezen').toBe(false);
  return spoken(page);
}

describe('Lees voor: when it is offered', () => {
  it('is absent without JavaScript; the reading time is there', async () => {
    const { page } = await fresh({ js: false });
    await go(page, PAGE);
    await expect(page.locator('[data-reading-time]').textContent()).resolves.toMatch(/^\d+ minuten? lezen$/);
    await expect(readButton(page).count()).resolves.toBe(0);
    await expect(saveButton(page).count()).resolves.toBe(0);
    await expect(page.locator('[data-reading]').isVisible()).resolves.toBe(false);
  });

  it('is absent in Chromium without voices, while "Bewaar voor later" is offered', async () => {
    const { page, errors } = await fresh();
    await go(page, PAGE);
    await expect(saveButton(page).isVisible()).resolves.toBe(true);
    await expect(readButton(page).count()).resolves.toBe(0);
    expect(errors).toEqual([]);
  });

  it('is absent with only a non-Dutch voice, or a Dutch voice that is not on the device', async () => {
    for (const voices of [[{ name: 'Samantha', lang: 'en-US', localService: true }], [{ name: 'Google Nederlands', lang: 'nl-NL', localService: false }]]) {
      const { page } = await fresh({ voices });
      await go(page, PAGE);
      await expect(saveButton(page).isVisible()).resolves.toBe(true);
      await expect(readButton(page).count(), voices[0]!.name).resolves.toBe(0);
    }
  });

  it('appears when a Dutch voice arrives later (voiceschanged), also in Belgian Dutch', async () => {
    const { page } = await fresh({ voices: [{ name: 'Ellen', lang: 'nl_BE', localService: true }], late: true });
    await go(page, PAGE);
    await expect(readButton(page).count()).resolves.toBe(0);
    await tts(page, 'voicesArrive()');
    await expect(readButton(page).isVisible()).resolves.toBe(true);
    await readButton(page).click();
    expect((await spoken(page))[0]).toMatchObject({ voice: 'Ellen', lang: 'nl_BE' });
  });
});

describe('Lees voor: what is read, in which order', () => {
  it('reads the article in reading order, sentence by sentence: no navigation, footer or glossary pop-ups', async () => {
    const { page, errors } = await fresh({ voices: [{ name: 'Engels', lang: 'en-GB', localService: true }, DUTCH] });
    await go(page, PAGE);
    const article = page.locator('main article');
    const h1 = norm(await page.locator('h1').innerText());
    const pops = (await article.locator('.term-pop').allTextContents()).map(norm);
    expect(pops.length, 'de pagina heeft begrippen met uitleg').toBeGreaterThan(0);
    const terms = (await article.locator('.term-btn').evaluateAll((bs) => bs.map((b) => b.firstChild?.textContent ?? ''))).map(norm);
    // What a sighted reader sees, without the screen-reader hint after each term.
    const visible = seen(await article.innerText());
    const blocks = (await article.locator('.prose > p, .prose li, .prose > h2, .in-short p').allInnerTexts()).map(seen);

    const log = await readAll(page);
    const texts = log.map((s) => s.text);
    expect(texts[0]).toBe(h1);
    expect(log.every((s) => s.voice === DUTCH.name && s.lang === 'nl-NL' && s.rate === 1)).toBe(true);
    // In order: each sentence is found in the visible text after the previous one.
    let at = 0;
    for (const t of texts) {
      const i = visible.indexOf(t, at);
      expect(i, `“${t}” niet (op volgorde) in de tekst`).toBeGreaterThanOrEqual(0);
      at = i + t.length;
    }
    // Complete: every paragraph, list item and heading of the text is read, whole.
    const all = texts.join(' ');
    for (const b of blocks) expect(all, b).toContain(b);
    expect(blocks.at(-1)!.endsWith(texts.at(-1)!)).toBe(true);
    // Sentences, not blocks: no utterance holds two sentences.
    expect(texts.filter((t) => /[.!?] +\p{Lu}/u.test(t) && !/\b(bijv|art|o\.a)\. /.test(t))).toEqual([]);
    // Never the frame, the controls or a glossary pop-up; each term's own word is read once, inside its sentence.
    for (const t of ['Naar de inhoud', 'Hulp nodig?', 'Over deze keuzehulp', 'Bronnen en controle', 'Hoe ging het bij anderen?', R.readAloud, 'minuten lezen', 'minuut lezen', P.glossary.moreAbout]) {
      expect(texts.filter((x) => x.includes(t)), t).toEqual([]);
    }
    for (const pop of pops) expect(all).not.toContain(pop.slice(0, 40));
    for (const term of terms) expect(texts.filter((x) => x.includes(term)).length, term).toBeGreaterThan(0);
    expect(all).not.toContain(P.glossary.explained.trim());
    expect(errors).toEqual([]);
  });

  it('reads story and glossary pages from their title', async () => {
    for (const path of [STORY, TERM]) {
      const { page } = await fresh({ voices: [DUTCH] });
      await go(page, path);
      await readButton(page).click();
      expect((await spoken(page))[0]!.text, path).toBe(norm(await page.locator('h1').innerText()));
      expect(await highlighted(page)).toBe(norm(await page.locator('h1').innerText()));
    }
  });

  it('reads a folded block only once it is opened', async () => {
    const { page } = await fresh({ voices: [DUTCH] });
    await go(page, '/fase/1/');
    const later = page.locator('main article details.later');
    expect(await later.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
    const inside = norm(await later.locator('.later-body p').first().textContent() ?? '');
    const closed = (await readAll(page)).map((s) => s.text).join(' ');
    expect(closed).not.toContain(inside);
    await later.locator('summary').click();
    await page.evaluate('window.__tts.log.length = 0');
    const opened = (await readAll(page)).map((s) => s.text).join(' ');
    expect(opened).toContain(inside);
  });

  it('leaves out the list of sub-pages (navigation)', async () => {
    const { page } = await fresh({ voices: [DUTCH] });
    await go(page, '/samen-beslissen/de-vier-stappen/');
    const navText = (await page.locator('main article nav .card span').allTextContents()).map(norm).filter((t) => t.length > 30);
    expect(navText.length).toBeGreaterThan(0);
    const all = (await readAll(page)).map((s) => s.text).join(' ');
    for (const t of navText) expect(all).not.toContain(t);
  });
});

describe('Lees voor: highlight and controls', () => {
  it('the highlight follows the voice; pause, continue, slower, faster and stop work from the keyboard', async () => {
    const { page, errors } = await fresh({ voices: [DUTCH] });
    await go(page, PAGE);
    await readButton(page).focus();
    await page.keyboard.press('Enter');
    // Focus goes to the controls; the start button is gone while reading.
    await expect(controls(page).isVisible()).resolves.toBe(true);
    await expect(readButton(page).isVisible()).resolves.toBe(false);
    expect(await focusedName(page)).toBe(R.pause);

    for (let n = 0; n < 6; n++) {
      const log = await spoken(page);
      expect(log).toHaveLength(n + 1);
      const now = log.at(-1)!.text;
      expect(norm((await highlighted(page)) ?? '')).toBe(now);
      // The block being read carries .lees-nu and holds the sentence.
      expect(await page.locator('.lees-nu').count()).toBe(1);
      expect(seen(await page.locator('.lees-nu').innerText())).toContain(now);
      if (n === 5 && SHOTS) await page.screenshot({ path: `${SHOTS}/lees-voor-360.png` });
      await end(page);
    }

    // Pause (Space on the focused "Pauzeer"): the voice stops, nothing new is spoken, the highlight stays.
    const before = (await spoken(page)).length;
    const sentence = (await spoken(page)).at(-1)!.text;
    await page.keyboard.press('Space');
    await expect(page.getByRole('button', { name: R.pause }).getAttribute('aria-pressed')).resolves.toBe('true');
    expect(await tts(page, 'current()')).toBeNull();
    await tts(page, 'endStale()');
    expect(await spoken(page)).toHaveLength(before);
    expect(norm((await highlighted(page)) ?? '')).toBe(sentence);
    // Continue (Enter): the same sentence again.
    await page.keyboard.press('Enter');
    await expect(page.getByRole('button', { name: R.pause }).getAttribute('aria-pressed')).resolves.toBe('false');
    expect((await spoken(page)).at(-1)!.text).toBe(sentence);

    // Slower and faster: the sentence starts again at the new pace; the ends are marked.
    await page.keyboard.press('Tab'); // Stop
    await page.keyboard.press('Tab'); // Langzamer
    expect(await focusedName(page)).toBe(R.slower);
    await page.keyboard.press('Enter');
    expect((await spoken(page)).at(-1)).toMatchObject({ text: sentence, rate: 0.8 });
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    expect((await spoken(page)).at(-1)!.rate).toBe(0.6);
    await expect(page.getByRole('button', { name: R.slower }).getAttribute('aria-disabled')).resolves.toBe('true');
    await page.keyboard.press('Tab'); // Sneller
    for (let k = 0; k < 6; k++) await page.keyboard.press('Enter');
    expect((await spoken(page)).at(-1)!.rate).toBe(1.4);
    await expect(page.getByRole('button', { name: R.faster }).getAttribute('aria-disabled')).resolves.toBe('true');
    await expect(page.getByRole('button', { name: R.slower }).getAttribute('aria-disabled')).resolves.toBe('false');
    await end(page);
    expect((await spoken(page)).at(-1)!.rate).toBe(1.4);

    const violations = await axe(page);
    expect(violations, formatViolations(PAGE, violations)).toEqual([]);

    // Stop (Shift+Tab back to "Stop", Enter): silence, no highlight, focus back on "Lees voor".
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Shift+Tab');
    expect(await focusedName(page)).toBe(R.stop);
    const cancels = await tts<number>(page, 'cancels()');
    const count = (await spoken(page)).length;
    await page.keyboard.press('Enter');
    expect(await tts<number>(page, 'cancels()')).toBeGreaterThan(cancels);
    expect(await tts(page, 'current()')).toBeNull();
    expect(await highlighted(page)).toBeNull();
    expect(await page.locator('.lees-nu').count()).toBe(0);
    await expect(controls(page).isVisible()).resolves.toBe(false);
    expect(await focusedName(page)).toBe(R.readAloud);
    await tts(page, 'endStale()');
    expect(await spoken(page)).toHaveLength(count);

    // Starting again begins at the top; Escape stops too.
    await page.keyboard.press('Enter');
    expect((await spoken(page)).at(-1)!.text).toBe(norm(await page.locator('h1').innerText()));
    await page.keyboard.press('Escape');
    await expect(controls(page).isVisible()).resolves.toBe(false);
    expect(await highlighted(page)).toBeNull();
    expect(errors).toEqual([]);
  });

  it('stops when the reader leaves the page', async () => {
    const { page } = await fresh({ voices: [DUTCH] });
    await go(page, PAGE);
    await readButton(page).click();
    await page.evaluate(() => window.dispatchEvent(new PageTransitionEvent('pagehide')));
    expect(await tts(page, 'current()')).toBeNull();
    await expect(controls(page).isVisible()).resolves.toBe(false);
  });
});

describe('Bewaar voor later and verder waar je was', () => {
  it('survive a reload, are listed on /bewaard/, print as a list, and can be removed', async () => {
    const { page, errors, external } = await fresh();
    await trailYes(page);
    await go(page, PAGE);
    const pageTitle = norm(await page.locator('h1').innerText());
    await saveButton(page).click();
    await expect(saveButton(page).getAttribute('aria-pressed')).resolves.toBe('true');
    await expect(page.getByRole('link', { name: R.toSaved.label }).isVisible()).resolves.toBe(true);
    await page.reload({ waitUntil: 'networkidle' });
    await expect(saveButton(page).getAttribute('aria-pressed')).resolves.toBe('true');

    await go(page, STORY);
    const storyTitle = norm(await page.locator('h1').innerText());
    await expect(saveButton(page).getAttribute('aria-pressed')).resolves.toBe('false');
    await expect(page.getByRole('link', { name: R.toSaved.label }).isVisible()).resolves.toBe(false);
    await saveButton(page).focus();
    await page.keyboard.press('Enter');
    await expect(saveButton(page).getAttribute('aria-pressed')).resolves.toBe('true');

    // "Verder waar je was" on the home page and a phase hub: the last page read.
    for (const path of ['/', '/fase/2/']) {
      await go(page, path);
      const block = page.locator('[data-continue]');
      await expect(block.isVisible(), path).resolves.toBe(true);
      await expect(block.textContent()).resolves.toContain(R.continue);
      await expect(block.getByRole('link').getAttribute('href')).resolves.toBe(STORY);
      await expect(block.getByRole('link').textContent()).resolves.toBe(storyTitle);
      await page.reload({ waitUntil: 'networkidle' });
      await expect(block.getByRole('link').getAttribute('href')).resolves.toBe(STORY);
    }
    // A phase hub is not remembered as the last page; the story page does not offer itself.
    await go(page, '/');
    await expect(page.locator('[data-continue] a').getAttribute('href')).resolves.toBe(STORY);
    await go(page, STORY);
    await expect(page.locator('[data-continue]').count()).resolves.toBe(0);

    // /bewaard/: newest first, the last page read, nothing about JavaScript.
    await go(page, '/bewaard/');
    const items = page.locator('[data-saved-list] > li');
    await expect(items.locator('a').allTextContents()).resolves.toEqual([storyTitle, pageTitle]);
    await expect(items.locator('a').first().getAttribute('href')).resolves.toBe(STORY);
    await expect(page.locator('[data-continue] a').getAttribute('href')).resolves.toBe(STORY);
    await expect(page.getByText(R.page.noScript).isVisible()).resolves.toBe(false);
    await expect(page.getByText(R.page.empty).isVisible()).resolves.toBe(false);
    await expect(page.getByRole('button', { name: `${R.page.remove} ${pageTitle}` }).isVisible()).resolves.toBe(true);
    const violations = await axe(page);
    expect(violations, formatViolations('/bewaard/', violations)).toEqual([]);
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/bewaard-360.png`, fullPage: true });

    // Print: a plain list of titles with their addresses; no buttons, no frame.
    await page.emulateMedia({ media: 'print' });
    const printed = await page.evaluate(() => document.body.innerText);
    expect(printed).toContain(storyTitle);
    expect(printed).toContain(`${new URL(baseUrl()).origin}${STORY}`);
    expect(printed).toContain(`${new URL(baseUrl()).origin}${PAGE}`);
    expect(printed).not.toContain(R.page.remove);
    expect(printed).not.toContain('Hoofdmenu');
    await expect(items.first().evaluate((li) => getComputedStyle(li).display)).resolves.toBe('list-item');
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/bewaard-print.png`, fullPage: true });
    await page.emulateMedia({ media: 'screen' });

    // Remove with the keyboard: focus moves to the next remove button, then to the empty message.
    await page.getByRole('button', { name: `${R.page.remove} ${storyTitle}` }).focus();
    await page.keyboard.press('Enter');
    await expect(items.locator('a').allTextContents()).resolves.toEqual([pageTitle]);
    expect(await focusedName(page)).toBe(`${R.page.remove} ${pageTitle}`);
    await page.reload({ waitUntil: 'networkidle' });
    await expect(items.count()).resolves.toBe(1);
    await page.getByRole('button', { name: `${R.page.remove} ${pageTitle}` }).click();
    await expect(page.getByText(R.page.empty).isVisible()).resolves.toBe(true);
    expect(await page.evaluate(() => document.activeElement?.hasAttribute('data-saved-empty'))).toBe(true);
    await go(page, PAGE);
    await expect(saveButton(page).getAttribute('aria-pressed')).resolves.toBe('false');
    expect(errors).toEqual([]);
    expect(external).toEqual([]);
  });

  it('"Alles wissen" on the worksheet wipes them', async () => {
    const { page } = await fresh();
    await trailYes(page);
    await go(page, PAGE);
    await saveButton(page).click();
    await go(page, STORY);
    expect(await keys(page)).toEqual([SAVED_KEY, LAST_KEY, TRAIL_KEY].sort());
    await go(page, '/werkblad/');
    await page.locator('#ws-data-h').waitFor();
    // "Opslaan en meenemen" is one closed fold: open it first.
    await page.locator('#ws-data-h').click();
    await page.getByRole('button', { name: W.data.wipe, exact: true }).click();
    await page.getByRole('button', { name: W.data.wipeYes }).click();
    await page.waitForFunction((ks) => ks.every((k) => localStorage.getItem(k) === null), [...READING_KEYS]);
    await go(page, '/');
    await expect(page.locator('[data-continue]').isVisible()).resolves.toBe(false);
    // The yes went too: the trail is off again until the reader says yes once more.
    await go(page, STORY);
    expect(await keys(page)).toEqual([]);
    await go(page, '/bewaard/');
    await expect(page.getByText(R.page.empty).isVisible()).resolves.toBe(true);
    await expect(page.locator('[data-saved-list] > li').count()).resolves.toBe(0);
  });

  it('with "niets bewaren" chosen on the worksheet: wiped at once, never written, and /bewaard/ says so', async () => {
    const { page } = await fresh();
    await trailYes(page);
    await go(page, PAGE);
    await saveButton(page).click();
    await go(page, '/werkblad/');
    await page.locator('#ws-data-h').waitFor();
    await page.locator('#ws-data-h').click();
    await page.getByRole('switch', { name: W.data.switchLabel }).click();
    await page.getByRole('button', { name: W.data.offYes }).click();
    await page.waitForFunction((k) => localStorage.getItem(k) === 'uit', SETTING_KEY);
    expect(await keys(page)).toEqual([SETTING_KEY]);
    for (const path of [PAGE, STORY, TERM, '/fase/2/', '/']) {
      await go(page, path);
      await expect(saveButton(page).isVisible(), path).resolves.toBe(false);
    }
    await expect(page.locator('[data-continue]').isVisible()).resolves.toBe(false);
    expect((await keys(page)).filter((k) => (READING_KEYS as readonly string[]).includes(k))).toEqual([]);
    await go(page, '/bewaard/');
    await expect(page.getByText(R.page.off).isVisible()).resolves.toBe(true);
    await expect(page.getByText(R.page.empty).isVisible()).resolves.toBe(false);
    // No question about the trail when nothing may be kept.
    await expect(page.getByRole('button', { name: R.page.trail.yes }).isVisible()).resolves.toBe(false);
  });

  it('blocked storage: nothing is offered to save, read-aloud still works, no errors', async () => {
    const { page, errors } = await fresh({
      voices: [DUTCH],
      init: `Object.defineProperty(window, 'localStorage', { get() { throw new DOMException('Access is denied', 'SecurityError'); } });`,
    });
    await go(page, PAGE);
    await expect(saveButton(page).isVisible()).resolves.toBe(false);
    await readButton(page).click();
    await expect(controls(page).isVisible()).resolves.toBe(true);
    await go(page, '/bewaard/');
    await expect(page.getByText(R.page.off).isVisible()).resolves.toBe(true);
    expect(errors).toEqual([]);
  });

  it('without JavaScript /bewaard/ explains that the list needs it and stays on this device', async () => {
    const { page } = await fresh({ js: false });
    await go(page, '/bewaard/');
    await expect(page.getByText(R.page.noScript).isVisible()).resolves.toBe(true);
    await expect(page.getByText(R.page.intro).isVisible()).resolves.toBe(true);
    await expect(page.locator('[data-saved-list]').isVisible()).resolves.toBe(false);
    await expect(page.locator('meta[name="robots"]').getAttribute('content')).resolves.toBe('noindex');
  });
});

describe('Stuur dit naar iemand die je steunt (#26 §1)', () => {
  const PAGES = [PAGE, '/voor-naasten/'];
  const block = (page: Page) => page.locator('aside[aria-labelledby="stuur-door"]');

  it('at 360 × 740: visible, the QR image loads and scans as the written-out link, SVG and PNG to download; the note where the browser cannot share', async () => {
    for (const path of PAGES) {
      const { page, errors, external } = await fresh();
      await go(page, path);
      const box = block(page);
      await box.scrollIntoViewIfNeeded();
      await expect(box.isVisible(), path).resolves.toBe(true);
      await expect(box.locator('h2').innerText()).resolves.toBe(path === PAGE ? S.heading : S.headingHere);
      const img = box.locator('img');
      await page.waitForFunction((el) => (el as HTMLImageElement).complete && (el as HTMLImageElement).naturalWidth > 0, await img.elementHandle());
      const link = await box.locator('[data-share-link]').getAttribute('href');
      expect(link, path).toMatch(/^https?:\/\/[^/]+\/voor-naasten\/$/);
      await expect(box.locator('[data-share-link]').innerText()).resolves.toBe(link!.replace(/^https?:\/\//, ''));
      await expect(img.getAttribute('alt')).resolves.toContain(link!.replace(/^https?:\/\//, ''));
      const png = PNG.sync.read(await img.screenshot());
      expect(jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data, path).toBe(link);
      for (const type of ['svg', 'png']) {
        const a = box.locator(`a[download][href="/voor-professionals/qr/voor-naasten.${type}"]`);
        await expect(a.isVisible()).resolves.toBe(true);
        const res = await page.request.get(baseUrl() + (await a.getAttribute('href'))!);
        expect(res.headers()['content-type'], type).toContain(`image/${type}`);
      }
      await expect(box.getByText(S.note).isVisible()).resolves.toBe(true);
      await expect(box.getByRole('button', { name: S.share }).isVisible()).resolves.toBe(false);
      const box360 = await box.boundingBox();
      expect(box360!.x + box360!.width, path).toBeLessThanOrEqual(360);
      await expect(page.evaluate(() => document.documentElement.scrollWidth)).resolves.toBeLessThanOrEqual(360);
      expect(await axe(page), path).toEqual([]);
      expect(errors).toEqual([]);
      expect(external).toEqual([]);
      if (SHOTS) await box.screenshot({ path: `${SHOTS}/stuur-door-${path === PAGE ? 'iemand-meenemen' : 'voor-naasten'}-360.png` });
    }
  });

  it('where the browser can share, "Deel de link" takes the note’s place without moving anything and shares the link', async () => {
    const heightOf = async (init?: string) => {
      const { page, errors } = await fresh(init ? { init } : {});
      await go(page, PAGE);
      const h = await block(page).evaluate((el) => el.getBoundingClientRect().height);
      return { page, errors, h };
    };
    const without = await heightOf();
    const share = `Object.defineProperty(navigator, 'share', { configurable: true, value: (data) => { window.__shared = data; return Promise.resolve(); } });`;
    const { page, errors, h } = await heightOf(share);
    expect(h).toBe(without.h);
    const button = block(page).getByRole('button', { name: S.share });
    await expect(button.isVisible()).resolves.toBe(true);
    await expect(block(page).getByText(S.note).isVisible()).resolves.toBe(false);
    await button.click();
    const link = await block(page).locator('[data-share-link]').getAttribute('href');
    await expect(page.evaluate(() => (window as unknown as { __shared: unknown }).__shared)).resolves.toEqual({ title: S.shareTitle, text: S.shareText, url: link });
    expect(errors).toEqual([]);
  });

  it('is not read aloud: it holds an address and controls, no text to read', async () => {
    const { page } = await fresh({ voices: [DUTCH] });
    await go(page, PAGE);
    const texts = (await readAll(page)).map((x) => x.text).join(' ');
    for (const t of [S.heading, S.intro.split('.')[0]!, S.note, 'voor-naasten']) expect(texts).not.toContain(t);
  });
});
