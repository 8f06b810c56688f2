/**
 * Splitting a block of Dutch text into sentences for read-aloud, as offsets
 * into the text (so the page can highlight exactly what is being read).
 * A sentence ends at . ! ? or … (with closing quotes or brackets) followed by
 * a space, unless the next word starts with a small letter or the dot ends a
 * common abbreviation ("bijv.", "o.a.", "art.").
 */
const ABBREVIATION = /(?:^|[\s(])(?:bijv|bv|vb|o\.a|d\.w\.z|enz|etc|e\.d|nr|art|lid|ca|i\.p\.v|m\.b\.t|t\.a\.v|t\.o\.v|z\.s\.m|zgn|incl|excl|evt|resp|blz|mr|dr|drs|ir|ing|dhr|mevr|jl|vs|max|min|o\.m|m\.n|a\.s)\.$/i;
const END = /[.!?…]+["'”’)\]»]*(?=\s)/gu;
const WORD = /[\p{L}\p{N}]/u;

/** [start, end) of each sentence in `text`, without surrounding spaces; empty pieces are left out. */
export function splitSentences(text: string): [number, number][] {
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
  for (const m of text.matchAll(END)) {
    const end = m.index + m[0].length;
    const next = /\S/.exec(text.slice(end))?.[0] ?? '';
    if (next === '' || /\p{Ll}/u.test(next)) continue;
    if (m[0].startsWith('.') && m[0].length === 1 && ABBREVIATION.test(text.slice(start, end))) continue;
    push(end);
  }
  push(text.length);
  return spans;
}
