/**
 * Versioned format with migrations: an ordered list of pure functions, each
 * taking a document of version N to version N+1. Stored data and imported
 * files run through the same chain, then through normalizeDoc().
 *
 * History:
 * - Version 1 was a development format (one flat worksheet) that never
 *   reached readers. Its support was dropped when the first real migration
 *   arrived; a version-1 file is refused as unreadable.
 * - Version 2 (first release): { version: 2, current: id | null, worksheets: [...] };
 *   exports { app, version: 2, exportedAt, worksheets }. Each worksheet kept
 *   the open block as an index into its seven blocks (`block: 4`).
 * - Version 3 (current): the same, but the open block is stored by its key
 *   (`block: "check"`, see FORM in form.ts), so adding or moving a block never
 *   reopens the wrong one.
 *
 * A new format: raise CURRENT_VERSION (model.ts), add one function here, and
 * an example of the old format to tests/unit/worksheet-migrations.test.ts.
 */
import { CURRENT_VERSION } from './model';
import { isRecord } from './validate';

type Rec = Record<string, unknown>;
export type Migration = (doc: Rec) => Rec;

/** The oldest format we can still read. */
export const OLDEST_VERSION = 2;

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

/** MIGRATIONS[i] takes version OLDEST_VERSION + i to the next version. */
export const MIGRATIONS: readonly Migration[] = [v2to3];

export type MigrateError = 'invalid' | 'future';

/** Run every migration from the document's version up to CURRENT_VERSION. */
export function migrate(doc: Rec): { ok: true; doc: Rec } | { ok: false; error: MigrateError } {
  const version = doc['version'];
  if (typeof version !== 'number' || !Number.isInteger(version) || version < OLDEST_VERSION) return { ok: false, error: 'invalid' };
  if (version > CURRENT_VERSION) return { ok: false, error: 'future' };
  let out = doc;
  for (let v = version; v < CURRENT_VERSION; v++) {
    out = MIGRATIONS[v - OLDEST_VERSION]!(out);
    if (out['version'] !== v + 1) throw new Error(`Migratie ${v} → ${v + 1} gaf versie ${String(out['version'])}`);
  }
  return { ok: true, doc: out };
}
