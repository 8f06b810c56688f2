/**
 * Does a search query express distress (despair, exhaustion, thoughts of
 * death or self-harm)? Reads the phrase lists in src/data/distress.ts. Pure and
 * small, because the search page ships it: see tests/unit/distress.test.ts for
 * what must and must not trigger the help block.
 */
import { ANYWHERE, AT_END, FILLER, JOINS, VARIANTS } from '../data/distress';

const FILLER_SET = new Set(FILLER);

/** Lower case, no accents or punctuation, spelling variants and joined words resolved. */
export function distressTokens(text: string): string[] {
  let t = ` ${text
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[’']/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()} `;
  for (const [from, to] of Object.entries(JOINS)) t = t.split(` ${from} `).join(` ${to} `);
  return t
    .trim()
    .split(' ')
    .filter(Boolean)
    .flatMap((w) => (VARIANTS[w] ?? w).split(' '));
}

/** One letter added, left out, changed or swapped (Damerau–Levenshtein ≤ 1). */
function nearlySame(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/** A typed word stands for a phrase word: the same, or one letter off for words of five letters or more. */
function same(typed: string, word: string): boolean {
  return typed === word || (word.length >= 5 && typed.length >= 4 && nearlySame(typed, word));
}

/**
 * Where the phrase's words follow each other from `start` (filler words may
 * stand between them): the index after its last word, or -1.
 */
function matchFrom(query: string[], phrase: string[], start: number): number {
  let i = start;
  for (const [n, word] of phrase.entries()) {
    // The first word must stand at `start`; later words may follow filler.
    while (n > 0 && i < query.length && !same(query[i]!, word) && FILLER_SET.has(query[i]!)) i++;
    if (i >= query.length || !same(query[i]!, word)) return -1;
    i++;
  }
  return i;
}

const anywhere = ANYWHERE.map(distressTokens);
const atEnd = AT_END.map(distressTokens);

/** True when the query says one of the distress phrases (see src/data/distress.ts). */
export function isDistress(query: string): boolean {
  const q = distressTokens(query);
  for (let start = 0; start < q.length; start++) {
    if (anywhere.some((p) => matchFrom(q, p, start) >= 0)) return true;
    for (const p of atEnd) {
      const end = matchFrom(q, p, start);
      if (end >= 0 && q.slice(end).every((w) => FILLER_SET.has(w))) return true;
    }
  }
  return false;
}
