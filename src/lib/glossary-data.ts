/**
 * Reads content/glossary.yaml outside Astro's content layer, for build-time
 * plugins that run before collections exist (the rehype glossary plugin),
 * through the same schema as the collection (src/model/schemas.ts). A term
 * that does not match the schema is left out here; the build names it.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { contentDir, parseEntry } from '../model/read';
import { fillWeeks } from './weeks';

export interface GlossaryTerm {
  id: string;
  term: string;
  forms: string[];
  short: string;
}

export function loadGlossary(dir = contentDir()): GlossaryTerm[] {
  const path = join(dir, 'glossary.yaml');
  if (!existsSync(path)) return [];
  const raw: unknown = parse(readFileSync(path, 'utf8'));
  if (!Array.isArray(raw)) return [];
  return raw.flatMap((item: Record<string, unknown>) => {
    const { id, ...data } = item;
    const parsed = parseEntry('glossary', data);
    if (typeof id !== 'string' || !('data' in parsed)) return [];
    return [{ id, term: parsed.data.term, forms: parsed.data.forms, short: fillWeeks(parsed.data.short) }];
  });
}
