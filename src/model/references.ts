/**
 * The cross-reference pass: fields that name other entries (a story's themes,
 * a phase's decide pages, a card's page, ...) hold plain id strings, marked
 * with `ref` in their meta (src/model/schemas.ts). This pass takes all entries
 * and returns a Dutch message for every id that does not exist, naming the
 * file and the field. The build runs it (src/integrations/content-references.ts)
 * and so does tests/unit/content-model.test.ts.
 */
import type { z } from 'zod';
import { COLLECTIONS, COLLECTION_NAMES, fieldMeta, type CollectionName } from './schemas.ts';

/** The minimum the pass needs of an entry. */
export interface RefEntry {
  id: string;
  /** Where it lives, for the message. */
  file: string;
  data: Record<string, unknown>;
}

export type RefContent = Partial<Record<CollectionName, readonly RefEntry[]>>;

/** Every reference field of every collection: [collection, field, target collection]. */
export function referenceFields(): { collection: CollectionName; field: string; to: CollectionName }[] {
  return COLLECTION_NAMES.flatMap((collection) => {
    const shape = (COLLECTIONS[collection].schema as unknown as { shape: Record<string, z.ZodType> }).shape;
    return Object.entries(shape).flatMap(([field, schema]) => {
      const to = fieldMeta(schema)?.ref;
      return to ? [{ collection, field, to }] : [];
    });
  });
}

/** Where the entries of a collection live, in words for a message. */
function whereIs(to: CollectionName): string {
  const s = COLLECTIONS[to].storage;
  return 'file' in s ? `content/${s.file}` : `content/${s.dir}/`;
}

/** Dutch messages for references to entries that do not exist. */
export function checkReferences(content: RefContent): string[] {
  const ids = new Map(COLLECTION_NAMES.map((c) => [c, new Set((content[c] ?? []).map((e) => e.id))]));
  const problems: string[] = [];
  for (const { collection, field, to } of referenceFields()) {
    const label = fieldMeta((COLLECTIONS[collection].schema as unknown as { shape: Record<string, z.ZodType> }).shape[field]!)?.label;
    for (const entry of content[collection] ?? []) {
      const value = entry.data[field];
      const named = Array.isArray(value) ? value : value === undefined ? [] : [value];
      for (const id of named) {
        if (typeof id === 'string' && !ids.get(to)!.has(id)) {
          problems.push(`${entry.file}: het veld "${field}" (${label}) noemt "${id}", maar dat bestaat niet in ${whereIs(to)}.`);
        }
      }
    }
  }
  return problems;
}
