/**
 * Two tabs, one set of worksheets (src/lib/worksheet/merge.ts and the
 * session's save): nothing either tab changed is lost silently.
 */
import { describe, expect, it } from 'vitest';
import { mergeDocs } from '../../src/lib/worksheet/merge';
import { createSession } from '../../src/lib/worksheet/session';
import { DATA_KEY } from '../../src/lib/worksheet/storage';
import type { Doc, Worksheet } from '../../src/lib/worksheet/model';
import { FakeStorage, NOW, counter, fullSheet } from './worksheet-fixtures';

const doc = (...worksheets: Worksheet[]): Doc => ({ current: worksheets[0]?.id ?? null, worksheets });
const copyTitle = (t: string) => `${t} (uit ander tabblad)`;

describe('merging two tabs', () => {
  const base = fullSheet('a');

  it('takes each tab’s changes to different fields', () => {
    const mine = { ...base, goal: 'Mijn doel', block: 'opties' as const };
    const theirs = { ...base, title: 'Nieuwe titel', updated: '2026-03-06T10:00:00.000Z' };
    const { doc: merged, conflicts } = mergeDocs(doc(base), doc(mine), doc(theirs), counter('k'), copyTitle);
    expect(conflicts).toEqual([]);
    expect(merged.worksheets).toHaveLength(1);
    expect(merged.worksheets[0]).toMatchObject({ goal: 'Mijn doel', title: 'Nieuwe titel', block: 'opties', updated: '2026-03-06T10:00:00.000Z' });
  });

  it('keeps both versions when both tabs changed the same field differently', () => {
    const mine = { ...base, goal: 'Mijn doel' };
    const theirs = { ...base, goal: 'Ander doel' };
    const { doc: merged, conflicts } = mergeDocs(doc(base), doc(mine), doc(theirs), counter('k'), copyTitle);
    expect(conflicts).toEqual([base.title]);
    expect(merged.worksheets.map((s) => [s.id, s.title, s.goal])).toEqual([
      ['a', base.title, 'Mijn doel'],
      ['k1', `${base.title} (uit ander tabblad)`, 'Ander doel'],
    ]);
    expect(merged.current).toBe('a');
  });

  it('compares lists and choices by value, not by identity', () => {
    const mine = { ...base, sure: { ...base.sure } };
    const theirs = { ...base, options: base.options.map((o) => ({ ...o })), title: 'Anders' };
    expect(mergeDocs(doc(base), doc(mine), doc(theirs), counter('k'), copyTitle).conflicts).toEqual([]);
  });

  it('keeps worksheets added in either tab, and removes one only where the other tab left it alone', () => {
    const b = fullSheet('b');
    const mineNew = fullSheet('m');
    const theirsNew = fullSheet('t');
    // Mine: removed b, added m. Theirs: changed a's title, added t.
    const { doc: merged } = mergeDocs(doc(base, b), doc(mineNew, base), doc(theirsNew, { ...base, title: 'Andere titel' }, b), counter('k'), copyTitle);
    expect(merged.worksheets.map((s) => s.id).sort()).toEqual(['a', 'm', 't']);
    expect(merged.worksheets.find((s) => s.id === 'a')!.title).toBe('Andere titel');
    // Removed in the other tab while this tab changed it: kept.
    const kept = mergeDocs(doc(base), doc({ ...base, goal: 'Nog bezig' }), doc(), counter('k'), copyTitle);
    expect(kept.doc.worksheets.map((s) => s.goal)).toEqual(['Nog bezig']);
    // Removed in the other tab, untouched here (only another block opened): gone.
    const gone = mergeDocs(doc(base), doc({ ...base, block: 'check' }), doc(), counter('k'), copyTitle);
    expect(gone.doc.worksheets).toEqual([]);
    expect(gone.doc.current).toBeNull();
  });
});

describe('two tabs saving within the typing delay', () => {
  /** Two sessions on one storage, as two tabs of one browser. */
  function twoTabs() {
    const storage = new FakeStorage();
    const timers: (() => void)[] = [];
    const make = (prefix: string) =>
      createSession(storage, { now: () => NOW, makeId: counter(prefix), setTimer: (fn) => timers.push(fn), clearTimer: () => undefined, copyTitle });
    const a = make('a');
    const sheet = a.create();
    a.patch({ title: 'Gesprek' });
    const b = make('b');
    b.open(sheet.id);
    const stored = () => JSON.parse(storage.data.get(DATA_KEY)!) as Doc;
    return { a, b, sheet, stored };
  }

  it('merges per field: both tabs’ typing survives, in storage and on screen', () => {
    const { a, b, stored } = twoTabs();
    a.patch({ goal: 'Rustig beginnen' }, 'typing');
    b.patch({ decision: 'Twee ochtenden' }, 'typing');
    a.flush();
    b.flush(); // the later save: before, it overwrote the goal
    expect(stored().worksheets[0]).toMatchObject({ goal: 'Rustig beginnen', decision: 'Twee ochtenden', title: 'Gesprek' });
    expect(b.state.doc.worksheets[0]).toMatchObject({ goal: 'Rustig beginnen', decision: 'Twee ochtenden' });
    expect(b.state.conflicts).toEqual([]);
  });

  it('keeps both versions of a field typed in both tabs, and says so in the later tab', () => {
    const { a, b, stored } = twoTabs();
    a.patch({ goal: 'Versie A' }, 'typing');
    b.patch({ goal: 'Versie B' }, 'typing');
    a.flush();
    b.flush();
    const sheets = stored().worksheets;
    expect(sheets.map((s) => [s.title, s.goal])).toEqual([
      ['Gesprek', 'Versie B'],
      ['Gesprek (uit ander tabblad)', 'Versie A'],
    ]);
    expect(b.state.conflicts).toEqual(['Gesprek']);
    b.dismissConflicts();
    expect(b.state.conflicts).toEqual([]);
  });

  it('does not merge with itself: a tab alone writes what it has', () => {
    const { a, stored } = twoTabs();
    a.patch({ goal: 'Een' }, 'typing');
    a.flush();
    a.patch({ goal: 'Twee' }, 'typing');
    a.flush();
    expect(stored().worksheets).toHaveLength(1);
    expect(stored().worksheets[0]!.goal).toBe('Twee');
  });
});
