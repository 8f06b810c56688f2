/**
 * The self-check is kept only when asked, never under "niets bewaren", and a
 * stored value is checked before it is used (src/lib/selfcheck-store.ts).
 */
import { describe, expect, it } from 'vitest';
import { SAVING_OFF, SETTING_KEY } from '../../src/lib/saving-choice';
import { NEXT_MAX, clearSelfCheck, parseSelfCheck, readSelfCheck, selfCheckKey, writeSelfCheck } from '../../src/lib/selfcheck-store';

function memoryStorage(initial: Record<string, string> = {}): Storage {
  const data = new Map(Object.entries(initial));
  return {
    get length() {
      return data.size;
    },
    key: (i) => [...data.keys()][i] ?? null,
    getItem: (k) => data.get(k) ?? null,
    setItem: (k, v) => void data.set(k, String(v)),
    removeItem: (k) => void data.delete(k),
    clear: () => data.clear(),
  };
}

const IDS = ['luisteren', 'doel'];

describe('self-check storage', () => {
  it('writes, reads and clears one role', () => {
    const s = memoryStorage();
    expect(writeSelfCheck(s, 'leidinggevende', { ticked: ['doel'], next: 'Eerst vragen hoe het gaat.' })).toBe(true);
    expect(readSelfCheck(s, 'leidinggevende', IDS)).toEqual({ ticked: ['doel'], next: 'Eerst vragen hoe het gaat.' });
    expect(readSelfCheck(s, 'casemanager', IDS)).toBeNull();
    clearSelfCheck(s, 'leidinggevende');
    expect(s.length).toBe(0);
  });

  it('writes nothing when the reader chose "niets bewaren"', () => {
    const s = memoryStorage({ [SETTING_KEY]: SAVING_OFF });
    expect(writeSelfCheck(s, 'bedrijfsarts', { ticked: ['doel'], next: '' })).toBe(false);
    expect(s.getItem(selfCheckKey('bedrijfsarts'))).toBeNull();
  });

  it('drops unknown ids and bad values, and caps the text', () => {
    expect(parseSelfCheck(JSON.stringify({ ticked: ['doel', 'weg', 3], next: 'x'.repeat(NEXT_MAX + 50) }), IDS)).toEqual({ ticked: ['doel'], next: 'x'.repeat(NEXT_MAX) });
    expect(parseSelfCheck('{kapot', IDS)).toBeNull();
    expect(parseSelfCheck(JSON.stringify({ ticked: 'doel', next: '' }), IDS)).toBeNull();
  });

  it('does not throw when storage is blocked', () => {
    const blocked = { ...memoryStorage(), getItem: () => { throw new Error('blocked'); }, setItem: () => { throw new Error('full'); } } as Storage;
    expect(readSelfCheck(blocked, 'leidinggevende', IDS)).toBeNull();
    expect(writeSelfCheck(blocked, 'leidinggevende', { ticked: [], next: '' })).toBe(false);
  });
});
