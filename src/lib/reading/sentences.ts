/**
 * Splitting Dutch text into sentences, once for the whole site: read-aloud
 * (src/scripts/reading-aids.ts, which highlights exactly what is being read,
 * hence offsets into the text) and the content quality gate
 * (src/lib/readability.ts, which also ends a sentence at a colon).
 *
 * A sentence ends at . ! ? or … (with closing quotes or brackets) followed by
 * a space, unless the next word starts with a small letter or the dot ends one
 * of the ABBREVIATIONS ("bijv.", "o.a.", "art.").
 */

/** Abbreviations whose full stop does not end a sentence (without that last dot). */
export const ABBREVIATIONS: readonly string[] = [
  'bijv', 'bv', 'vb', 'o.a', 'o.m', 'm.n', 'd.w.z', 'enz', 'etc', 'e.d', 'a.s', 'jl', 'ca', 'nr', 'art', 'lid', 'blz',
  'i.p.v', 'm.b.t', 't.a.v', 't.o.v', 't/m', 'z.s.m', 'zgn', 'incl', 'excl', 'evt', 'resp', 'vs', 'max', 'min',
  'mr', 'dr', 'drs', 'ir', 'ing', 'dhr', 'mevr',
];
const ABBREVIATION = new RegExp(`(?:^|[\\s(])(?:${ABBREVIATIONS.map((a) => a.replace(/[./]/g, '\\$&')).join('|')})\\.$`, 'i');
const END = /[.!?…]+["'”’)\]»]*(?=\s)/gu;
const END_OR_COLON = /(?:[.!?…]+["'”’)\]»]*|:)(?=\s)/gu;
const WORD = /[\p{L}\p{N}]/u;

/**
 * [start, end) of each sentence in `text`, without surrounding spaces; pieces
 * without a letter or digit are left out. With `colon`, a colon followed by a
 * space ends a sentence too, whatever comes next (for counting: a colon
 * breaks a long sentence for the reader; read-aloud keeps "Let op: …" whole).
 */
export function splitSentences(text: string, opts: { colon?: boolean } = {}): [number, number][] {
  const spans: [number, number][] = [];
  let start = 0;
  const push = (end: number) => {
    let a = start;
    let b = end;
    while (a < b && /\s/.test(text[a]!)) a++;
    while (b > a && /\s/.test(text[b - 1]!)) b--;
    if (WORD.test(text.slice(a, b))) spans.push([a, b]);
    start = end;
  };
  for (const m of text.matchAll(opts.colon ? END_OR_COLON : END)) {
    const end = m.index + m[0].length;
    if (m[0] !== ':') {
      const next = /\S/.exec(text.slice(end))?.[0] ?? '';
      if (next === '' || /\p{Ll}/u.test(next)) continue;
      if (m[0] === '.' && ABBREVIATION.test(text.slice(start, end))) continue;
    }
    push(end);
  }
  push(text.length);
  return spans;
}
