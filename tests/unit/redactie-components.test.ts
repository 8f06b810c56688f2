/**
 * The site's MDX components in the editor (src/redactie/components.ts): every
 * registered component is described in Dutch, its insert form makes a tag that
 * passes the check, every body in content/ passes the check (so editing a page
 * keeps its components), and a body with an unknown component, a missing
 * prop, an unknown id or an unclosed tag is refused naming the component and
 * the line, leaving the file untouched. Works on a copy of content/.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkBody, COMPONENT_SPECS, mdxComponentNames, snippet } from '../../src/redactie/components';
import { editorServer } from '../../src/redactie/server';
import { useEditorServer } from '../support/editor';
import { listEntries, readEntry, saveEntry } from '../../src/redactie/store';
import { formFields } from '../../src/redactie/form';

let dir = '';
beforeAll(() => {
  dir = join(mkdtempSync(join(tmpdir(), 'keuzehulp-onderdelen-')), 'content');
  cpSync('content', dir, { recursive: true });
});
afterAll(() => rmSync(join(dir, '..'), { recursive: true, force: true }));

const spec = (name: string) => COMPONENT_SPECS.find((s) => s.name === name)!;

describe('the component list', () => {
  it('describes exactly the components the site registers for MDX, each prop in Dutch', () => {
    expect(COMPONENT_SPECS.map((s) => s.name).sort()).toEqual(mdxComponentNames().sort());
    for (const s of COMPONENT_SPECS) {
      expect(s.label.length, s.name).toBeGreaterThan(3);
      for (const p of s.props) expect(p.help.length, `${s.name}.${p.name}`).toBeGreaterThan(10);
    }
    expect(spec('Later').label).toBe('Verder vooruitkijken');
  });

  it('labels its fields so that no entry field’s label contains them or is contained in them (forms are found by label)', () => {
    const own = COMPONENT_SPECS.flatMap((s) => s.props.map((p) => p.label)).concat('Inhoud van het blok');
    const clash = (['pages', 'stories', 'steps', 'phases'] as const).flatMap((c) =>
      [...formFields(c).map((f) => f.label), 'Tekst (MDX)'].flatMap((field) =>
        own.filter((label) => label.toLowerCase().includes(field.toLowerCase()) || field.toLowerCase().includes(label.toLowerCase())).map((label) => `${c}: “${field}” ~ “${label}”`),
      ),
    );
    expect(clash).toEqual([]);
  });

  it('makes tags from the form values that pass the check', () => {
    expect(snippet(spec('Later'), { title: 'Wat gebeurt er na twee jaar?', fromPhase: '' }, 'Dan kijkt UWV naar je werk.')).toBe('<Later title="Wat gebeurt er na twee jaar?">\nDan kijkt UWV naar je werk.\n</Later>');
    expect(snippet(spec('Bedrag'), { id: 'iva' })).toBe('<Bedrag id="iva" />');
    const option = snippet(spec('Option'), { title: 'Rustig opbouwen', good: 'Je merkt wat je aankan\nMinder druk', bad: 'Het duurt langer\n' });
    expect(option).toBe('<Option title="Rustig opbouwen" good={["Je merkt wat je aankan", "Minder druk"]} bad={["Het duurt langer"]} />');
    expect(checkBody(`<Options>\n${option}\n</Options>\n\nOver <Week m="probleemanalyse" /> en <Hulpnummer soort="gratis" />.\n`, dir)).toEqual([]);
  });

  it('accepts every body in content/ as it is (components survive an edit)', () => {
    const bad: string[] = [];
    for (const c of ['pages', 'stories', 'steps', 'phases'] as const) {
      for (const id of listEntries(dir, c)) {
        for (const p of checkBody(readEntry(dir, c, id)!.body ?? '', dir)) bad.push(`${c}/${id}: ${p.message}`);
      }
    }
    expect(bad).toEqual([]);
  });
});

describe('the body check', () => {
  const cases: [string, string, RegExp][] = [
    ['an unknown component', 'Tekst.\n\n<Waarschuwing>Let op.</Waarschuwing>\n', /^Regel 3: het onderdeel <Waarschuwing> bestaat niet/],
    ['a missing required prop', 'Tekst.\n<Later>\nLater meer.\n</Later>\n', /^Regel 2: <Later> mist “title”/],
    ['an unknown amount', 'Je krijgt <Bedrag id="vakantiegeld" />.\n', /^Regel 1: <Bedrag id="vakantiegeld"> noemt iets wat niet bestaat in bedragen\.yaml/],
    ['an unknown moment', '\n\nIn <Week m="week-6" />.\n', /^Regel 3: <Week m="week-6"> noemt iets wat niet bestaat in de tijdlijn/],
    ['an unclosed block', '<Note title="Goed om te weten">\nJe mag vragen stellen.\n\nMeer tekst.\n', /^Regel 1: <Note> wordt niet gesloten/],
    ['crossed tags', '<Later title="Na twee jaar">\n<Note>\nTekst.\n</Later>\n</Note>\n', /^Regel 4: <\/Later> sluit, maar <Note> van regel 2 is nog open/],
    ['an unknown prop', '<Note kleur="rood">Tekst.</Note>\n', /^Regel 1: <Note> kent de eigenschap “kleur” niet/],
  ];
  for (const [what, body, message] of cases) {
    it(`refuses ${what}, naming the component and the line`, () => {
      expect(checkBody(body, dir).map((p) => p.message)).toEqual([expect.stringMatching(message)]);
    });
  }

  it('ignores tags inside code', () => {
    expect(checkBody('Schrijf `<Bedrag id="x" />` niet zo.\n\n```\n<Onbekend>\n```\n', dir)).toEqual([]);
  });

  it('keeps the file untouched when a save is refused, and saves a page with a new block exactly', () => {
    const entry = readEntry(dir, 'pages', 'samen-beslissen')!;
    const before = readFileSync(entry.file, 'utf8');
    const result = saveEntry(dir, 'pages', 'samen-beslissen', {}, `${entry.body}\n<Bedrag id="vakantiegeld" />\n`);
    expect(result.status).toBe('geweigerd');
    expect(result.status === 'geweigerd' && result.problems[0]).toMatchObject({ field: 'body', message: expect.stringMatching(/samen-beslissen\/index\.mdx: de tekst, regel \d+: <Bedrag id="vakantiegeld">/) });
    expect(readFileSync(entry.file, 'utf8')).toBe(before);
    const body = `${entry.body}\n${snippet(spec('Later'), { title: 'Wat als het niet lukt?' }, 'Dan kijk je samen opnieuw.')}\n`;
    expect(saveEntry(dir, 'pages', 'samen-beslissen', {}, body)).toMatchObject({ status: 'opgeslagen', changed: ['body'] });
    expect(readEntry(dir, 'pages', 'samen-beslissen')!.body).toBe(body);
  });
});

describe('the editor pages', () => {
  const editor = useEditorServer(() => editorServer(dir));

  it('list the components with a form per component under an MDX entry, not under a YAML entry', async () => {
    const html = await (await fetch(`${editor.base}/bewerk?c=stories&id=annemiek`)).text();
    expect(html).toContain('<h2>Onderdeel invoegen</h2>');
    expect(html).toContain('Verder vooruitkijken <code>&lt;Later&gt;</code>');
    expect(html).toMatch(/<form method="get" action="\/onderdeel" target="_blank"><input type="hidden" name="naam" value="Bedrag"><div class="veld"><label for="onderdeel-Bedrag-id">Welk bedrag<\/label>[\s\S]*?<option>maximumdagloon<\/option>/);
    expect(await (await fetch(`${editor.base}/bewerk?c=glossary&id=bedrijfsarts`)).text()).not.toContain('Onderdeel invoegen');
  });

  it('show the snippet to copy, with a Dutch problem when a required prop is empty', async () => {
    const ok = await (await fetch(`${editor.base}/onderdeel?naam=Later&title=Wat+gebeurt+er+later%3F&fromPhase=&__tekst=Meer+daarover.`)).text();
    expect(ok).toContain('&lt;Later title=&quot;Wat gebeurt er later?&quot;&gt;\nMeer daarover.\n&lt;/Later&gt;</textarea>');
    expect(ok).not.toContain('Nog niet goed');
    const empty = await (await fetch(`${editor.base}/onderdeel?naam=Option&title=&good=&bad=`)).text();
    expect(empty).toContain('Nog niet goed');
    expect(empty).toContain('&lt;Option&gt; mist “title” (Optie)');
  });
});
