/**
 * The worksheet ("werkblad") data model: one worksheet per conversation, a
 * flat record whose fields are those of FORM (form.ts), plus a few meta
 * fields. Pure data and helpers only; no DOM, no storage.
 *
 * Choice values are short Dutch keys ('' means "not answered"). Nothing is
 * required: every field may stay empty.
 */
import { FIELDS, FORM, type BlockKey, type CheckItem, type Field, type FieldOf } from './form';

/** The current storage and export format. See migrations.ts for the history. */
export const CURRENT_VERSION = 3;

/** Identifies our export files. */
export const APP_ID = 'keuzehulp-werkblad';

/** Limits that keep stored and imported data small and readable. */
export const LIMITS = {
  /** Single-line fields: names, titles, points. */
  short: 200,
  /** Multi-line fields: goal, agreements, views. */
  long: 4000,
  /** Options per worksheet; the texts advise to keep it to a few. */
  options: 5,
  /** Good or bad points per option. */
  points: 10,
  /** Own questions per worksheet. */
  own: 30,
  /** Questions picked from the bank per worksheet. */
  picked: 200,
  /** Worksheets kept on one device. */
  sheets: 100,
  /** Import files larger than this are refused before they are read. */
  importBytes: 1024 * 1024,
} as const;

export type YesNo = '' | 'ja' | 'nee';

/** A good or bad point of an option; weight 0-3 ("niet" .. "heel belangrijk"), null = not rated. */
export interface Point {
  id: string;
  text: string;
  weight: number | null;
}

export interface Option {
  id: string;
  name: string;
  pros: Point[];
  cons: Point[];
}

/** A question: picked from the bank (id of the bank entry, text as it was when picked) or written by the reader. */
export interface Question {
  id: string;
  text: string;
}

/** The stored value of each kind of field. */
type ValueOf<F extends Field> = F extends { kind: 'choice' | 'select'; values: readonly (infer V)[] }
  ? V | ''
  : F extends { kind: 'options' }
    ? Option[]
    : F extends { kind: 'check' }
      ? Record<CheckItem, YesNo>
      : F extends { kind: 'picked' | 'own' }
        ? Question[]
        : string;

export type Fields = { [K in Field['key']]: ValueOf<FieldOf<K>> };

export interface Meta {
  id: string;
  /** ISO date-times. */
  created: string;
  updated: string;
  /** The block that was open last (restored on reload). */
  block: BlockKey;
}

export type Worksheet = Meta & Fields;

/** What is stored under keuzehulp:werkbladen (plus `version`). */
export interface Doc {
  /** Id of the worksheet that is open, or null for the list. */
  current: string | null;
  worksheets: Worksheet[];
}

/** Value of a leaning field for "weet ik nog niet". */
export const LEANING_UNSURE = 'onbekend';

/** A short random id; `random` is injectable for tests. */
export function newId(random: () => number = Math.random): string {
  return (Date.now().toString(36) + random().toString(36).slice(2, 8)).slice(-10);
}

/** The empty value of a field. */
export function emptyValue(f: Field): Fields[keyof Fields] {
  switch (f.kind) {
    case 'options':
    case 'picked':
    case 'own':
      return [];
    case 'check':
      return Object.fromEntries(f.items.map((i) => [i, ''])) as Record<CheckItem, YesNo>;
    default:
      return '';
  }
}

export function emptySheet(id: string, now: Date): Worksheet {
  const at = now.toISOString();
  const fields = Object.fromEntries(FIELDS.map((f) => [f.key, emptyValue(f)])) as Fields;
  return { id, created: at, updated: at, block: FORM[0].key, ...fields };
}

export function emptyDoc(): Doc {
  return { current: null, worksheets: [] };
}
