/**
 * Reading and writing one content entry for the local editor (`npm run
 * redactie`), through the content schemas (src/model/schemas.ts). A save is
 * checked first: nothing invalid is written. Only the fields that changed are
 * written back into the YAML (comments, order and style of the rest stay as
 * they are), and a save without changes does not touch the file at all.
 */
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Document, isMap, isScalar, isSeq, parseDocument, type Node, type Pair, type YAMLMap } from 'yaml';
import { globId, parseEntry, type ContentProblem } from '../model/read.ts';
import { COLLECTIONS, type CollectionName } from '../model/schemas.ts';
import { checkBody } from './components.ts';
import { hasReviewed, REVIEW_FIELD, REVIEW_NEEDED, type ReviewChoice } from './reviewed.ts';

/** Collections the editor opens entry by entry (synonyms, a plain list of word groups without ids, have their own form: src/redactie/synonyms.ts). */
export const EDITABLE = ['pages', 'stories', 'steps', 'phases', 'glossary', 'questions', 'themes', 'cards', 'bestBets', 'amounts'] as const satisfies readonly CollectionName[];
export type Editable = (typeof EDITABLE)[number];

export function isEditable(name: string): name is Editable {
  return (EDITABLE as readonly string[]).includes(name);
}

/** One entry as stored: its file, its raw (unparsed) fields and, for MDX, its body. */
export interface StoredEntry {
  collection: Editable;
  id: string;
  file: string;
  raw: Record<string, unknown>;
  body: string | null;
}

interface Located {
  file: string;
  /** The YAML text the map was parsed from (the frontmatter of an MDX file). */
  source: string;
  doc: Document;
  /** The map holding the entry's fields (the frontmatter, the file, or one item of a list). */
  map: YAMLMap;
  /** MDX only: the text below the frontmatter. */
  body: string | null;
}

const FRONTMATTER = /^---\r?\n([\s\S]*?\r?\n)?---\r?\n?([\s\S]*)$/;

function filesOf(dir: string, name: Editable): { file: string; id: string }[] {
  const storage = COLLECTIONS[name].storage;
  if (storage.kind !== 'mdx' && storage.kind !== 'yamls') return [];
  const base = join(dir, storage.dir);
  const ext = storage.kind === 'mdx' ? '.mdx' : '.yaml';
  const candidates: string[] = [];
  const walk = (d: string, deep: boolean) => {
    if (!existsSync(d)) return;
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const full = join(d, e.name);
      if (e.isDirectory() && deep) walk(full, deep);
      else if (e.isFile() && e.name.endsWith(ext)) candidates.push(full);
    }
  };
  walk(base, storage.pattern.startsWith('**/'));
  return candidates.map((file) => ({ file, id: globId(base, file) }));
}

/** The ids of a collection's entries, in file order. */
export function listEntries(dir: string, name: Editable): string[] {
  const storage = COLLECTIONS[name].storage;
  if (storage.kind === 'yaml') {
    const path = join(dir, storage.file);
    if (!existsSync(path)) return [];
    const doc = parseDocument(readFileSync(path, 'utf8'));
    return isSeq(doc.contents) ? doc.contents.items.flatMap((item) => {
          const id = isMap(item) ? (item.get('id') as unknown) : undefined;
          return typeof id === 'string' ? [id] : [];
        }) : [];
  }
  return filesOf(dir, name).map((f) => f.id);
}

function locate(dir: string, name: Editable, id: string): Located | null {
  const storage = COLLECTIONS[name].storage;
  if (storage.kind === 'yaml') {
    const file = join(dir, storage.file);
    if (!existsSync(file)) return null;
    const text = readFileSync(file, 'utf8');
    const doc = parseDocument(text);
    const item = isSeq(doc.contents) ? doc.contents.items.find((i) => isMap(i) && (i.get('id') as unknown) === id) : undefined;
    return item && isMap(item) ? { file, source: text, doc, map: item, body: null } : null;
  }
  const found = filesOf(dir, name).find((f) => f.id === id);
  if (!found) return null;
  const text = readFileSync(found.file, 'utf8');
  if (storage.kind === 'mdx') {
    const m = FRONTMATTER.exec(text);
    if (!m) return null;
    const source = m[1] ?? '';
    const doc = parseDocument(source);
    return isMap(doc.contents) ? { file: found.file, source, doc, map: doc.contents, body: m[2]! } : null;
  }
  const doc = parseDocument(text);
  return isMap(doc.contents) ? { file: found.file, source: text, doc, map: doc.contents, body: null } : null;
}

export function readEntry(dir: string, name: Editable, id: string): StoredEntry | null {
  const at = locate(dir, name, id);
  if (!at) return null;
  const { id: _id, ...raw } = at.map.toJSON() as Record<string, unknown>;
  return { collection: name, id, file: at.file, raw, body: at.body };
}

export type SaveResult = { status: 'opgeslagen'; file: string; changed: string[] } | { status: 'ongewijzigd'; file: string } | { status: 'geweigerd'; file: string; problems: ContentProblem[] };

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Save new values for some fields (and, for MDX, the body). Values of
 * `undefined` remove an optional field. Returns which fields changed, or the
 * Dutch problems that kept the file untouched. With a `review` choice (the
 * editor always passes one), an entry with a `reviewed` date must get a new
 * date when anything else changes: ticked sets it to today, otherwise the save
 * is refused unless `reviewed` itself changed (src/redactie/reviewed.ts).
 */
export function saveEntry(dir: string, name: Editable, id: string, values: Record<string, unknown>, body?: string, review?: ReviewChoice): SaveResult {
  const at = locate(dir, name, id);
  if (!at) throw new Error(`${name}/${id} bestaat niet`);
  const factual = review !== undefined && hasReviewed(name);
  if (factual && review.ticked) values = { ...values, reviewed: review.today };
  const { id: _id, ...raw } = at.map.toJSON() as Record<string, unknown>;
  const next: Record<string, unknown> = { ...raw };
  for (const [key, value] of Object.entries(values)) {
    if (value === undefined) delete next[key];
    else next[key] = value;
  }
  const before = parseEntry(name, raw, at.file);
  const after = parseEntry(name, next, at.file);
  if ('problems' in after) return { status: 'geweigerd', file: at.file, problems: after.problems };
  // A field counts as changed when what the site reads from it changes (an added default is no change).
  const changed = Object.keys(values).filter((key) => !('data' in before) || !same((before.data as Record<string, unknown>)[key], (after.data as Record<string, unknown>)[key]));
  const bodyChanged = body !== undefined && at.body !== null && body !== at.body;
  if (bodyChanged) {
    const wrong = checkBody(body, dir);
    if (wrong.length > 0) return { status: 'geweigerd', file: at.file, problems: wrong.map((p) => ({ file: at.file, field: 'body', message: `${at.file}: de tekst, ${p.message.charAt(0).toLowerCase()}${p.message.slice(1)}` })) };
  }
  if (changed.length === 0 && !bodyChanged) return { status: 'ongewijzigd', file: at.file };
  if (factual && !review.ticked && !changed.includes('reviewed')) return { status: 'geweigerd', file: at.file, problems: [{ file: at.file, field: REVIEW_FIELD, message: REVIEW_NEEDED }] };
  const yaml = spliceFields(at, changed, next);
  const text = at.body === null ? yaml : `---\n${yaml}---\n${bodyChanged ? body : at.body}`;
  writeFileSync(at.file, text);
  return { status: 'opgeslagen', file: at.file, changed: bodyChanged ? [...changed, 'body'] : changed };
}

const keyOf = (pair: Pair) => (isScalar(pair.key) ? String(pair.key.value) : String(pair.key));
const range = (node: unknown) => (node as Node | null)?.range;

/** One field as YAML text at `column`, flow style for a list that was flow style before. */
function renderField(key: string, value: unknown, column: number, flow: boolean): string {
  const doc = new Document({ [key]: value });
  if (flow && isMap(doc.contents)) {
    const v = (doc.contents.items[0] as Pair).value;
    if (isSeq(v)) v.flow = true;
  }
  const pad = ' '.repeat(column);
  return doc
    .toString({ lineWidth: 0, flowCollectionPadding: false })
    .replace(/\n$/, '')
    .split('\n')
    .map((line, i) => (i === 0 ? line : `${pad}${line}`))
    .join('\n');
}

/**
 * The YAML source with only the changed fields rewritten in place: every other
 * line, comment and style stays byte for byte as it was.
 */
function spliceFields(at: Located, changed: readonly string[], next: Record<string, unknown>): string {
  const edits: { from: number; to: number; text: string }[] = [];
  const pairs = at.map.items as Pair[];
  const first = pairs[0] ? range(pairs[0].key) : undefined;
  const column = first ? first[0] - (at.source.lastIndexOf('\n', first[0] - 1) + 1) : 0;
  for (const key of changed) {
    const pair = pairs.find((p) => keyOf(p) === key);
    const keyRange = pair ? range(pair.key) : undefined;
    const valueRange = pair ? range(pair.value) : undefined;
    if (pair && keyRange && valueRange) {
      let to = valueRange[1];
      const old = at.source.slice(keyRange[0], to);
      const trailing = /\n+$/.exec(old)?.[0] ?? '';
      to -= trailing.length;
      if (next[key] === undefined) {
        const lineStart = at.source.lastIndexOf('\n', keyRange[0] - 1) + 1;
        const lineEnd = at.source.indexOf('\n', to);
        edits.push({ from: lineStart, to: lineEnd === -1 ? at.source.length : lineEnd + 1, text: '' });
      } else {
        edits.push({ from: keyRange[0], to, text: renderField(key, next[key], column, isSeq(pair.value) && pair.value.flow === true) });
      }
    } else if (next[key] !== undefined) {
      // A new field goes after the entry's last field.
      const end = range(at.map)?.[1] ?? at.source.length;
      const prefix = at.source.slice(0, end).endsWith('\n') ? '' : '\n';
      edits.push({ from: end, to: end, text: `${prefix}${' '.repeat(column)}${renderField(key, next[key], column, false)}\n` });
    }
  }
  let out = at.source;
  for (const e of edits.sort((a, b) => b.from - a.from)) out = out.slice(0, e.from) + e.text + out.slice(e.to);
  return out;
}
