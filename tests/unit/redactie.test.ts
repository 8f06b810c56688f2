/**
 * The local editor (`npm run redactie`, src/redactie/): forms come from the
 * schemas' meta; a save without changes leaves every collection's file as it
 * was; an edit changes only its own field and still parses; a page body with
 * components survives; an invalid save is refused in Dutch, naming the field,
 * and leaves the file untouched. Works on a copy of content/.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formFields, formValues, renderForm } from '../../src/redactie/form';
import { editorServer } from '../../src/redactie/server';
import { useEditorServer } from '../support/editor';
import { EDITABLE, listEntries, readEntry, saveEntry } from '../../src/redactie/store';
import { readContent } from '../../src/model/read';

let dir = '';
beforeAll(() => {
  dir = join(mkdtempSync(join(tmpdir(), 'keuzehulp-redactie-')), 'content');
  cpSync('content', dir, { recursive: true });
});
afterAll(() => rmSync(join(dir, '..'), { recursive: true, force: true }));

/** What a browser would send for the form as it is shown (unchanged). */
function submitted(html: string): URLSearchParams {
  const form = new URLSearchParams();
  const attr = (tag: string, name: string) => new RegExp(`${name}="([^"]*)"`).exec(tag)?.[1];
  const unescape = (s: string) => s.replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
  for (const m of html.matchAll(/<input [^>]*>/g)) {
    const tag = m[0];
    const name = attr(tag, 'name');
    if (!name) continue;
    if (/type="checkbox"/.test(tag) && !/ checked/.test(tag)) continue;
    form.append(name, unescape(attr(tag, 'value') ?? ''));
  }
  for (const m of html.matchAll(/<textarea [^>]*name="([^"]+)"[^>]*>\n([\s\S]*?)<\/textarea>/g)) form.append(m[1]!, unescape(m[2]!));
  for (const m of html.matchAll(/<select [^>]*name="([^"]+)"[^>]*>([\s\S]*?)<\/select>/g)) form.append(m[1]!, unescape(/<option selected>([^<]*)<\/option>/.exec(m[2]!)?.[1] ?? ''));
  return form;
}

describe('forms from the schemas', () => {
  it('show the Dutch label and hint of each field', () => {
    const fields = formFields('glossary');
    expect(fields.map((f) => f.label)).toEqual(['Begrip', 'Andere vormen', 'Korte uitleg', 'Lange uitleg', 'Meer lezen']);
    const html = renderForm(readEntry(dir, 'glossary', 'bedrijfsarts')!);
    expect(html).toContain('<label for="veld-short">Korte uitleg</label>');
    expect(html).toContain('Eén zin op B1-niveau.');
    expect(formFields('pages').find((f) => f.name === 'reviewed')).toMatchObject({ label: 'Laatst gecontroleerd', widget: 'date' });
    expect(formFields('pages').find((f) => f.name === 'phases')).toMatchObject({ widget: 'multiselect', choices: [1, 2, 3, 4], numeric: true });
  });

  it('name a group of checkboxes with a fieldset and legend, not a label pointing at no control', () => {
    const html = renderForm(readEntry(dir, 'pages', 'over')!);
    const label = formFields('pages').find((f) => f.name === 'phases')!.label;
    expect(html).toMatch(new RegExp(`<fieldset class="veld" aria-describedby="veld-phases-hulp"><legend>${label} <small>\\(phases\\)</small></legend>`));
    expect(html).not.toContain('<label for="veld-phases">');
    // Every label's `for` names a control that exists.
    for (const [, id] of html.matchAll(/<label for="([^"]+)"/g)) expect(html, id).toMatch(new RegExp(`<(input|textarea|select) [^>]*id="${id}"`));
  });
});

describe('saving', () => {
  it('leaves the file untouched when nothing changed, for entries of every collection', () => {
    // The first three and the last of each collection (all entries take long in one YAML file of a hundred terms).
    const sample = (ids: string[]) => ids.filter((_, i) => i < 3 || i === ids.length - 1);
    for (const c of EDITABLE) for (const id of sample(listEntries(dir, c))) {
      const entry = readEntry(dir, c, id)!;
      const before = readFileSync(entry.file, 'utf8');
      const { values, body, problems } = formValues(c, submitted(renderForm(entry)));
      expect(problems, `${c}/${id}`).toEqual([]);
      expect(saveEntry(dir, c, id, values, body), `${c}/${id}`).toEqual({ status: 'ongewijzigd', file: entry.file });
      expect(readFileSync(entry.file, 'utf8')).toBe(before);
    }
  });

  it('changes only the edited field of a glossary term, and the result parses', () => {
    const entry = readEntry(dir, 'glossary', 'bedrijfsarts')!;
    const before = readFileSync(entry.file, 'utf8');
    const form = submitted(renderForm(entry));
    form.set('short', 'Een arts voor werk en gezondheid, die jou en je werkgever advies geeft.');
    const { values, body } = formValues('glossary', form);
    expect(saveEntry(dir, 'glossary', 'bedrijfsarts', values, body)).toMatchObject({ status: 'opgeslagen', changed: ['short'] });
    const after = readFileSync(entry.file, 'utf8');
    const changed = after.split('\n').filter((line, i) => line !== before.split('\n')[i]);
    expect(changed).toEqual(['  short: Een arts voor werk en gezondheid, die jou en je werkgever advies geeft.']);
    const { entries, problems } = readContent({ dir });
    expect(problems).toEqual([]);
    expect(entries.glossary.find((t) => t.id === 'bedrijfsarts')?.data.short).toMatch(/^Een arts voor werk/);
  });

  it('rewrites a list, a nested field and a new optional field in place, leaving the other lines alone', () => {
    const entry = readEntry(dir, 'pages', 'over')!;
    const before = readFileSync(entry.file, 'utf8').split('\n');
    const form = submitted(renderForm(entry));
    form.delete('phases');
    for (const p of ['1', '2']) form.append('phases', p);
    form.set('navTitle', 'Over de site');
    const sources = form.get('sources')!;
    form.set('sources', `${sources}- title: Wet verbetering poortwachter\n  publisher: Overheid.nl\n  url: https://wetten.overheid.nl/BWBR0013063/\n`);
    const { values, body, problems } = formValues('pages', form);
    expect(problems).toEqual([]);
    expect(saveEntry(dir, 'pages', 'over', values, body)).toMatchObject({ status: 'opgeslagen', changed: ['phases', 'sources', 'navTitle'] });
    const after = readFileSync(entry.file, 'utf8').split('\n');
    expect(after.filter((line) => !before.includes(line))).toEqual(expect.arrayContaining(['phases: [1, 2]', 'navTitle: Over de site', '    url: https://wetten.overheid.nl/BWBR0013063/']));
    expect(before.filter((line) => !after.includes(line))).toEqual([expect.stringMatching(/^phases: /)]);
    const parsed = readContent({ dir }).entries.pages.find((p) => p.id === 'over')!;
    expect(parsed.data.phases).toEqual([1, 2]);
    expect(parsed.data.navTitle).toBe('Over de site');
    expect(parsed.data.sources.at(-1)?.publisher).toBe('Overheid.nl');
  });

  it('keeps a page body with its components exactly as written', () => {
    const entry = readEntry(dir, 'pages', 'samen-beslissen')!;
    const frontmatter = readFileSync(entry.file, 'utf8').split('\n---\n')[0];
    const body = `${entry.body}\n<Note title="Goed om te weten">\nJe mag altijd om bedenktijd vragen.\n</Note>\n`;
    const form = submitted(renderForm(entry));
    form.set('__body', body.replace(/\n/g, '\r\n'));
    const { values, body: sent } = formValues('pages', form);
    expect(saveEntry(dir, 'pages', 'samen-beslissen', values, sent)).toMatchObject({ status: 'opgeslagen', changed: ['body'] });
    expect(readEntry(dir, 'pages', 'samen-beslissen')!.body).toBe(body);
    expect(readFileSync(entry.file, 'utf8').split('\n---\n')[0]).toBe(frontmatter);
  });

  it('refuses an invalid value in Dutch, naming the field, and writes nothing', () => {
    const entry = readEntry(dir, 'pages', 'over')!;
    const before = readFileSync(entry.file, 'utf8');
    const result = saveEntry(dir, 'pages', 'over', { summary: 'Te kort.' });
    expect(result.status).toBe('geweigerd');
    expect(result.status === 'geweigerd' && result.problems.map((p) => p.message)).toEqual([expect.stringMatching(/over\.mdx: het veld "summary" \(In het kort\): Te kort/)]);
    expect(readFileSync(entry.file, 'utf8')).toBe(before);
  });
});

describe('the server', () => {
  const editor = useEditorServer(() => editorServer(dir));

  it('lists the content and shows a form', async () => {
    expect(await (await fetch(`${editor.base}/`)).text()).toContain('/bewerk?c=glossary&amp;id=bedrijfsarts');
    const res = await fetch(`${editor.base}/bewerk?c=stories&id=annemiek`);
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('<label for="veld-alias">Naam</label>');
  });

  it('refuses an invalid save with a Dutch message at the field, and keeps the file', async () => {
    const entry = readEntry(dir, 'stories', 'annemiek')!;
    const before = readFileSync(entry.file, 'utf8');
    const form = submitted(renderForm(entry));
    form.set('alias', 'A');
    const res = await fetch(`${editor.base}/bewerk?c=stories&id=annemiek`, { method: 'POST', body: form, redirect: 'manual' });
    expect(res.status).toBe(422);
    const html = await res.text();
    expect(html).toContain('Niet opgeslagen');
    expect(html).toMatch(/het veld &quot;alias&quot; \(Naam\): Te kort/);
    // A screen reader hears the message with the field: the control is marked invalid and points to it.
    expect(html).toContain('<input type="text" name="alias" id="veld-alias" aria-describedby="veld-alias-hulp veld-alias-fout" aria-invalid="true"');
    expect(html).toMatch(/<div id="veld-alias-fout"><p class="melding">[^<]*Te kort/);
    expect(html).not.toMatch(/id="veld-[a-z]+" aria-describedby="veld-[a-z]+-hulp" aria-invalid/); // only the refused field
    expect(readFileSync(entry.file, 'utf8')).toBe(before);
  });

  it('saves a valid edit and says so', async () => {
    const entry = readEntry(dir, 'stories', 'annemiek')!;
    const form = submitted(renderForm(entry));
    form.set('alias', 'Annemieke');
    const res = await fetch(`${editor.base}/bewerk?c=stories&id=annemiek`, { method: 'POST', body: form, redirect: 'manual' });
    expect(res.status).toBe(303);
    expect(decodeURIComponent(res.headers.get('location') ?? '')).toContain('Opgeslagen in');
    expect(readFileSync(entry.file, 'utf8')).toMatch(/^alias: Annemieke$/m);
  });
});
