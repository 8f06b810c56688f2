/**
 * Two tabs, one set of worksheets: when this tab is about to save and finds
 * that another tab saved in the meantime, the three versions are merged per
 * worksheet and per field, so nothing is lost silently.
 *
 *   base    what this tab last read from or wrote to storage
 *   mine    what this tab has now
 *   theirs  what storage holds now (another tab's save)
 *
 * A field changed in one tab only takes that change. A field changed in both
 * tabs to different values is a conflict: this tab's worksheet stays as it is
 * and the other tab's version is kept next to it as a copy, so the reader can
 * choose (`conflicts` names them). Worksheets added in either tab are kept; a
 * worksheet removed in one tab and changed in the other is kept.
 */
import type { Doc, Worksheet } from './model';

/** Fields that say where the reader is, not what they wrote: never a conflict. */
const UI_FIELDS = new Set<keyof Worksheet>(['id', 'block', 'updated', 'created']);

export interface MergeResult {
  doc: Doc;
  /** Titles of worksheets that were changed in both tabs; both versions are kept. */
  conflicts: string[];
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** The same answers, whatever block is open or when it was last touched. */
function sameContent(a: Worksheet, b: Worksheet): boolean {
  const strip = (w: Worksheet) => Object.fromEntries(Object.entries(w).filter(([k]) => !UI_FIELDS.has(k as keyof Worksheet)));
  return same(strip(a), strip(b));
}

function mergeSheet(base: Worksheet, mine: Worksheet, theirs: Worksheet): Worksheet | null {
  const out: Record<string, unknown> = { ...mine };
  for (const key of Object.keys({ ...base, ...mine, ...theirs }) as (keyof Worksheet)[]) {
    if (UI_FIELDS.has(key)) continue;
    const [b, m, t] = [base[key], mine[key], theirs[key]];
    if (same(m, t) || same(t, b)) continue; // nothing to take, or only this tab changed it
    if (same(m, b)) out[key] = t; // only the other tab changed it
    else return null; // both changed it differently
  }
  out['updated'] = mine.updated > theirs.updated ? mine.updated : theirs.updated;
  return out as unknown as Worksheet;
}

/**
 * Merge this tab's doc with what another tab saved. `copyId` makes the id of a
 * kept copy; `copyTitle` its title (the interface text, e.g. "… (ander tabblad)").
 */
export function mergeDocs(base: Doc, mine: Doc, theirs: Doc, copyId: () => string, copyTitle: (title: string) => string): MergeResult {
  const byId = (d: Doc) => new Map(d.worksheets.map((s) => [s.id, s]));
  const [B, M, T] = [byId(base), byId(mine), byId(theirs)];
  const conflicts: string[] = [];
  const merged: Worksheet[] = [];
  const copies: Worksheet[] = [];

  // This tab's order first, then what only the other tab has.
  const ids = [...new Set([...mine.worksheets.map((s) => s.id), ...theirs.worksheets.map((s) => s.id)])];
  for (const id of ids) {
    const [b, m, t] = [B.get(id), M.get(id), T.get(id)];
    if (m && t) {
      if (!b) {
        // Both have it but it is new to this tab's base: keep both versions if they differ.
        if (sameContent(m, t)) merged.push(m);
        else merged.push(m), copies.push({ ...t, id: copyId(), title: copyTitle(t.title) }), conflicts.push(m.title);
        continue;
      }
      const s = mergeSheet(b, m, t);
      if (s) merged.push(s);
      else merged.push(m), copies.push({ ...t, id: copyId(), title: copyTitle(t.title) }), conflicts.push(m.title);
    } else if (m) {
      // Removed in the other tab: gone, unless this tab changed it since.
      if (!b || !sameContent(b, m)) merged.push(m);
    } else if (t) {
      // Removed here: gone, unless the other tab changed it since; new there: added.
      if (!b || !sameContent(b, t)) merged.push(t);
    }
  }
  const worksheets = [...merged, ...copies];
  const current = mine.current && worksheets.some((s) => s.id === mine.current) ? mine.current : null;
  return { doc: { current, worksheets }, conflicts };
}
