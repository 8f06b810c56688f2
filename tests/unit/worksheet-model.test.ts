import { describe, expect, it } from 'vitest';
import { CONVERSATIONS } from '../../src/data/vocab';
import { CONVERSATION_KEYS, emptySheet, newId } from '../../src/lib/worksheet/model';
import { LABELS } from '../../src/lib/worksheet/labels';
import { cleanDate, cleanTime } from '../../src/lib/worksheet/validate';
import { NOW } from './worksheet-fixtures';

describe('worksheet model', () => {
  it('knows the same conversation types as the vocabulary', () => {
    expect([...CONVERSATION_KEYS]).toEqual(Object.keys(CONVERSATIONS));
    expect(LABELS.about.conversations.map(([k]) => k)).toEqual(Object.keys(CONVERSATIONS));
  });

  it('has one title and intro per block, and four check questions', () => {
    expect(LABELS.blocks).toHaveLength(7);
    expect(LABELS.check.questions.map((q) => q.key)).toEqual(['zeker', 'snap', 'waarde', 'steun']);
    expect(LABELS.options.weights).toEqual(['niet', 'een beetje', 'belangrijk', 'heel belangrijk']);
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
