import { describe, expect, it } from 'vitest';
import { FIELDS, FORM } from '../../src/lib/worksheet/form';
import { emptySheet, newId } from '../../src/lib/worksheet/model';
import { worksheet as L } from '../../src/i18n/nl/worksheet';
import { cleanDate, cleanTime } from '../../src/lib/worksheet/validate';
import { NOW } from './worksheet-fixtures';

describe('worksheet structure (FORM) and its texts', () => {
  it('has unique block and field keys', () => {
    const blocks = FORM.map((b) => b.key);
    expect(new Set(blocks).size).toBe(blocks.length);
    const fields = FIELDS.map((f) => f.key);
    expect(new Set(fields).size).toBe(fields.length);
  });

  it('names, in every choice, each value with its own Dutch text', () => {
    for (const f of FIELDS) {
      if (f.kind !== 'choice' && f.kind !== 'select') continue;
      const texts = f.values.map((v) => (L.choices[f.key] as Record<string, string>)[v]);
      expect(texts.every((t) => typeof t === 'string' && t.trim().length > 0), f.key).toBe(true);
      expect(new Set(texts).size, `${f.key}: two values read the same`).toBe(texts.length);
    }
  });

  it('refers only to fields that exist, earlier in the same block', () => {
    for (const b of FORM) {
      const seen = new Set<string>();
      for (const f of b.fields) {
        const refs = ['showIf' in f ? f.showIf.field : null, 'printWith' in f ? f.printWith : null, 'of' in f ? f.of : null].filter(Boolean);
        for (const r of refs) expect(seen.has(r!), `${f.key} → ${r}`).toBe(true);
        seen.add(f.key);
      }
    }
  });

  it('gives the empty value of its kind to every field', () => {
    const s = emptySheet('a', NOW);
    for (const f of FIELDS) {
      const v = s[f.key];
      if (f.kind === 'options' || f.kind === 'picked' || f.kind === 'own') expect(v, f.key).toEqual([]);
      else if (f.kind === 'check') expect(Object.keys(v as object), f.key).toEqual([...f.items]);
      else expect(v, f.key).toBe('');
    }
    expect(s.block).toBe(FORM[0].key);
  });

  it('makes short unique ids that are valid element ids', () => {
    const ids = new Set(Array.from({ length: 500 }, () => newId()));
    expect(ids.size).toBe(500);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]{1,10}$/);
  });

  it('starts a worksheet empty', () => {
    const s = emptySheet('a', NOW);
    expect(s.created).toBe(NOW.toISOString());
    expect(s.options).toEqual([]);
  });
});

describe('worksheet dates and times', () => {
  it('accepts real dates only', () => {
    expect(cleanDate('2026-12-31')).toBe('2026-12-31');
    expect(cleanDate('2028-02-29')).toBe('2028-02-29');
    for (const bad of ['2027-02-29', '2026-13-01', '2026-1-1', ' 2026-01-01', '0050-01-01', 20260101, null]) {
      expect(cleanDate(bad)).toBe('');
    }
  });

  it('accepts HH:MM times only', () => {
    expect(cleanTime('09:05')).toBe('09:05');
    for (const bad of ['9:05', '24:00', '12:60', '12:00:00']) expect(cleanTime(bad)).toBe('');
  });
});
