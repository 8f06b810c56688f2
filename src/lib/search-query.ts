/**
 * Turns what a reader types into Pagefind searches: lower case, without filler
 * words, and with synonyms from content/synonyms.yaml, so "baas" also finds
 * "leidinggevende" and "2e spoor" finds "spoor 2". Pure, for unit tests.
 */

/** Dutch filler words that only narrow a search (Pagefind requires every known word). */
export const STOPWORDS = new Set(
  'de het een en of ik je jij mijn me mij wat hoe wie waar wanneer waarom is ben bent zijn was wil kan kun kunnen mag moet moeten als dan dat die dit van voor met naar op in aan om te er nog niet wel ook maar bij over door tot uit heb hebt heeft krijg krijgt worden word wordt welke iets veel zo'.split(
    ' ',
  ),
);

export type SynonymGroups = readonly (readonly string[])[];

export interface SearchPlan {
  /** The cleaned query, as typed. */
  base: string;
  /** Whole-query variants with one phrase replaced by a synonym. */
  variants: string[];
  /** Single words or phrases, for a broader fallback when the full query finds little. */
  parts: string[];
}

export function normalize(q: string): string {
  return q
    .toLowerCase()
    .normalize('NFC')
    .replace(/[^\p{L}\p{N}\s-]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Find synonym phrases in the query (longest first) and the remaining words. */
export function plan(query: string, groups: SynonymGroups, maxVariants = 12): SearchPlan {
  let text = ` ${normalize(query)} `;
  const found: { phrase: string; group: readonly string[] }[] = [];
  const phrases = groups
    .flatMap((group) => group.map((phrase) => ({ phrase: normalize(phrase), group })))
    .sort((a, b) => b.phrase.length - a.phrase.length);
  for (const { phrase, group } of phrases) {
    if (!phrase) continue;
    const needle = ` ${phrase} `;
    if (text.includes(needle)) {
      found.push({ phrase, group });
      text = text.replace(needle, ' ');
    }
  }
  const words = text
    .split(' ')
    .filter((w) => w && !STOPWORDS.has(w));
  const base = [...found.map((f) => f.phrase), ...words].join(' ').trim() || normalize(query);

  const variants: string[] = [];
  for (const f of found) {
    for (const alt of f.group.map(normalize)) {
      if (alt === f.phrase) continue;
      const v = base.replace(f.phrase, alt);
      if (!variants.includes(v) && v !== base) variants.push(v);
    }
  }
  const parts = [...new Set([...found.flatMap((f) => f.group.map(normalize)), ...words])];
  return { base, variants: variants.slice(0, maxVariants), parts };
}

export interface Scored {
  id: string;
  score: number;
}

/** Merge result lists: the best weighted score per page wins, and pages found by more searches rank higher. */
export function merge(lists: { results: Scored[]; weight: number }[]): Scored[] {
  const best = new Map<string, { score: number; hits: number }>();
  for (const { results, weight } of lists) {
    for (const r of results) {
      const prev = best.get(r.id);
      const score = r.score * weight;
      best.set(r.id, { score: Math.max(prev?.score ?? 0, score), hits: (prev?.hits ?? 0) + 1 });
    }
  }
  return [...best.entries()]
    .map(([id, { score, hits }]) => ({ id, score: score * (1 + 0.05 * Math.min(hits - 1, 6)) }))
    .sort((a, b) => b.score - a.score);
}

/** Escape a Pagefind excerpt, keeping only its <mark> highlights. */
export function safeExcerpt(excerpt: string): string {
  return excerpt
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/&lt;mark&gt;/g, '<mark>')
    .replace(/&lt;\/mark&gt;/g, '</mark>')
    .replace(/&amp;(amp|lt|gt|quot|#39);/g, '&$1;');
}
