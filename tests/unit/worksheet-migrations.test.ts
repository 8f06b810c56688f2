import { describe, expect, it } from 'vitest';
import { CURRENT_VERSION } from '../../src/lib/worksheet/model';
import { MIGRATIONS, OLDEST_VERSION, migrate } from '../../src/lib/worksheet/migrations';
import { DATA_KEY, load } from '../../src/lib/worksheet/storage';
import { parseImport, readDoc } from '../../src/lib/worksheet/transfer';
import { FakeStorage, NOW, counter } from './worksheet-fixtures';

/** Version 2 (the first release): a list of worksheets; the open block stored as an index. */
const V2 = {
  version: 2,
  current: 'a',
  worksheets: [
    {
      id: 'a',
      created: '2026-02-01T09:00:00.000Z',
      updated: '2026-02-02T09:00:00.000Z',
      block: 4,
      title: 'Vier',
      mode: 'video',
      sure: { zeker: 'ja' },
      options: [{ id: 'o1', name: 'Andere afdeling', pros: [{ id: 'p1', text: 'Nieuwe start', weight: 2 }], cons: [] }],
      leaning: 'o1',
    },
    { id: 'b', created: '2026-02-01T09:00:00.000Z', updated: '2026-02-01T09:00:00.000Z', block: 6, goal: 'Zes' },
    { id: 'c', created: '2026-02-01T09:00:00.000Z', updated: '2026-02-01T09:00:00.000Z', block: 42 },
  ],
};

/** One example document per earlier version we still read; a new format adds its example here. */
const EXAMPLES: Record<number, Record<string, unknown>> = { 2: V2 };

describe('worksheet migrations', () => {
  it('has one migration per step from the oldest readable version to the current one', () => {
    expect(MIGRATIONS).toHaveLength(CURRENT_VERSION - OLDEST_VERSION);
  });

  for (let v = OLDEST_VERSION; v < CURRENT_VERSION; v++) {
    it(`migrates version ${v} to the current version and it validates`, () => {
      const example = EXAMPLES[v];
      expect(example, `example for version ${v}`).toBeDefined();
      const migrated = migrate(structuredClone(example!));
      expect(migrated.ok && migrated.doc['version']).toBe(CURRENT_VERSION);
      expect(readDoc(structuredClone(example!), NOW, counter()).ok).toBe(true);
    });
  }

  it('is pure: the input is not changed', () => {
    const input = structuredClone(V2);
    migrate(input);
    expect(input).toEqual(V2);
  });

  it('v2 → v3 keeps every worksheet and turns the open block index into its key', () => {
    const read = readDoc(structuredClone(V2), NOW, counter());
    if (!read.ok) throw new Error(read.error);
    expect(read.value.current).toBe('a');
    expect(read.value.worksheets.map((s) => [s.id, s.block])).toEqual([
      ['a', 'check'],
      ['b', 'na'],
      // An index that never existed falls back to the first block.
      ['c', 'gesprek'],
    ]);
    expect(read.value.worksheets[0]).toMatchObject({ title: 'Vier', mode: 'video', sure: { zeker: 'ja', snap: '' }, leaning: 'o1' });
    expect(read.value.worksheets[0]!.options[0]!.pros[0]).toEqual({ id: 'p1', text: 'Nieuwe start', weight: 2 });
    expect(read.value.worksheets[1]!.goal).toBe('Zes');
  });

  it('reads a current sheet saved before "what matters to you" and the look back existed, and cleans bad values', () => {
    const old = { id: 'd', created: '2026-03-01T09:00:00.000Z', block: 'na', goal: 'Terug naar mijn team', agreements: 'Twee ochtenden' };
    const read = readDoc({ version: CURRENT_VERSION, worksheets: [old, { id: 'e', again: 'misschien', different: 42 }] }, NOW, counter());
    if (!read.ok) throw new Error(read.error);
    expect(read.value.worksheets[0]).toMatchObject({ goal: 'Terug naar mijn team', important: '', again: '', different: '' });
    expect(read.value.worksheets[1]).toMatchObject({ again: '', different: '' });
    const good = readDoc({ version: CURRENT_VERSION, worksheets: [{ id: 'f', again: 'twijfel', different: 'Eerder om hulp vragen' }] }, NOW, counter());
    expect(good.ok && good.value.worksheets[0]).toMatchObject({ again: 'twijfel', different: 'Eerder om hulp vragen' });
  });

  it('v2 with a broken worksheet list is refused, not guessed', () => {
    expect(readDoc({ version: 2, worksheets: 'alles' }, NOW, counter())).toEqual({ ok: false, error: 'invalid' });
  });

  it('rejects versions that are not readable integers, and future versions', () => {
    expect(migrate({})).toEqual({ ok: false, error: 'invalid' });
    expect(migrate({ version: '2' })).toEqual({ ok: false, error: 'invalid' });
    expect(migrate({ version: 0 })).toEqual({ ok: false, error: 'invalid' });
    expect(migrate({ version: 1 })).toEqual({ ok: false, error: 'invalid' });
    expect(migrate({ version: 2.5 })).toEqual({ ok: false, error: 'invalid' });
    expect(migrate({ version: CURRENT_VERSION + 1 })).toEqual({ ok: false, error: 'future' });
  });

  it('migrates v2 data found in storage, and writes nothing while reading', () => {
    const s = new FakeStorage();
    s.data.set(DATA_KEY, JSON.stringify(V2));
    const loaded = load(s, NOW);
    expect(loaded.problem).toBeNull();
    expect(loaded.doc.worksheets[0]!.block).toBe('check');
    expect(JSON.parse(s.data.get(DATA_KEY)!).version).toBe(2);
  });

  it('migrates a v2 export file on import', () => {
    const file = JSON.stringify({ app: 'keuzehulp-werkblad', exportedAt: '2026-02-01T09:00:00Z', ...V2 });
    const result = parseImport(file, NOW, counter());
    expect(result.ok && result.value.map((s) => s.block)).toEqual(['check', 'na', 'gesprek']);
  });
});
