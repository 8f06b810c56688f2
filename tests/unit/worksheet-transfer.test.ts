import { describe, expect, it } from 'vitest';
import { APP_ID, CURRENT_VERSION, LIMITS, emptySheet } from '../../src/lib/worksheet/model';
import {
  checkFileSize,
  exportFileName,
  exportJson,
  mergeImported,
  parseImport,
} from '../../src/lib/worksheet/transfer';
import { cleanText } from '../../src/lib/worksheet/validate';
import { NOW, counter, fullSheet } from './worksheet-fixtures';

const envelope = (worksheets: unknown, extra: Record<string, unknown> = {}) =>
  JSON.stringify({ app: APP_ID, version: CURRENT_VERSION, exportedAt: NOW.toISOString(), worksheets, ...extra });

describe('worksheet export', () => {
  it('writes the versioned envelope', () => {
    const parsed = JSON.parse(exportJson([fullSheet()], NOW));
    expect(parsed).toEqual({ app: APP_ID, version: CURRENT_VERSION, exportedAt: NOW.toISOString(), worksheets: [fullSheet()] });
  });

  it('names the file after the local date', () => {
    expect(exportFileName(new Date(2026, 0, 7, 23, 59))).toBe('werkblad-2026-01-07.json');
  });

  it('round-trips through import unchanged', () => {
    const sheets = [fullSheet('a'), { ...emptySheet('b', NOW), title: 'Leeg' }];
    const result = parseImport(exportJson(sheets, NOW), NOW, counter());
    expect(result).toEqual({ ok: true, value: sheets });
  });
});

describe('worksheet import: refused files', () => {
  const cases: [string, string, string][] = [
    ['malformed JSON', '{"app": "keuzehulp-werkblad", "version": 2, ', 'not-json'],
    ['plain text', 'Boodschappen: melk, brood', 'not-json'],
    ['empty file', '  \n', 'empty'],
    ['JSON of another app', JSON.stringify({ app: 'iets-anders', version: 2, worksheets: [] }), 'not-ours'],
    ['JSON without app', JSON.stringify({ version: 2, worksheets: [] }), 'not-ours'],
    ['a JSON list', JSON.stringify([fullSheet()]), 'not-ours'],
    ['a future version', envelope([], { version: CURRENT_VERSION + 1 }), 'future'],
    ['no version', JSON.stringify({ app: APP_ID, worksheets: [] }), 'invalid'],
    ['a version as text', envelope([], { version: '2' }), 'invalid'],
    ['worksheets not a list', envelope({ a: 1 }), 'invalid'],
    ['a worksheet that is not an object', envelope([fullSheet(), 'tekst']), 'invalid'],
    ['too many worksheets', envelope(Array.from({ length: LIMITS.sheets + 1 }, () => ({}))), 'too-many'],
  ];
  for (const [name, text, error] of cases) {
    it(`${name} → ${error}`, () => {
      expect(parseImport(text, NOW, counter())).toEqual({ ok: false, error });
    });
  }

  it('refuses files over 1 MB before reading them', () => {
    expect(checkFileSize(LIMITS.importBytes + 1)).toBe('too-large');
    expect(checkFileSize(LIMITS.importBytes)).toBeNull();
    expect(checkFileSize(0)).toBe('empty');
    expect(parseImport(' '.repeat(LIMITS.importBytes + 1), NOW)).toEqual({ ok: false, error: 'too-large' });
  });
});

describe('worksheet import: hostile and damaged content', () => {
  it('keeps HTML as plain text (it is rendered as text, never as HTML)', () => {
    const evil = '<img src=x onerror=alert(1)><script>alert(2)</script>';
    const result = parseImport(envelope([{ ...fullSheet(), title: evil, goal: evil }]), NOW, counter());
    expect(result.ok && result.value[0]).toMatchObject({ title: evil, goal: evil });
  });

  it('removes control and bidi characters, keeps newlines only in long fields', () => {
    const text = 'a\u0000b\u0007c\u001b[31m\u202Ed\ne\tf\u0085';
    const result = parseImport(envelope([{ title: text, goal: text }]), NOW, counter());
    if (!result.ok) throw new Error(result.error);
    expect(result.value[0]!.title).toBe('abc[31md e f');
    expect(result.value[0]!.goal).toBe('abc[31md\ne f');
  });

  it('cuts strings that are too long', () => {
    const result = parseImport(envelope([{ title: 'x'.repeat(5000), goal: 'y'.repeat(10000) }]), NOW, counter());
    if (!result.ok) throw new Error(result.error);
    expect(result.value[0]!.title).toHaveLength(LIMITS.short);
    expect(result.value[0]!.goal).toHaveLength(LIMITS.long);
  });

  it('never cuts an emoji in half', () => {
    const s = cleanText('x'.repeat(LIMITS.short - 1) + '😀');
    expect(s).toBe('x'.repeat(LIMITS.short - 1));
  });

  it('turns wrong types into empty values', () => {
    const result = parseImport(
      envelope([
        {
          id: 12,
          title: { html: '<b>' },
          date: '2026-02-30',
          time: '25:00',
          mode: 'postduif',
          conversation: 'baas',
          options: [{ name: 5, pros: [{ text: 'goed', weight: 7 }], cons: 'geen' }, 'x'],
          leaning: 'bestaat-niet',
          sure: { zeker: true, snap: 'ja' },
          picked: 'alles',
          own: [{ text: null }],
          block: 'bestaat-niet',
          created: 'gisteren',
        },
      ]),
      NOW,
      counter('n'),
    );
    if (!result.ok) throw new Error(result.error);
    const [s] = result.value;
    expect(s).toMatchObject({
      title: '',
      date: '',
      time: '',
      mode: '',
      conversation: '',
      leaning: '',
      sure: { zeker: '', snap: 'ja', waarde: '', steun: '' },
      picked: [],
      own: [{ text: '' }],
      block: 'gesprek',
      created: NOW.toISOString(),
    });
    expect(s!.id).toMatch(/^n\d+$/);
    expect(s!.options).toHaveLength(1);
    expect(s!.options[0]).toMatchObject({ name: '', pros: [{ text: 'goed', weight: null }], cons: [] });
  });

  it('caps options at five and keeps ids unique inside a worksheet', () => {
    const option = { id: 'o', name: 'Zelfde', pros: [{ id: 'o', text: 'x', weight: 1 }], cons: [] };
    const result = parseImport(envelope([{ options: Array(8).fill(option) }]), NOW, counter('n'));
    if (!result.ok) throw new Error(result.error);
    const ids = result.value[0]!.options.flatMap((o) => [o.id, ...o.pros.map((p) => p.id)]);
    expect(result.value[0]!.options).toHaveLength(LIMITS.options);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('worksheet import: merging', () => {
  it('adds imported worksheets next to existing ones, with new ids on clashes', () => {
    const existing = [fullSheet('a')];
    const incoming = [{ ...fullSheet('a'), title: 'Anders' }, fullSheet('b')];
    const merged = mergeImported(existing, incoming, counter('n'));
    if (!merged.ok) throw new Error(merged.error);
    expect(merged.value.worksheets.map((s) => s.id)).toEqual(['a', 'n1', 'b']);
    expect(merged.value.worksheets[0]).toEqual(fullSheet('a'));
    expect(merged.value).toMatchObject({ added: 2, skipped: 0 });
  });

  it('skips exact copies (importing the same file twice)', () => {
    const merged = mergeImported([fullSheet('a')], [{ ...fullSheet('a'), block: 'steun' }]);
    expect(merged.ok && merged.value).toMatchObject({ added: 0, skipped: 1 });
  });

  it('refuses to go over the maximum number of worksheets', () => {
    const many = Array.from({ length: LIMITS.sheets }, (_, i) => fullSheet(`s${i}`));
    expect(mergeImported(many, [fullSheet('nieuw')])).toEqual({ ok: false, error: 'too-many' });
  });
});
