/**
 * Versioned format with migrations: an ordered list of pure functions, each
 * taking a document of version N to version N+1. Stored data and imported
 * files run through the same chain, then through normalizeDoc().
 *
 * Honest history: we have no readers with stored data yet. Version 1 is the
 * first development format (one single worksheet, stored flat, fields named
 * as below). It is kept, with a real migration, so the mechanism is proven by
 * tests from day one; the next format change only adds a function here.
 *
 * Version 1 (storage: { version: 1, ...fields }; export: the same plus `app`
 * and `exportedAt`):
 *   conversation, date, decision, goal, agreements, evaluationDate: string
 *   options: { name: string; pros: string[]; cons: string[] }[]
 *   leaning: string (the NAME of an option)
 *   sure: { sure, understand, values, support: boolean | null }
 *   questions: string[] (ids from the question bank)
 *   ownQuestions: string[]
 *   savedAt: ISO date-time
 *
 * Version 2: { version: 2, current: id | null, worksheets: [...] }; exports
 * { app, version: 2, exportedAt, worksheets }. Each worksheet kept the open
 * block as an index into the seven blocks (`block: 4`).
 *
 * Version 3 (current): the same, but the open block is stored by its key
 * (`block: "check"`, see FORM in form.ts), so adding or moving a block never
 * reopens the wrong one.
 */
import { CURRENT_VERSION } from './model';
import { isRecord } from './validate';

type Rec = Record<string, unknown>;
export type Migration = (doc: Rec) => Rec;

const strings = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const yesNo = (v: unknown) => (v === true ? 'ja' : v === false ? 'nee' : '');

/** v1 → v2: the single flat worksheet becomes the first entry of a list. */
function v1to2(d: Rec): Rec {
  const sure = isRecord(d['sure']) ? d['sure'] : {};
  const options = strings(d['options'])
    .filter(isRecord)
    .map((o, i) => {
      const point = (kind: string) => (text: unknown, j: number) => ({ id: `o${i + 1}${kind}${j + 1}`, text, weight: null });
      return {
        id: `o${i + 1}`,
        name: o['name'],
        pros: strings(o['pros']).map(point('p')),
        cons: strings(o['cons']).map(point('c')),
      };
    });
  const leaning = options.find((o) => o.name !== '' && o.name === d['leaning']);
  const sheet: Rec = {
    id: 'werkblad-1',
    created: d['savedAt'],
    updated: d['savedAt'],
    block: 0,
    conversation: d['conversation'],
    date: d['date'],
    decision: d['decision'],
    goal: d['goal'],
    options,
    // v1 had no "weet ik nog niet"; a name that matches no option was a typo-level leftover.
    leaning: leaning ? leaning.id : '',
    sure: {
      zeker: yesNo(sure['sure']),
      snap: yesNo(sure['understand']),
      waarde: yesNo(sure['values']),
      steun: yesNo(sure['support']),
    },
    // The text of a bank question is looked up by id when shown.
    picked: strings(d['questions']).map((id) => ({ id, text: '' })),
    own: strings(d['ownQuestions']).map((text, i) => ({ id: `v${i + 1}`, text })),
    agreements: d['agreements'],
    evaluation: d['evaluationDate'],
  };
  return { version: 2, current: 'werkblad-1', worksheets: [sheet] };
}

/** The blocks in the order version 2 stored them (frozen: FORM may change later). */
const V2_BLOCKS = ['gesprek', 'keuze', 'opties', 'steun', 'check', 'vragen', 'na'] as const;

/** v2 → v3: the open block by key instead of by index. */
function v2to3(d: Rec): Rec {
  const sheets = d['worksheets'];
  // Anything that is not a list stays as it is: normalizeDoc() reports it as invalid.
  const worksheets = Array.isArray(sheets)
    ? sheets.map((s: unknown) => (isRecord(s) ? { ...s, block: V2_BLOCKS[s['block'] as number] ?? V2_BLOCKS[0] } : s))
    : sheets;
  return { ...d, version: 3, worksheets };
}

/** MIGRATIONS[i] takes version i + 1 to version i + 2. */
export const MIGRATIONS: readonly Migration[] = [v1to2, v2to3];

export type MigrateError = 'invalid' | 'future';

/** Run every migration from the document's version up to CURRENT_VERSION. */
export function migrate(doc: Rec): { ok: true; doc: Rec } | { ok: false; error: MigrateError } {
  const version = doc['version'];
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) return { ok: false, error: 'invalid' };
  if (version > CURRENT_VERSION) return { ok: false, error: 'future' };
  let out = doc;
  for (let v = version; v < CURRENT_VERSION; v++) {
    out = MIGRATIONS[v - 1]!(out);
    if (out['version'] !== v + 1) throw new Error(`Migratie ${v} → ${v + 1} gaf versie ${String(out['version'])}`);
  }
  return { ok: true, doc: out };
}
