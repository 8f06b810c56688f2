/**
 * Dated amounts are content (content/bedragen.yaml), checked by the schema the
 * accessor uses (amountSchema, src/data/amounts.ts), and editable in the local
 * editor: an unchanged save leaves the file byte-identical, an edit changes one
 * line, and a euro amount without an end date is refused in Dutch.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { AMOUNTS, AMOUNTS_FILE, parseAmounts } from '../../src/data/amounts';
import { formFields, formValues, renderForm } from '../../src/redactie/form';
import { listEntries, readEntry, saveEntry } from '../../src/redactie/store';

let dir = '';
beforeAll(() => {
  dir = join(mkdtempSync(join(tmpdir(), 'keuzehulp-bedragen-')), 'content');
  cpSync('content', dir, { recursive: true });
});
afterAll(() => rmSync(join(dir, '..'), { recursive: true, force: true }));

const raw = () => parse(readFileSync(AMOUNTS_FILE, 'utf8')) as Record<string, unknown>[];

describe('amounts as content', () => {
  it('are read from content/bedragen.yaml through the schema', () => {
    expect(AMOUNTS_FILE).toBe('content/bedragen.yaml');
    expect(AMOUNTS.map((a) => a.id)).toEqual(raw().map((a) => a['id']));
    expect(AMOUNTS.find((a) => a.id === 'iva')).toMatchObject({ kind: 'percent', value: 75, validUntil: null });
  });

  it('refuse a euro amount without an end date, an end before the start, a bad URL and a double id, in Dutch', () => {
    const euro = raw().find((a) => a['kind'] === 'euro')!;
    expect(() => parseAmounts([{ ...euro, validUntil: null }])).toThrow(/bedrag "maximumdagloon", het veld "validUntil": Een bedrag in euro’s heeft altijd een einddatum/);
    expect(() => parseAmounts([{ ...euro, validUntil: '2025-01-01' }])).toThrow(/einddatum moet na de begindatum/);
    expect(() => parseAmounts([{ ...euro, source: { title: 'Ergens', url: 'http://example.org/' } }])).toThrow(/begint met https/);
    expect(() => parseAmounts([euro, euro])).toThrow(/twee keer/);
    // A YAML reader that makes a Date of an unquoted date gives the same result.
    expect(parseAmounts([{ ...euro, validFrom: new Date('2026-01-01T00:00:00Z') }])[0]?.validFrom).toBe('2026-01-01');
  });
});

describe('amounts in the editor', () => {
  it('have Dutch labels and save unchanged without touching the file', () => {
    expect(formFields('amounts').map((f) => f.label)).toEqual(['Omschrijving', 'Soort', 'Waarde', 'Eenheid', 'Geldig vanaf', 'Geldig tot en met', 'Regel', 'Bron']);
    expect(listEntries(dir, 'amounts')).toEqual(AMOUNTS.map((a) => a.id));
    for (const id of ['maximumdagloon', 'iva']) {
      const entry = readEntry(dir, 'amounts', id)!;
      const before = readFileSync(entry.file, 'utf8');
      const html = renderForm(entry);
      const form = new URLSearchParams();
      for (const m of html.matchAll(/<input type="(?:text|number|date)" name="([^"]+)"[^>]*value="([^"]*)"/g)) form.append(m[1]!, m[2]!);
      for (const m of html.matchAll(/<textarea name="([^"]+)"[^>]*>\n([\s\S]*?)<\/textarea>/g)) form.append(m[1]!, m[2]!.replace(/&quot;/g, '"').replace(/&amp;/g, '&'));
      form.append('kind', /<option selected>([^<]*)</.exec(html)![1]!);
      const { values, body, problems } = formValues('amounts', form);
      expect(problems).toEqual([]);
      expect(saveEntry(dir, 'amounts', id, values, body), id).toEqual({ status: 'ongewijzigd', file: entry.file });
      expect(readFileSync(entry.file, 'utf8')).toBe(before);
    }
  });

  it('change one line for a new value, and refuse an emptied end date of a euro amount', () => {
    const file = join(dir, 'bedragen.yaml');
    const before = readFileSync(file, 'utf8').split('\n');
    expect(saveEntry(dir, 'amounts', 'maximumdagloon', { value: 310.5 })).toMatchObject({ status: 'opgeslagen', changed: ['value'] });
    const after = readFileSync(file, 'utf8').split('\n');
    expect(after.filter((l, i) => l !== before[i])).toEqual(['  value: 310.5']);
    expect(parseAmounts(parse(after.join('\n')))[0]).toMatchObject({ id: 'maximumdagloon', value: 310.5 });
    const refused = saveEntry(dir, 'amounts', 'maximumdagloon', { validUntil: undefined });
    expect(refused.status === 'geweigerd' && refused.problems.map((p) => p.message)).toEqual([expect.stringMatching(/het veld "validUntil" \(Geldig tot en met\): Een bedrag in euro’s heeft altijd een einddatum/)]);
    expect(readFileSync(file, 'utf8').split('\n')).toEqual(after);
  });
});
