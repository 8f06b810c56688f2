/**
 * The reading aids' memory, in this browser only (localStorage): the last
 * page read ("verder waar je was") and the pages saved for later. Nothing is
 * written when the reader chose "niets bewaren" (src/lib/saving-choice.ts) or
 * storage is blocked or full; every failure is silent (the aids simply do not
 * remember). The worksheet's "Alles wissen" and turning saving off remove both
 * keys (src/lib/worksheet/storage.ts).
 */
import { savingAllowed } from '../saving-choice';

/** The last page read: { path, title, at }. */
export const LAST_KEY = 'keuzehulp:verder-lezen';
/** Pages saved for later, newest first: [{ path, title }]. */
export const SAVED_KEY = 'keuzehulp:bewaard';
export const READING_KEYS = [LAST_KEY, SAVED_KEY] as const;
/** At most this many saved pages; saving one more drops the oldest. */
export const MAX_SAVED = 50;

export interface PageRef {
  /** A path on this site ("/samen-beslissen/"). */
  path: string;
  title: string;
}

type Store = Pick<Storage, 'getItem' | 'setItem'>;

/** Only paths on this site (never "//host" or "javascript:"), with a string title. */
function clean(value: unknown): PageRef | null {
  const v = value as Partial<PageRef> | null;
  return v && typeof v.path === 'string' && /^\/(?!\/)/.test(v.path) && typeof v.title === 'string'
    ? { path: v.path, title: v.title.slice(0, 200) }
    : null;
}

/** What is stored under `key`, or null (nothing, unreadable, blocked, or "niets bewaren"). */
function read(storage: Store | null, key: string): unknown {
  if (!savingAllowed(storage)) return null;
  try {
    return JSON.parse(storage!.getItem(key)!);
  } catch {
    return null;
  }
}

/** Write `value` as JSON; false when saving is not allowed or the write fails. */
function write(storage: Store | null, key: string, value: unknown): boolean {
  if (!savingAllowed(storage)) return false;
  try {
    storage!.setItem(key, JSON.stringify(value));
    return true;
  } catch {
    return false;
  }
}

export function readLast(storage: Store | null): PageRef | null {
  return clean(read(storage, LAST_KEY));
}

export function writeLast(storage: Store | null, page: PageRef, now: Date): boolean {
  return write(storage, LAST_KEY, { path: page.path, title: page.title, at: now.toISOString() });
}

export function readSaved(storage: Store | null): PageRef[] {
  const list = read(storage, SAVED_KEY);
  return Array.isArray(list) ? list.map(clean).filter((p): p is PageRef => p !== null) : [];
}

/** Save a page (first in the list) or remove it. False when nothing could be written. */
export function setSaved(storage: Store | null, page: PageRef, on: boolean): boolean {
  const rest = readSaved(storage).filter((p) => p.path !== page.path);
  return write(storage, SAVED_KEY, (on ? [{ path: page.path, title: page.title }, ...rest] : rest).slice(0, MAX_SAVED));
}
