/**
 * The reading aids' memory, in this browser only (localStorage): the last
 * page read ("verder waar je was") and the pages saved for later. Private by
 * default: a page is saved only when the reader presses "Bewaar", and the
 * reading trail is kept only after the reader said yes to it (TRAIL_KEY, asked
 * on /bewaard/). Nothing is written when the reader chose "niets bewaren"
 * (src/lib/saving-choice.ts) or storage is blocked or full; every failure is
 * silent (the aids simply do not remember). The worksheet's "Alles wissen" and
 * turning saving off remove all of it (src/lib/worksheet/storage.ts).
 */
import { removeItems, savingAllowed, storeItem } from '../saving-choice';
import { LAST_KEY, READING_KEYS, SAVED_KEY, TRAIL_KEY } from '../storage-keys';

export { LAST_KEY, READING_KEYS, SAVED_KEY, TRAIL_KEY };
/** Value of TRAIL_KEY once the reader said yes. */
const TRAIL_ON = 'ja';
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
  return storeItem(storage, key, JSON.stringify(value));
}

/** The reader said yes to "verder waar je was" on this device (and did not choose "niets bewaren"). */
export function trailOn(storage: Store | null): boolean {
  try {
    return savingAllowed(storage) && storage!.getItem(TRAIL_KEY) === TRAIL_ON;
  } catch {
    return false;
  }
}

/** The reader's answer: yes keeps the trail from now on; no forgets the last page too. False when nothing could be written. */
export function setTrail(storage: (Store & Pick<Storage, 'removeItem'>) | null, on: boolean): boolean {
  if (on) return storeItem(storage, TRAIL_KEY, TRAIL_ON);
  removeItems(storage, [TRAIL_KEY, LAST_KEY]);
  return true;
}

export function readLast(storage: Store | null): PageRef | null {
  return trailOn(storage) ? clean(read(storage, LAST_KEY)) : null;
}

/** Remember the page being read; only after the reader said yes to the trail. */
export function writeLast(storage: Store | null, page: PageRef, now: Date): boolean {
  return trailOn(storage) && write(storage, LAST_KEY, { path: page.path, title: page.title, at: now.toISOString() });
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
