import { describe, expect, it } from 'vitest';
import { CURRENT_VERSION } from '../../src/lib/worksheet/model';
import { MIGRATIONS, migrate } from '../../src/lib/worksheet/migrations';
import { DATA_KEY, load } from '../../src/lib/worksheet/storage';
import { parseImport, readDoc } from '../../src/lib/worksheet/transfer';
import { FakeStorage, NOW, counter } from './worksheet-fixtures';

/** The first development format: one worksheet, stored flat. */
const V1 = {
  version: 1,
  savedAt: '2026-02-01T09:00:00.000Z',
  conversation: 'arbeidsdeskundige',
  date: '2026-02-10',
  decision: 'Ander werk bij mijn werkgever',
  goal: 'Weer iets doen wat bij me past',
  options: [
    { name: 'Eigen werk aangepast', pros: ['Bekende collega’s'], cons: ['Zelfde drukte', 'Lange dagen'] },
    { name: 'Andere afdeling', pros: ['Nieuwe start'], cons: [] },
  ],
  leaning: 'Andere afdeling',
  sure: { sure: false, understand: true, values: null, support: true },
  questions: ['drie-goede-vragen-1'],
  ownQuestions: ['Kan ik eerst meelopen?'],
  agreements: 'Proberen op de andere afdeling',
  evaluationDate: '2026-03-10',
};

/** Version 2: a list of worksheets; the open block stored as an index. */
const V2 = {
  version: 2,
  current: 'a',
  worksheets: [
    { id: 'a', created: '2026-02-01T09:00:00.000Z', updated: '2026-02-02T09:00:00.000Z', block: 4, title: 'Vier', mode: 'video', sure: { zeker: 'ja' } },
    { id: 'b', created: '2026-02-01T09:00:00.000Z', updated: '2026-02-01T09:00:00.000Z', block: 6, goal: 'Zes' },
    { id: 'c', created: '2026-02-01T09:00:00.000Z', updated: '2026-02-01T09:00:00.000Z', block: 42 },
  ],
};

/** One example document per earlier version; a new format adds its example here. */
const EXAMPLES: Record<number, Record<string, unknown>> = { 1: V1, 2: V2 };

describe('worksheet migrations', () => {
  it('has one migration per step up to the current version', () => {
    expect(MIGRATIONS).toHaveLength(CURRENT_VERSION - 1);
  });

  for (let v = 1; v < CURRENT_VERSION; v++) {
    it(`migrates version ${v} to the current version and it validates`, () => {
      const example = EXAMPLES[v];
      expect(example, `example for version ${v}`).toBeDefined();
      const migrated = migrate(structuredClone(example!));
      expect(migrated.ok).toBe(true);
      const read = readDoc(example, NOW, counter());
      expect(read.ok).toBe(true);
    });
  }

  it('is pure: the input is not changed', () => {
    const input = structuredClone(V1);
    migrate(input);
    expect(input).toEqual(V1);
  });

  it('v1 → v2 carries every field over', () => {
    const read = readDoc(V1, NOW, counter());
    if (!read.ok) throw new Error(read.error);
    expect(read.value.current).toBe('werkblad-1');
    const [sheet] = read.value.worksheets;
    expect(sheet).toMatchObject({
      id: 'werkblad-1',
      created: V1.savedAt,
      updated: V1.savedAt,
      conversation: 'arbeidsdeskundige',
      date: '2026-02-10',
      decision: V1.decision,
      goal: V1.goal,
      leaning: 'o2',
      sure: { zeker: 'nee', snap: 'ja', waarde: '', steun: 'ja' },
      picked: [{ id: 'drie-goede-vragen-1', text: '' }],
      own: [{ id: 'v1', text: 'Kan ik eerst meelopen?' }],
      agreements: V1.agreements,
      evaluation: '2026-03-10',
    });
    expect(sheet!.options).toEqual([
      {
        id: 'o1',
        name: 'Eigen werk aangepast',
        pros: [{ id: 'o1p1', text: 'Bekende collega’s', weight: null }],
        cons: [
          { id: 'o1c1', text: 'Zelfde drukte', weight: null },
          { id: 'o1c2', text: 'Lange dagen', weight: null },
        ],
      },
      { id: 'o2', name: 'Andere afdeling', pros: [{ id: 'o2p1', text: 'Nieuwe start', weight: null }], cons: [] },
    ]);
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
    expect(read.value.worksheets[0]).toMatchObject({ title: 'Vier', mode: 'video', sure: { zeker: 'ja', snap: '' } });
    expect(read.value.worksheets[1]!.goal).toBe('Zes');
  });

  it('v1 with almost nothing in it still gives one empty worksheet', () => {
    const read = readDoc({ version: 1 }, NOW, counter());
    expect(read.ok && read.value.worksheets).toHaveLength(1);
    expect(read.ok && read.value.worksheets[0]!.created).toBe(NOW.toISOString());
  });

  it('v1 with wrong types is repaired field by field', () => {
    const read = readDoc({ version: 1, options: 'geen', sure: 'ja', questions: [1, 2], goal: ['x'] }, NOW, counter());
    if (!read.ok) throw new Error(read.error);
    const [sheet] = read.value.worksheets;
    expect(sheet).toMatchObject({ options: [], goal: '', sure: { zeker: '', snap: '', waarde: '', steun: '' } });
    // Non-string ids from the bank are not valid ids: they get new ones, the (empty) text stays.
    expect(sheet!.picked).toHaveLength(2);
  });

  it('rejects versions that are not positive integers, and future versions', () => {
    expect(migrate({})).toEqual({ ok: false, error: 'invalid' });
    expect(migrate({ version: '2' })).toEqual({ ok: false, error: 'invalid' });
    expect(migrate({ version: 0 })).toEqual({ ok: false, error: 'invalid' });
    expect(migrate({ version: 1.5 })).toEqual({ ok: false, error: 'invalid' });
    expect(migrate({ version: CURRENT_VERSION + 1 })).toEqual({ ok: false, error: 'future' });
  });

  it('migrates v1 data found in storage', () => {
    const s = new FakeStorage();
    s.data.set(DATA_KEY, JSON.stringify(V1));
    const loaded = load(s, NOW);
    expect(loaded.problem).toBeNull();
    expect(loaded.doc.worksheets[0]!.decision).toBe(V1.decision);
  });

  it('migrates a v1 export file on import', () => {
    const file = JSON.stringify({ app: 'keuzehulp-werkblad', exportedAt: '2026-02-01T09:00:00Z', ...V1 });
    const result = parseImport(file, NOW, counter());
    expect(result.ok && result.value[0]!.decision).toBe(V1.decision);
  });
});
