/**
 * The worksheet's state and its saving, without any framework: the island's
 * useWorksheetStore hook is a thin wrapper around this, and unit tests drive
 * it with a fake storage and fake timers.
 *
 * Saving rules (a reader on a slow phone must lose nothing):
 * - A discrete action (a click, a choice, adding or removing something) is
 *   written at once, in the same task as the event.
 * - Typing is written shortly after the last key (`typingDelay`), and at once
 *   when the field loses focus, the page is hidden or left (`flush()`).
 * - Problems (blocked, full, unreadable or newer data) are reported; the
 *   worksheet keeps working in memory and nothing stored is overwritten.
 */
import { emptyDoc, emptySheet, newId, type Doc, type Worksheet } from './model';
import { DATA_KEY, load, peek, save, serialize, setSaving as storeSaving, wipe as storeWipe, type Problem, type StorageLike } from './storage';
import { mergeImported, parseImport, type ImportError } from './transfer';
import { mergeDocs } from './merge';

export interface SessionState {
  doc: Doc;
  /** The reader's setting: keep worksheets on this device. */
  saving: boolean;
  problem: Problem | null;
  /** Time of the last successful save. */
  savedAt: Date | null;
  /** A change is waiting to be written. */
  pending: boolean;
  /** Titles of worksheets changed in two tabs at once; both versions were kept (src/lib/worksheet/merge.ts). */
  conflicts: string[];
}

/** How a change is saved: at once, or after typing pauses. */
export type SaveMode = 'now' | 'typing';

export interface SessionOptions {
  now?: () => Date;
  makeId?: () => string;
  /** Milliseconds after the last key before typing is saved. */
  typingDelay?: number;
  setTimer?: (fn: () => void, ms: number) => unknown;
  clearTimer?: (handle: unknown) => void;
  /** Title of the copy kept when two tabs changed the same worksheet ("… (ander tabblad)"). */
  copyTitle?: (title: string) => string;
}

export type ImportOutcome = { ok: true; added: number } | { ok: false; error: ImportError };

export function createSession(store: StorageLike | null, options: SessionOptions = {}) {
  const now = options.now ?? (() => new Date());
  const makeId = options.makeId ?? newId;
  const delay = options.typingDelay ?? 400;
  const setTimer = options.setTimer ?? ((fn, ms) => setTimeout(fn, ms));
  const clearTimer = options.clearTimer ?? ((h) => clearTimeout(h as ReturnType<typeof setTimeout>));
  const copyTitle = options.copyTitle ?? ((t: string) => t);

  const loaded = load(store, now(), makeId);
  /** We may write the data key (false for newer or unreadable data we must keep). */
  let writable = loaded.writable;
  let timer: unknown = null;
  let state: SessionState = { doc: loaded.doc, saving: loaded.saving, problem: loaded.problem, savedAt: null, pending: false, conflicts: [] };
  /** What storage held when this tab last read or wrote it: the common ancestor for a merge with another tab. */
  let base: Doc = loaded.doc;
  /** Its stored text: when storage still holds exactly this, no other tab has saved. */
  let baseRaw: string | null = loaded.problem ? null : serialize(loaded.doc);
  const listeners = new Set<(s: SessionState) => void>();

  const set = (patch: Partial<SessionState>) => {
    state = { ...state, ...patch };
    listeners.forEach((fn) => fn(state));
  };

  const canWrite = () => !!store && state.saving && writable;

  /**
   * Write now if something is waiting. If another tab saved since this tab
   * last read or wrote, merge with it first instead of overwriting it.
   */
  const flush = () => {
    if (timer !== null) clearTimer(timer);
    timer = null;
    if (!state.pending || !canWrite()) return;
    let doc = state.doc;
    let conflicts = state.conflicts;
    const stored = peek(store!, now(), makeId);
    if (stored.future) {
      // A newer version of the site wrote it: keep it, write nothing.
      writable = false;
      return set({ problem: 'future' });
    }
    if (stored.doc && stored.raw !== null && baseRaw !== null && stored.raw !== baseRaw) {
      const merged = mergeDocs(base, state.doc, stored.doc, makeId, copyTitle);
      doc = merged.doc;
      conflicts = [...conflicts, ...merged.conflicts];
    }
    const result = save(store!, doc);
    if (result === 'ok') {
      base = doc;
      baseRaw = serialize(doc);
      set({ doc, conflicts, pending: false, savedAt: now(), problem: state.problem === 'quota' ? null : state.problem });
    } else set({ problem: result });
  };

  const update = (fn: (d: Doc) => Doc, mode: SaveMode = 'now') => {
    set({ doc: fn(state.doc), pending: true });
    if (mode === 'now') flush();
    else {
      if (timer !== null) clearTimer(timer);
      timer = setTimer(flush, delay);
    }
  };

  /** Change fields of the open worksheet (and its "updated" time, unless `touch` is false). */
  const patch = (p: Partial<Worksheet>, mode: SaveMode = 'now', touch = true) =>
    update(
      (d) => ({
        ...d,
        worksheets: d.worksheets.map((s) => (s.id === d.current ? { ...s, ...p, ...(touch ? { updated: now().toISOString() } : {}) } : s)),
      }),
      mode,
    );

  return {
    get state() {
      return state;
    },
    /** Unreadable data is kept and nothing new is written. */
    get keepsUnreadable() {
      return state.problem === 'corrupt' && !writable;
    },
    canStore: !!store,
    subscribe(fn: (s: SessionState) => void) {
      listeners.add(fn);
      return () => listeners.delete(fn);
    },
    update,
    patch,
    flush,
    open(id: string | null) {
      update((d) => ({ ...d, current: id }));
    },
    create(): Worksheet {
      const sheet = emptySheet(makeId(), now());
      update((d) => ({ current: sheet.id, worksheets: [sheet, ...d.worksheets] }));
      return sheet;
    },
    remove(id: string) {
      update((d) => ({ current: d.current === id ? null : d.current, worksheets: d.worksheets.filter((s) => s.id !== id) }));
    },
    /** Turn saving on (and save now) or off (and remove the stored worksheets). */
    setSaving(on: boolean) {
      if (!store) return;
      const result = storeSaving(store, on, state.doc);
      if (result !== 'ok') return set({ saving: on, problem: result });
      if (on) {
        writable = true;
        base = state.doc;
        baseRaw = serialize(state.doc);
        set({ saving: true, pending: false, problem: null, savedAt: now() });
      } else set({ saving: false });
    },
    /** "Alles wissen": stored worksheets and backups go; unreadable or newer data too, so saving may write again. */
    wipe() {
      if (timer !== null) clearTimer(timer);
      timer = null;
      let problem: Problem | null = null;
      if (store) {
        const result = storeWipe(store);
        writable = result === 'ok';
        problem = result === 'ok' ? null : result;
      }
      base = emptyDoc();
      baseRaw = null;
      set({ doc: emptyDoc(), pending: false, problem, conflicts: [] });
    },
    /** The reader has read the notice about worksheets changed in two tabs. */
    dismissConflicts() {
      set({ conflicts: [] });
    },
    /** Add the worksheets of an export file; nothing changes on any error. */
    importText(text: string): ImportOutcome {
      const parsed = parseImport(text, now(), makeId);
      if (!parsed.ok) return parsed;
      const merged = mergeImported(state.doc.worksheets, parsed.value, makeId);
      if (!merged.ok) return merged;
      update((d) => ({ ...d, worksheets: merged.value.worksheets }));
      return { ok: true, added: merged.value.added };
    },
    /**
     * Another tab saved (a `storage` event for DATA_KEY): take its worksheets
     * when nothing here waits to be saved, keeping this tab's open worksheet and
     * block. A change that waits here is merged with it when it is written (flush).
     */
    otherTabSaved(key: string | null) {
      if (key !== DATA_KEY || state.pending || !canWrite()) return;
      const other = load(store, now(), makeId);
      if (other.problem) return;
      base = other.doc;
      baseRaw = serialize(other.doc);
      const mine = state.doc.worksheets.find((s) => s.id === state.doc.current);
      set({
        doc: {
          current: mine && other.doc.worksheets.some((s) => s.id === mine.id) ? mine.id : null,
          worksheets: other.doc.worksheets.map((s) => (s.id === mine?.id ? { ...s, block: mine.block } : s)),
        },
      });
    },
  };
}

export type WorksheetSession = ReturnType<typeof createSession>;
