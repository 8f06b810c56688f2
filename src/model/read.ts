/**
 * Reads the content folder in plain Node, through the same schemas the build
 * uses (src/model/schemas.ts): for the tests, the health report and tools that
 * run without Astro. Files that do not match their schema are reported with
 * the file and the field, in Dutch, and left out of the entries.
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { COLLECTIONS, COLLECTION_NAMES, fieldMeta, wordGroupEntries, type CollectionName, type ContentData, type Storage } from './schemas.ts';
import { CONTENT_DIRS, LOCALE, type Locale } from './locale.ts';

/** An entry read from disk: where it lives, its id, its parsed data and (for MDX) its body. */
export interface LoadedEntry<C extends CollectionName> {
  collection: C;
  id: string;
  /** Path of the file, relative to the working directory ("content/pages/over.mdx"). */
  file: string;
  data: ContentData<C>;
  /** The MDX text below the frontmatter; empty for YAML entries. */
  body: string;
}

export type LoadedContent = { [C in CollectionName]: LoadedEntry<C>[] };

export interface ContentProblem {
  file: string;
  /** The field path, dotted ("sources.0.url"); empty for a problem with the whole file. */
  field: string;
  message: string;
}

export interface ReadResult {
  locale: Locale;
  dir: string;
  entries: LoadedContent;
  problems: ContentProblem[];
}

/** The content folder of a language; CONTENT_DIR overrides it (tests point it at fixtures). */
export function contentDir(locale: Locale = LOCALE): string {
  return process.env['CONTENT_DIR'] ?? `./${CONTENT_DIRS[locale]}`;
}

/** Files under `dir` matching a loader pattern ("*.mdx" top level only, "**\/*.mdx" recursive). */
function filesIn(dir: string, pattern: string): string[] {
  if (!existsSync(dir)) return [];
  const ext = pattern.slice(pattern.lastIndexOf('.'));
  const recursive = pattern.startsWith('**/');
  const out: string[] = [];
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const full = join(d, e.name);
      if (e.isDirectory()) {
        if (recursive) walk(full);
      } else if (e.name.endsWith(ext)) out.push(full);
    }
  };
  walk(dir);
  return out.sort();
}

/** The id Astro's glob loader gives a file: its path under the folder, without extension and trailing /index. */
export function globId(dir: string, file: string): string {
  const id = relative(dir, file)
    .replaceAll('\\', '/')
    .replace(/\.[a-z]+$/, '')
    .replace(/\/index$/, '');
  return id.toLowerCase();
}

/** Frontmatter and body of an MDX file. */
export function splitFrontmatter(source: string): { data: unknown; body: string } {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(source);
  return match ? { data: parseYaml(match[1]!), body: match[2]! } : { data: {}, body: source };
}

/** The Dutch label of a top-level field, for messages. */
export function fieldLabel(collection: CollectionName, path: readonly PropertyKey[]): string | undefined {
  const shape = (COLLECTIONS[collection].schema as unknown as { shape: Record<string, z.ZodType> }).shape;
  const key = path[0];
  return typeof key === 'string' && shape[key] ? fieldMeta(shape[key])?.label : undefined;
}

function problemsOf(collection: CollectionName, file: string, error: z.ZodError): ContentProblem[] {
  return error.issues.map((issue) => {
    const field = issue.path.map(String).join('.');
    const label = fieldLabel(collection, issue.path);
    const where = field ? `het veld "${field}"${label ? ` (${label})` : ''}` : 'het bestand';
    return { file, field, message: `${file}: ${where}: ${issue.message}` };
  });
}

interface RawEntry {
  id: string;
  file: string;
  data: unknown;
  body: string;
}

function rawEntries(dir: string, storage: Storage, problems: ContentProblem[]): RawEntry[] {
  if (storage.kind === 'mdx' || storage.kind === 'yamls') {
    const base = join(dir, storage.dir);
    return filesIn(base, storage.pattern).map((file) => {
      const text = readFileSync(file, 'utf8');
      const { data, body } = storage.kind === 'mdx' ? splitFrontmatter(text) : { data: parseYaml(text) as unknown, body: '' };
      return { id: globId(base, file), file, data, body };
    });
  }
  const file = join(dir, storage.file);
  if (!existsSync(file)) return [];
  const raw: unknown = parseYaml(readFileSync(file, 'utf8'));
  const list = storage.kind === 'wordGroups' ? wordGroupEntries(raw) : Array.isArray(raw) ? (raw as unknown[]) : [];
  return list.flatMap((item, i) => {
    const record = item && typeof item === 'object' ? (item as Record<string, unknown>) : {};
    const id = record['id'];
    if (typeof id !== 'string' || id === '') {
      problems.push({ file, field: 'id', message: `${file}: item ${i + 1} heeft geen "id".` });
      return [];
    }
    const { id: _id, ...data } = record;
    return [{ id, file, data, body: '' }];
  });
}

/** Parse one entry's data through its collection's schema. */
export function parseEntry<C extends CollectionName>(collection: C, data: unknown, file = `(${collection})`): { data: ContentData<C> } | { problems: ContentProblem[] } {
  const result = COLLECTIONS[collection].schema.safeParse(data);
  return result.success ? { data: result.data as ContentData<C> } : { problems: problemsOf(collection, file, result.error) };
}

/** Read every collection of a content folder (the locale's own folder by default). */
export function readContent(options: { locale?: Locale; dir?: string } = {}): ReadResult {
  const locale = options.locale ?? LOCALE;
  const dir = options.dir ?? contentDir(locale);
  const problems: ContentProblem[] = [];
  const entries = {} as Record<CollectionName, LoadedEntry<CollectionName>[]>;
  for (const name of COLLECTION_NAMES) {
    const list: LoadedEntry<CollectionName>[] = [];
    for (const raw of rawEntries(dir, COLLECTIONS[name].storage, problems)) {
      const parsed = parseEntry(name, raw.data, raw.file);
      if ('problems' in parsed) problems.push(...parsed.problems);
      else list.push({ collection: name, id: raw.id, file: raw.file, data: parsed.data, body: raw.body });
    }
    entries[name] = list;
  }
  return { locale, dir, entries: entries as LoadedContent, problems };
}
