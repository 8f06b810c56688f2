/**
 * Reading documents (stored or imported) and the export/import file format:
 *   { app: "keuzehulp-werkblad", version: N, exportedAt: ISO, worksheets: [...] }
 * Errors are codes; the island shows the Dutch text for each (labels.ts).
 */
import { APP_ID, CURRENT_VERSION, LIMITS, newId, type Doc, type Worksheet } from './model';
import { migrate } from './migrations';
import { isRecord, normalizeDoc } from './validate';

export type ReadError = 'invalid' | 'future' | 'too-many';
export type ImportError = ReadError | 'not-json' | 'not-ours' | 'too-large' | 'empty';

export type Result<T, E> = { ok: true; value: T } | { ok: false; error: E };

/** Any parsed document of any known version → the current format. */
export function readDoc(value: unknown, now: Date, makeId: () => string = newId): Result<Doc, ReadError> {
  if (!isRecord(value)) return { ok: false, error: 'invalid' };
  const migrated = migrate(value);
  if (!migrated.ok) return migrated;
  const doc = normalizeDoc(migrated.doc, now.toISOString(), makeId);
  return doc.ok ? { ok: true, value: doc.doc } : doc;
}

/** The text of an export file. */
export function exportJson(worksheets: readonly Worksheet[], now: Date): string {
  return JSON.stringify({ app: APP_ID, version: CURRENT_VERSION, exportedAt: now.toISOString(), worksheets }, null, 2);
}

/** werkblad-2026-03-05.json (local date). */
export function exportFileName(now: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `werkblad-${now.getFullYear()}-${p(now.getMonth() + 1)}-${p(now.getDate())}.json`;
}

/** Check before reading a file: too large files are refused unread. */
export function checkFileSize(bytes: number): ImportError | null {
  if (bytes > LIMITS.importBytes) return 'too-large';
  return bytes === 0 ? 'empty' : null;
}

/** Parse the text of an import file into worksheets (not yet merged). */
export function parseImport(text: string, now: Date, makeId: () => string = newId): Result<Worksheet[], ImportError> {
  if (text.length > LIMITS.importBytes) return { ok: false, error: 'too-large' };
  if (!text.trim()) return { ok: false, error: 'empty' };
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return { ok: false, error: 'not-json' };
  }
  if (!isRecord(value) || value['app'] !== APP_ID) return { ok: false, error: 'not-ours' };
  const { app: _app, exportedAt: _at, ...doc } = value;
  const read = readDoc(doc, now, makeId);
  return read.ok ? { ok: true, value: read.value.worksheets } : read;
}

/** Equal apart from which block was open last. */
const sameContent = (a: Worksheet, b: Worksheet) => JSON.stringify({ ...a, block: 0 }) === JSON.stringify({ ...b, block: 0 });

/**
 * Add imported worksheets to the existing ones. Never replaces: an identical
 * copy of a worksheet already present is skipped, any other id clash gets a new id.
 */
export function mergeImported(
  existing: readonly Worksheet[],
  incoming: readonly Worksheet[],
  makeId: () => string = newId,
): Result<{ worksheets: Worksheet[]; added: number; skipped: number }, 'too-many'> {
  const out = [...existing];
  const ids = new Set(existing.map((s) => s.id));
  let added = 0;
  let skipped = 0;
  for (const sheet of incoming) {
    const same = existing.find((s) => s.id === sheet.id);
    if (same && sameContent(same, sheet)) {
      skipped++;
      continue;
    }
    let id = sheet.id;
    while (ids.has(id)) id = makeId();
    ids.add(id);
    out.push({ ...sheet, id });
    added++;
  }
  if (out.length > LIMITS.sheets) return { ok: false, error: 'too-many' };
  return { ok: true, value: { worksheets: out, added, skipped } };
}
