/** Reading content files in tests (outside Astro): frontmatter, body and plain text. */
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'yaml';

export const CONTENT = 'content';

/** Unfinished text that must never reach readers (content files and built pages). */
export const PLACEHOLDER = /lorem ipsum|\bTODO\b|\bTBD\b|\bFIXME\b|nog invullen|stand-in|\bxxx\b|\[placeholder\]/i;

export function listFiles(dir: string, ext: RegExp): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const full = join(d, e.name);
      if (e.isDirectory()) walk(full);
      else if (ext.test(e.name)) out.push(full);
    }
  };
  walk(dir);
  return out.sort();
}

export interface MdxFile {
  path: string;
  /** Id as Astro's glob loader makes it: path under the collection folder, no extension, no /index. */
  id: string;
  data: Record<string, unknown>;
  body: string;
}

export function readMdx(path: string, collectionDir: string): MdxFile {
  const source = readFileSync(path, 'utf8');
  const match = /^---\n([\s\S]*?)\n---\n?([\s\S]*)$/.exec(source);
  const data = match ? (parse(match[1]!) as Record<string, unknown>) : {};
  const id = relative(collectionDir, path)
    .replaceAll('\\', '/')
    .replace(/\.mdx$/, '')
    .replace(/\/index$/, '');
  return { path, id, data, body: match ? match[2]! : source };
}

export function collection(name: string): MdxFile[] {
  const dir = join(CONTENT, name);
  return listFiles(dir, /\.mdx$/).map((p) => readMdx(p, dir));
}

export function yamlList<T = Record<string, unknown>>(file: string): T[] {
  return parse(readFileSync(join(CONTENT, file), 'utf8')) as T[];
}

/** All text strings inside a parsed YAML or frontmatter value (nested lists and objects included). */
export function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value && typeof value === 'object') return Object.values(value).flatMap(strings);
  return [];
}
