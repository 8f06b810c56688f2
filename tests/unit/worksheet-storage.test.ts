import { SELF_CHECK_KEY_PREFIX } from '../../src/lib/storage-keys';
import { describe, expect, it } from 'vitest';
import { CURRENT_VERSION, emptyDoc } from '../../src/lib/worksheet/model';
import {
  BACKUP_PREFIX,
  DATA_KEY,
  SETTING_KEY,
  load,
  openStorage,
  save,
  setSaving,
  wipe,
} from '../../src/lib/worksheet/storage';
import { PHASE_KEY } from '../../src/lib/storage-keys';
import { FakeStorage, NOW, counter, fullSheet, quotaError, securityError } from './worksheet-fixtures';

const doc = () => ({ current: 'blad1', worksheets: [fullSheet('blad1'), fullSheet('blad2')] });

describe('worksheet storage: save and load', () => {
  it('round-trips every field, the open worksheet and the open block', () => {
    const s = new FakeStorage();
    const d = doc();
    d.worksheets[0]!.block = 'check';
    expect(save(s, d)).toBe('ok');
    expect(JSON.parse(s.data.get(DATA_KEY)!).version).toBe(CURRENT_VERSION);
    const loaded = load(s, NOW);
    expect(loaded).toMatchObject({ saving: true, writable: true, problem: null });
    expect(loaded.doc).toEqual(d);
  });

  it('starts empty when nothing is stored', () => {
    expect(load(new FakeStorage(), NOW)).toEqual({ doc: emptyDoc(), saving: true, writable: true, problem: null });
  });
});

describe('worksheet storage: blocked', () => {
  it('openStorage returns null when access throws (private mode, SecurityError)', () => {
    expect(
      openStorage(() => {
        throw securityError();
      }),
    ).toBeNull();
    const s = new FakeStorage();
    s.failAll = securityError();
    expect(openStorage(() => s)).toBeNull();
    expect(openStorage(() => undefined)).toBeNull();
  });

  it('load without storage works in memory and reports the problem', () => {
    expect(load(null, NOW)).toEqual({ doc: emptyDoc(), saving: false, writable: false, problem: 'blocked' });
  });

  it('a store that starts throwing later is reported as blocked on save', () => {
    const s = new FakeStorage();
    s.failAll = securityError();
    expect(load(s, NOW).problem).toBe('blocked');
    expect(save(s, doc())).toBe('blocked');
  });
});

describe('worksheet storage: quota exceeded', () => {
  it('reports quota and leaves the earlier saved version intact', () => {
    const s = new FakeStorage();
    save(s, doc());
    const before = s.data.get(DATA_KEY);
    s.failWrite = quotaError();
    const bigger = doc();
    bigger.worksheets[0]!.goal = 'nieuw';
    expect(save(s, bigger)).toBe('quota');
    expect(s.data.get(DATA_KEY)).toBe(before);
  });

  it('recognises the Firefox and legacy quota errors', () => {
    const s = new FakeStorage();
    s.failWrite = Object.assign(new Error('full'), { name: 'NS_ERROR_DOM_QUOTA_REACHED' });
    expect(save(s, doc())).toBe('quota');
    s.failWrite = Object.assign(new Error('full'), { code: 22 });
    expect(save(s, doc())).toBe('quota');
  });
});

describe('worksheet storage: corrupt data', () => {
  for (const [name, raw] of [
    ['malformed JSON', '{"version":2,"worksheets":[{'],
    ['no version', '{"worksheets":[]}'],
    ['worksheets not a list', '{"version":2,"worksheets":"nee"}'],
    ['a string', '"hallo"'],
  ] as const) {
    it(`keeps a copy of ${name} under a backup key before anything is written`, () => {
      const s = new FakeStorage();
      s.data.set(DATA_KEY, raw);
      const loaded = load(s, NOW);
      expect(loaded).toMatchObject({ problem: 'corrupt', writable: true, doc: emptyDoc() });
      expect(s.data.get(BACKUP_PREFIX + NOW.toISOString())).toBe(raw);
    });
  }

  it('never overwrites corrupt data when the backup cannot be written', () => {
    const s = new FakeStorage();
    s.data.set(DATA_KEY, 'kapot');
    s.failWrite = quotaError();
    expect(load(s, NOW)).toMatchObject({ problem: 'corrupt', writable: false });
    expect(s.data.get(DATA_KEY)).toBe('kapot');
  });

  it('does not write over data of a newer format', () => {
    const s = new FakeStorage();
    const raw = JSON.stringify({ version: CURRENT_VERSION + 1, worksheets: [] });
    s.data.set(DATA_KEY, raw);
    expect(load(s, NOW)).toMatchObject({ problem: 'future', writable: false });
    expect(s.data.get(DATA_KEY)).toBe(raw);
  });

  it('repairs field-level damage without losing the rest', () => {
    const s = new FakeStorage();
    const d = doc();
    const stored = { version: 2, ...d, worksheets: [{ ...d.worksheets[0], goal: 42, mode: 'per duif' }] };
    s.data.set(DATA_KEY, JSON.stringify(stored));
    const loaded = load(s, NOW);
    expect(loaded.problem).toBeNull();
    expect(loaded.doc.worksheets[0]).toMatchObject({ goal: '', mode: '', decision: 'Hoeveel uur ik ga werken' });
  });
});

describe('worksheet storage: saving off', () => {
  it('turning saving off removes the stored worksheets and remembers the choice', () => {
    const s = new FakeStorage();
    save(s, doc());
    expect(setSaving(s, false, doc())).toBe('ok');
    expect(s.data.has(DATA_KEY)).toBe(false);
    expect(s.data.get(SETTING_KEY)).toBe('uit');
    expect(load(s, NOW)).toMatchObject({ saving: false, doc: emptyDoc(), problem: null });
  });

  it('turning saving on again saves what is in memory at once', () => {
    const s = new FakeStorage();
    setSaving(s, false, doc());
    expect(setSaving(s, true, doc())).toBe('ok');
    expect(s.data.has(SETTING_KEY)).toBe(false);
    expect(load(s, NOW)).toMatchObject({ saving: true, doc: doc() });
  });

  it('reports a full store when turning saving on', () => {
    const s = new FakeStorage();
    s.failWrite = quotaError();
    expect(setSaving(s, true, doc())).toBe('quota');
  });
});

describe('worksheet storage: alles wissen', () => {
  it('removes worksheets, backups and everything else the reader stored; keeps the setting and other sites\' data', () => {
    const s = new FakeStorage();
    save(s, doc());
    s.data.set(BACKUP_PREFIX + 'x', 'kapot');
    s.data.set(SETTING_KEY, 'uit');
    s.data.set(PHASE_KEY, '2');
    s.data.set(SELF_CHECK_KEY_PREFIX + 'leidinggevende', '{"ticked":[],"next":""}');
    s.data.set('ander-programma', 'x');
    expect(wipe(s)).toBe('ok');
    expect([...s.data.keys()].sort()).toEqual(['ander-programma', SETTING_KEY]);
  });
  it('"niets bewaren" also removes a saved self-check', () => {
    const s = new FakeStorage();
    s.data.set(SELF_CHECK_KEY_PREFIX + 'casemanager', '{"ticked":["a"],"next":"x"}');
    expect(setSaving(s, false, doc())).toBe('ok');
    expect([...s.data.keys()]).toEqual([SETTING_KEY]);
  });
});

describe('worksheet storage: ids', () => {
  it('makes duplicate worksheet ids unique on load', () => {
    const s = new FakeStorage();
    s.data.set(DATA_KEY, JSON.stringify({ version: 2, current: 'a', worksheets: [fullSheet('a'), fullSheet('a')] }));
    const { doc: d } = load(s, NOW, counter('n'));
    expect(d.worksheets.map((w) => w.id)).toEqual(['a', 'n1']);
    expect(d.current).toBe('a');
  });
});
