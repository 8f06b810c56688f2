/**
 * The review date on save in the local editor (issue #25 §1,
 * src/redactie/reviewed.ts): a changed factual entry without a new
 * `reviewed` date is refused in Dutch at the choice next to Opslaan and the
 * file stays as it was; the ticked choice writes today's date (an injected
 * clock) with the change; an unchanged save leaves the file byte-identical.
 * Works on a copy of content/.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formFields } from '../../src/redactie/form';
import { hasReviewed, REVIEW_FIELD, REVIEW_NEEDED, reviewLabel, todayIso } from '../../src/redactie/reviewed';
import { editorServer } from '../../src/redactie/server';
import { EDITABLE, listEntries, readEntry, saveEntry } from '../../src/redactie/store';
import { readContent } from '../../src/model/read';

const CLOCK = new Date(2027, 2, 4, 9, 30); // 4 March 2027, local time
const TODAY = '2027-03-04';

let dir = '';
let base = '';
let server: Server;
beforeAll(async () => {
  dir = join(mkdtempSync(join(tmpdir(), 'keuzehulp-redactie-reviewed-')), 'content');
  cpSync('content', dir, { recursive: true });
  server = editorServer(dir, { now: () => CLOCK });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
  rmSync(join(dir, '..'), { recursive: true, force: true });
});

/** The form as shown, as a browser would send it (hidden and visible inputs, text areas and selects). */
async function shownForm(c: string, id: string): Promise<{ html: string; form: URLSearchParams }> {
  const html = await (await fetch(`${base}/bewerk?c=${c}&id=${id}`)).text();
  const form = new URLSearchParams();
  const attr = (tag: string, name: string) => new RegExp(`${name}="([^"]*)"`).exec(tag)?.[1];
  const unescape = (s: string) => s.replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
  // Only the entry's own form: the component forms below it have fields too (one is called title).
  const own = html.slice(0, html.indexOf('</form>'));
  for (const m of own.matchAll(/<input [^>]*>/g)) {
    const name = attr(m[0], 'name');
    if (!name || (/type="checkbox"/.test(m[0]) && !/ checked/.test(m[0]))) continue;
    form.append(name, unescape(attr(m[0], 'value') ?? ''));
  }
  for (const m of own.matchAll(/<textarea [^>]*name="([^"]+)"[^>]*>\n([\s\S]*?)<\/textarea>/g)) form.append(m[1]!, unescape(m[2]!));
  for (const m of own.matchAll(/<select [^>]*name="([^"]+)"[^>]*>([\s\S]*?)<\/select>/g)) form.append(m[1]!, unescape(/<option selected>([^<]*)<\/option>/.exec(m[2]!)?.[1] ?? ''));
  return { html, form };
}

const post = (c: string, id: string, form: URLSearchParams) => fetch(`${base}/bewerk?c=${c}&id=${id}`, { method: 'POST', body: form, redirect: 'manual' });

describe('the review choice', () => {
  it('is offered for the editable collections with a reviewed date, and only there', () => {
    expect(EDITABLE.filter(hasReviewed)).toEqual(['pages', 'steps', 'cards']);
  });

  it('shows today in Dutch next to Opslaan, with a label no field label is part of (forms are found by label)', async () => {
    const { html } = await shownForm('pages', 'over');
    expect(html).toMatch(/<input type="checkbox" name="__gecontroleerd" id="veld-gecontroleerd" value="ja"[^>]*> <label for="veld-gecontroleerd">Ik heb de feiten vandaag nagekeken: zet de controledatum op 4 maart 2027<\/label>[\s\S]*?<\/div><p><button type="submit">Opslaan<\/button>/);
    expect((await shownForm('stories', 'annemiek')).html).not.toContain(REVIEW_FIELD);
    const label = reviewLabel(TODAY).toLowerCase();
    const clash = (['pages', 'steps', 'cards'] as const).flatMap((c) => [...formFields(c).map((f) => f.label), 'Tekst (MDX)'].filter((f) => label.includes(f.toLowerCase()) || f.toLowerCase().includes(label)));
    expect(clash).toEqual([]);
  });

  it('takes today from the local clock, not UTC', () => {
    const zone = process.env['TZ'];
    process.env['TZ'] = 'Europe/Amsterdam'; // a quarter past midnight here is still the old year in UTC
    try {
      expect(todayIso(new Date(2027, 0, 1, 0, 15))).toBe('2027-01-01');
    } finally {
      if (zone === undefined) delete process.env['TZ'];
      else process.env['TZ'] = zone;
    }
  });
});

describe('saving a factual entry', () => {
  it('refuses a changed body without a new date, in Dutch at the choice, and leaves the file untouched', async () => {
    const entry = readEntry(dir, 'pages', 'over')!;
    const before = readFileSync(entry.file, 'utf8');
    const { form } = await shownForm('pages', 'over');
    form.set('__body', `${form.get('__body')}\nEen extra zin voor de test.\n`);
    const res = await post('pages', 'over', form);
    expect(res.status).toBe(422);
    const html = await res.text();
    expect(html).toContain('Niet opgeslagen');
    expect(html).toMatch(/<div class="veld fout"><input type="checkbox" name="__gecontroleerd"[\s\S]*?<div id="veld-gecontroleerd-fout"><p class="melding">Je hebt de inhoud veranderd\. Zet een datum bij ‘laatst gecontroleerd’, of vink aan dat je vandaag hebt gecontroleerd\.<\/p><\/div><\/div><p><button/);
    expect(html).toContain('Een extra zin voor de test.'); // the edit is still in the form
    expect(readFileSync(entry.file, 'utf8')).toBe(before);
  });

  it('refuses a changed field of a step the same way (store level)', () => {
    const entry = readEntry(dir, 'steps', listFirst('steps'))!;
    const before = readFileSync(entry.file, 'utf8');
    const result = saveEntry(dir, 'steps', entry.id, { summary: `${String(entry.raw['summary']).slice(0, 100)} Nu anders.` }, undefined, { ticked: false, today: TODAY });
    expect(result).toMatchObject({ status: 'geweigerd', problems: [{ field: REVIEW_FIELD, message: REVIEW_NEEDED }] });
    expect(readFileSync(entry.file, 'utf8')).toBe(before);
  });

  it('saves a change with a reviewed date the maintainer typed', async () => {
    const { form } = await shownForm('pages', 'over');
    form.set('navTitle', 'Over deze site');
    form.set('reviewed', '2027-02-01');
    const res = await post('pages', 'over', form);
    expect(res.status).toBe(303);
    const text = readFileSync(readEntry(dir, 'pages', 'over')!.file, 'utf8');
    expect(text).toMatch(/^reviewed: 2027-02-01$/m);
    expect(text).toMatch(/^navTitle: Over deze site$/m);
  });

  it('sets reviewed to today when ticked, written with the change and nothing else', async () => {
    const entry = readEntry(dir, 'pages', 'over')!;
    const before = readFileSync(entry.file, 'utf8').split('\n');
    const { form } = await shownForm('pages', 'over');
    const body = `${form.get('__body')}\nNog een zin voor de test.\n`;
    form.set('__body', body);
    form.set(REVIEW_FIELD, 'ja');
    const res = await post('pages', 'over', form);
    expect(res.status).toBe(303);
    expect(decodeURIComponent(res.headers.get('location') ?? '')).toContain('reviewed, body');
    const after = readFileSync(entry.file, 'utf8').split('\n');
    const frontmatter = (lines: string[]) => lines.slice(0, lines.indexOf('---', 1));
    expect(frontmatter(after).filter((line, i) => line !== frontmatter(before)[i])).toEqual([`reviewed: ${TODAY}`]);
    expect(readEntry(dir, 'pages', 'over')!.body).toBe(body);
    expect(readContent({ dir }).entries.pages.find((p) => p.id === 'over')!.data.reviewed.toISOString().slice(0, 10)).toBe(TODAY);
  });

  it('ticked on an otherwise unchanged card sets only the date ("I checked it again")', () => {
    const id = listFirst('cards');
    const entry = readEntry(dir, 'cards', id)!;
    const before = readFileSync(entry.file, 'utf8').split('\n');
    expect(saveEntry(dir, 'cards', id, {}, undefined, { ticked: true, today: TODAY })).toMatchObject({ status: 'opgeslagen', changed: ['reviewed'] });
    const after = readFileSync(entry.file, 'utf8').split('\n');
    expect(after.filter((line, i) => line !== before[i])).toEqual([`reviewed: ${TODAY}`]);
  });

  it('leaves the file byte-identical on an unchanged save, ticked or not when the date is already today', async () => {
    const entry = readEntry(dir, 'steps', listFirst('steps'))!;
    const before = readFileSync(entry.file, 'utf8');
    const { form } = await shownForm('steps', entry.id);
    const res = await post('steps', entry.id, form);
    expect(res.status).toBe(303);
    expect(decodeURIComponent(res.headers.get('location') ?? '')).toContain('Niets veranderd');
    expect(readFileSync(entry.file, 'utf8')).toBe(before);
    // A page whose date is already today: ticking changes nothing either.
    const page = readEntry(dir, 'pages', 'over')!;
    const now = readFileSync(page.file, 'utf8');
    const again = (await shownForm('pages', 'over')).form;
    again.set(REVIEW_FIELD, 'ja');
    expect(decodeURIComponent((await post('pages', 'over', again)).headers.get('location') ?? '')).toContain('Niets veranderd');
    expect(readFileSync(page.file, 'utf8')).toBe(now);
  });
});

const listFirst = (c: 'steps' | 'cards') => listEntries(dir, c)[0]!;
