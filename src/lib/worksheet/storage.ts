/**
 * Saving worksheets in this browser only (localStorage), behind a small
 * Storage-like interface so tests can simulate a blocked store, a full store
 * and corrupt data. Nothing is ever sent anywhere.
 *
 * Rules:
 * - Blocked storage (private mode, SecurityError): work in memory, say so.
 * - Quota exceeded on save: keep working in memory, say so, try again on the next change.
 * - Data we cannot read: copy it to a backup key first; if even that fails,
 *   never write over it (work in memory).
 * - Data in a newer format (a newer version of the site in another tab): never
 *   write over it.
 */
import { CURRENT_VERSION, emptyDoc, newId, type Doc } from './model';
import { readDoc } from './transfer';
import { SAVING_OFF } from '../saving-choice';
import { BACKUP_PREFIX, DATA_KEY, PHASE_ASKED_KEY, READER_DATA, SELF_CHECK_KEY_PREFIX, SETTING_KEY } from '../storage-keys';

/** The keys live in src/lib/storage-keys.ts; the "niets bewaren" setting (SAVING_OFF) in src/lib/saving-choice.ts. */
export { BACKUP_PREFIX, DATA_KEY, SAVING_OFF, SETTING_KEY };

export type StorageLike = Pick<Storage, 'getItem' | 'setItem' | 'removeItem' | 'key' | 'length'>;

export type Problem = 'blocked' | 'corrupt' | 'future' | 'quota';
export type SaveResult = 'ok' | 'quota' | 'blocked';

export interface Loaded {
  doc: Doc;
  /** The reader's setting: save on this device. */
  saving: boolean;
  /** We may write the data key. */
  writable: boolean;
  problem: Problem | null;
}

/** The browser's storage, or null when access is refused. */
export function openStorage(get: () => StorageLike | null | undefined): StorageLike | null {
  try {
    const s = get();
    if (!s) return null;
    s.getItem(SETTING_KEY);
    return s;
  } catch {
    return null;
  }
}

export function load(storage: StorageLike | null, now: Date, makeId: () => string = newId): Loaded {
  const blocked: Loaded = { doc: emptyDoc(), saving: false, writable: false, problem: 'blocked' };
  if (!storage) return blocked;
  let setting: string | null;
  let raw: string | null;
  try {
    setting = storage.getItem(SETTING_KEY);
    raw = storage.getItem(DATA_KEY);
  } catch {
    return blocked;
  }
  const saving = setting !== SAVING_OFF;
  if (raw === null) return { doc: emptyDoc(), saving, writable: true, problem: null };

  let parsed: unknown = null;
  try {
    parsed = JSON.parse(raw);
  } catch {
    // handled below as unreadable
  }
  const read = readDoc(parsed, now, makeId);
  if (read.ok) return { doc: read.value, saving, writable: true, problem: null };
  if (read.error === 'future') return { doc: emptyDoc(), saving, writable: false, problem: 'future' };

  try {
    storage.setItem(BACKUP_PREFIX + now.toISOString(), raw);
    return { doc: emptyDoc(), saving, writable: true, problem: 'corrupt' };
  } catch {
    return { doc: emptyDoc(), saving, writable: false, problem: 'corrupt' };
  }
}

function isQuota(e: unknown): boolean {
  const err = e as { name?: unknown; code?: unknown } | null;
  return (
    err?.name === 'QuotaExceededError' || err?.name === 'NS_ERROR_DOM_QUOTA_REACHED' || err?.code === 22 || err?.code === 1014
  );
}

function attempt(fn: () => void): SaveResult {
  try {
    fn();
    return 'ok';
  } catch (e) {
    return isQuota(e) ? 'quota' : 'blocked';
  }
}

/** The stored text of a doc, exactly as `save` writes it. */
export function serialize(doc: Doc): string {
  return JSON.stringify({ version: CURRENT_VERSION, ...doc });
}

export function save(storage: StorageLike, doc: Doc): SaveResult {
  return attempt(() => storage.setItem(DATA_KEY, serialize(doc)));
}

/**
 * What is stored now, read without side effects (no backup is written): the
 * raw text, the doc when it is readable, and whether a newer version wrote it.
 */
export function peek(storage: StorageLike, now: Date, makeId: () => string = newId): { raw: string | null; doc: Doc | null; future: boolean } {
  let raw: string | null;
  try {
    raw = storage.getItem(DATA_KEY);
  } catch {
    return { raw: null, doc: null, future: false };
  }
  if (raw === null) return { raw, doc: emptyDoc(), future: false };
  let parsed: unknown = null;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return { raw, doc: null, future: false };
  }
  const read = readDoc(parsed, now, makeId);
  return read.ok ? { raw, doc: read.value, future: false } : { raw, doc: null, future: read.error === 'future' };
}

/** The phase hubs' "asked once in this visit" marks (sessionStorage) go with the phase. Never throws. */
function wipeSession(): void {
  try {
    const s = globalThis.sessionStorage;
    for (let i = s.length - 1; i >= 0; i--) {
      const k = s.key(i);
      if (k?.startsWith(PHASE_ASKED_KEY)) s.removeItem(k);
    }
  } catch {
    // no session storage (or blocked): nothing to remove
  }
}

/** Every key the site keeps about the reader: READER_DATA plus backups and saved self-checks (by prefix). */
function readerKeys(storage: StorageLike): string[] {
  const keys: string[] = [...READER_DATA];
  for (let i = 0; i < storage.length; i++) {
    const k = storage.key(i);
    if (k?.startsWith(BACKUP_PREFIX) || k?.startsWith(SELF_CHECK_KEY_PREFIX)) keys.push(k);
  }
  return keys;
}

/**
 * Turn saving on (and save now) or off (and remove everything the site keeps:
 * worksheets, the reading trail, saved pages, the phase and the calculator's
 * date; "niets bewaren" keeps nothing).
 */
export function setSaving(storage: StorageLike, on: boolean, doc: Doc): SaveResult {
  if (on) {
    const r = attempt(() => storage.removeItem(SETTING_KEY));
    return r === 'ok' ? save(storage, doc) : r;
  }
  wipeSession();
  return attempt(() => {
    readerKeys(storage).forEach((k) => storage.removeItem(k));
    storage.setItem(SETTING_KEY, SAVING_OFF);
  });
}

/**
 * "Alles wissen": the worksheets, any backups of unreadable data, the reading
 * trail and its yes, the saved pages, the phase and the calculator's date
 * (READER_DATA in src/lib/storage-keys.ts). The on/off setting stays.
 */
export function wipe(storage: StorageLike): SaveResult {
  return attempt(() => {
    readerKeys(storage).forEach((k) => storage.removeItem(k));
    wipeSession();
  });
}
