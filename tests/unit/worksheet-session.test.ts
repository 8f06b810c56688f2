/**
 * The worksheet session (src/lib/worksheet/session.ts): when changes reach
 * storage, and what happens when storage misbehaves. Timers are fake and
 * stepped by hand, so nothing here depends on the speed of the machine.
 */
import { describe, expect, it } from 'vitest';
import { createSession } from '../../src/lib/worksheet/session';
import { DATA_KEY, SETTING_KEY, SAVING_OFF } from '../../src/lib/worksheet/storage';
import { FakeStorage, NOW, counter, fullSheet, quotaError } from './worksheet-fixtures';

/** Timers that run only when told to. */
function fakeTimers() {
  let next = 1;
  const pending = new Map<number, () => void>();
  return {
    setTimer: (fn: () => void) => (pending.set(next, fn), next++),
    clearTimer: (h: unknown) => void pending.delete(h as number),
    runAll: () => {
      const fns = [...pending.values()];
      pending.clear();
      fns.forEach((f) => f());
    },
    get count() {
      return pending.size;
    },
  };
}

function setup(storage: FakeStorage | null = new FakeStorage()) {
  const timers = fakeTimers();
  const session = createSession(storage, { now: () => NOW, makeId: counter('w'), setTimer: timers.setTimer, clearTimer: timers.clearTimer });
  const stored = () => JSON.parse(storage?.data.get(DATA_KEY) ?? 'null');
  return { session, timers, storage, stored };
}

describe('worksheet session: saving', () => {
  it('writes a click (a choice, a new worksheet, another block) at once', () => {
    const { session, stored, timers } = setup();
    const sheet = session.create();
    expect(stored().worksheets.map((s: { id: string }) => s.id)).toEqual([sheet.id]);
    session.patch({ mode: 'video' });
    expect(stored().worksheets[0].mode).toBe('video');
    session.patch({ block: 'check' }, 'now', false);
    expect(stored().worksheets[0].block).toBe('check');
    expect(timers.count).toBe(0);
    expect(session.state.pending).toBe(false);
  });

  it('writes typing when it pauses, or at once on flush (leaving the field or the page)', () => {
    const { session, stored, timers } = setup();
    session.create();
    session.patch({ goal: 'Rus' }, 'typing');
    session.patch({ goal: 'Rust' }, 'typing');
    expect(stored().worksheets[0].goal).toBe('');
    expect(session.state.pending).toBe(true);
    expect(timers.count).toBe(1);
    timers.runAll();
    expect(stored().worksheets[0].goal).toBe('Rust');
    session.patch({ goal: 'Rust nemen' }, 'typing');
    session.flush();
    expect(stored().worksheets[0].goal).toBe('Rust nemen');
    expect(session.state.pending).toBe(false);
  });

  it('a click after typing writes both', () => {
    const { session, stored } = setup();
    session.create();
    session.patch({ goal: 'Eerst rust' }, 'typing');
    session.patch({ stage: 'bijna' });
    expect(stored().worksheets[0]).toMatchObject({ goal: 'Eerst rust', stage: 'bijna' });
  });

  it('keeps working in memory when storage is full, and writes again once there is room', () => {
    const { session, storage, stored } = setup();
    session.create();
    storage!.failWrite = quotaError();
    session.patch({ title: 'Tweede versie' });
    expect(session.state.problem).toBe('quota');
    expect(session.state.pending).toBe(true);
    expect(stored().worksheets[0].title).toBe('');
    expect(session.state.doc.worksheets[0]!.title).toBe('Tweede versie');
    storage!.failWrite = null;
    session.patch({ mode: 'telefoon' });
    expect(session.state.problem).toBeNull();
    expect(stored().worksheets[0]).toMatchObject({ title: 'Tweede versie', mode: 'telefoon' });
  });

  it('never writes when saving is off, and removes what was stored when it is turned off', () => {
    const { session, storage } = setup();
    session.create();
    session.setSaving(false);
    expect(storage!.data.get(DATA_KEY)).toBeUndefined();
    expect(storage!.data.get(SETTING_KEY)).toBe(SAVING_OFF);
    session.patch({ title: 'Alleen hier' });
    session.flush();
    expect(storage!.data.get(DATA_KEY)).toBeUndefined();
    session.setSaving(true);
    expect(JSON.parse(storage!.data.get(DATA_KEY)!).worksheets[0].title).toBe('Alleen hier');
  });

  it('works without storage at all (blocked), and says so', () => {
    const { session } = setup(null);
    expect(session.state.problem).toBe('blocked');
    session.create();
    session.patch({ title: 'In het geheugen' });
    expect(session.state.doc.worksheets[0]!.title).toBe('In het geheugen');
  });

  it('never overwrites data of a newer version', () => {
    const storage = new FakeStorage();
    const newer = JSON.stringify({ version: 99, worksheets: [] });
    storage.data.set(DATA_KEY, newer);
    const { session } = setup(storage);
    expect(session.state.problem).toBe('future');
    session.create();
    session.flush();
    expect(storage.data.get(DATA_KEY)).toBe(newer);
  });
});

describe('worksheet session: other actions', () => {
  it('"Alles wissen" removes the worksheets, also unreadable data, and cancels a pending write', () => {
    const storage = new FakeStorage();
    storage.data.set(DATA_KEY, '{kapot');
    storage.failWrite = quotaError(); // no room for a backup: unreadable data is kept, nothing written
    const { session, timers } = setup(storage);
    expect(session.keepsUnreadable).toBe(true);
    storage.failWrite = null;
    session.create();
    session.patch({ goal: 'x' }, 'typing');
    session.wipe();
    timers.runAll();
    expect(storage.data.get(DATA_KEY)).toBeUndefined();
    expect(session.state.doc.worksheets).toEqual([]);
    session.create();
    expect(storage.data.get(DATA_KEY)).toBeDefined();
  });

  it('imports next to what is there and saves; a bad file changes nothing', () => {
    const { session, stored } = setup();
    session.create();
    const file = JSON.stringify({ app: 'keuzehulp-werkblad', version: 3, exportedAt: NOW.toISOString(), worksheets: [fullSheet('elders')] });
    expect(session.importText(file)).toEqual({ ok: true, added: 1 });
    expect(stored().worksheets).toHaveLength(2);
    expect(session.importText('{"app":"iets anders"}')).toEqual({ ok: false, error: 'not-ours' });
    expect(stored().worksheets).toHaveLength(2);
  });

  it('takes what another tab saved, but not while its own change waits', () => {
    const storage = new FakeStorage();
    const { session } = setup(storage);
    const mine = session.create();
    session.patch({ block: 'opties' }, 'now', false);
    // The other tab writes a newer version of the same worksheet.
    const other = { version: 3, current: mine.id, worksheets: [{ ...session.state.doc.worksheets[0]!, title: 'Uit de andere tab', block: 'gesprek' }] };
    storage.data.set(DATA_KEY, JSON.stringify(other));
    session.patch({ goal: 'nog niet bewaard' }, 'typing');
    session.otherTabSaved(DATA_KEY);
    expect(session.state.doc.worksheets[0]!.title).toBe('');
    session.flush();
    storage.data.set(DATA_KEY, JSON.stringify(other));
    session.otherTabSaved(DATA_KEY);
    expect(session.state.doc.worksheets[0]).toMatchObject({ title: 'Uit de andere tab', block: 'opties' });
    session.otherTabSaved('iets-anders');
  });
});
