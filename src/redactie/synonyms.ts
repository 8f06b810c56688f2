/**
 * Search synonyms in the local editor: content/synonyms.yaml is a plain list of
 * word groups without ids, so it is edited as one text box with one group per
 * line ("baas, leidinggevende, manager"). Each group is checked with the same
 * schema the build uses (synonymSchema). A save keeps the comment block at the
 * top and the exact text of every group that did not change; a save without
 * changes does not touch the file.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Document, isSeq, parseDocument, type Node } from 'yaml';
import { COLLECTIONS, fieldMeta, synonymSchema } from '../model/schemas.ts';
import type { ContentProblem } from '../model/read.ts';

/** The id the editor's URL uses for the one synonyms form (/bewerk?c=synonyms&id=alle). */
export const SYNONYMS_ID = 'alle';

export const synonymsFile = (dir: string) => join(dir, COLLECTIONS.synonyms.storage.file);

interface Stored {
  text: string;
  /** Text before the first group (the comment block). */
  head: string;
  groups: { words: string[]; source: string }[];
}

function readStored(dir: string): Stored {
  const file = synonymsFile(dir);
  const text = existsSync(file) ? readFileSync(file, 'utf8') : '';
  const doc = parseDocument(text);
  const items = isSeq(doc.contents) ? (doc.contents.items as Node[]) : [];
  const starts = items.map((item) => text.lastIndexOf('\n', (item.range?.[0] ?? 0) - 1) + 1);
  const groups = items.map((item, i) => {
    const words = (item.toJSON() as unknown[]).map(String);
    const end = item.range?.[1] ?? text.length;
    return { words, source: text.slice(starts[i]!, end).replace(/\n+$/, '') };
  });
  return { text, head: items.length ? text.slice(0, starts[0]) : text, groups };
}

/** The word groups as they are stored. */
export function readSynonyms(dir: string): string[][] {
  return readStored(dir).groups.map((g) => g.words);
}

/** The groups as lines for the text box: "baas, leidinggevende, manager". */
export const synonymLines = (groups: readonly (readonly string[])[]) => groups.map((g) => g.join(', ')).join('\n');

/** Groups from the text box: one per non-empty line, words split on commas. */
export function parseSynonymLines(text: string): { line: number; words: string[] }[] {
  return text
    .replace(/\r\n/g, '\n')
    .split('\n')
    .map((l, i) => ({ line: i + 1, words: l.split(',').map((w) => w.trim()).filter(Boolean) }))
    .filter((g) => g.words.length > 0);
}

export type SynonymSave = { status: 'opgeslagen'; file: string; changed: string[] } | { status: 'ongewijzigd'; file: string } | { status: 'geweigerd'; file: string; problems: ContentProblem[] };

const flowLine = (words: readonly string[]) => {
  const doc = new Document([words]);
  const seq = doc.contents;
  if (isSeq(seq) && isSeq(seq.items[0])) (seq.items[0] as { flow?: boolean }).flow = true;
  return doc.toString({ lineWidth: 0, flowCollectionPadding: false }).replace(/\n$/, '');
};

/** Check and save the text box. Nothing is written when a group is invalid or nothing changed. */
export function saveSynonyms(dir: string, text: string): SynonymSave {
  const file = synonymsFile(dir);
  const stored = readStored(dir);
  const groups = parseSynonymLines(text);
  const problems: ContentProblem[] = [];
  for (const g of groups) {
    const result = synonymSchema.safeParse({ words: g.words });
    if (!result.success) {
      const words = g.words.join(', ');
      for (const issue of result.error.issues) problems.push({ file, field: 'words', message: `${file}: regel ${g.line} (“${words}”): ${issue.message}${g.words.length < 2 ? ' Een groep heeft minstens twee woorden, gescheiden door komma’s.' : ''}` });
    }
  }
  if (problems.length > 0) return { status: 'geweigerd', file, problems };
  const before = stored.groups.map((g) => g.words);
  const after = groups.map((g) => g.words);
  if (JSON.stringify(before) === JSON.stringify(after)) return { status: 'ongewijzigd', file };
  const unused = [...stored.groups];
  const lines = after.map((words) => {
    const at = unused.findIndex((g) => JSON.stringify(g.words) === JSON.stringify(words));
    return at >= 0 ? unused.splice(at, 1)[0]!.source : flowLine(words);
  });
  writeFileSync(file, `${stored.head}${lines.join('\n')}\n`);
  return { status: 'opgeslagen', file, changed: ['words'] };
}

/** Label and hint of the text box, from the schema's meta. */
export function synonymField(): { label: string; help: string } {
  const meta = fieldMeta(synonymSchema.shape.words);
  return { label: meta?.label ?? 'Woorden', help: meta?.help ?? '' };
}
