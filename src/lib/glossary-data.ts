/**
 * Reads content/glossary.yaml outside Astro's content layer, for build-time
 * plugins that run before collections exist (the rehype glossary plugin).
 * The content collection still validates the same file with the full schema.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { fillWeeks } from './weeks';

export interface GlossaryTerm {
  id: string;
  term: string;
  forms: string[];
  short: string;
}

export function contentDir(): string {
  return process.env['CONTENT_DIR'] ?? join(process.cwd(), 'content');
}

export function loadGlossary(dir = contentDir()): GlossaryTerm[] {
  const path = join(dir, 'glossary.yaml');
  if (!existsSync(path)) return [];
  const raw: unknown = parse(readFileSync(path, 'utf8'));
  if (!Array.isArray(raw)) return [];
  return raw.flatMap((item: Record<string, unknown>) =>
    typeof item['id'] === 'string' && typeof item['term'] === 'string' && typeof item['short'] === 'string'
      ? [
          {
            id: item['id'],
            term: item['term'],
            forms: Array.isArray(item['forms']) ? item['forms'].filter((f): f is string => typeof f === 'string') : [],
            short: fillWeeks(item['short']),
          },
        ]
      : [],
  );
}
