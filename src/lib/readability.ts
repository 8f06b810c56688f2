/**
 * Readability figures for Dutch B1 text: words per sentence, share of long
 * sentences, share of long words. Used by the content quality gate and by
 * editors (tests/support/readability-report.ts).
 */

/** The site's B1 measure: average words per sentence and share of sentences over 20 words (the content gate and the health report). */
export const B1 = { maxWordsPerSentence: 13, maxLongSentenceShare: 0.12 } as const;

/** Abbreviations whose full stop does not end a sentence. */
const ABBREVIATIONS = ['bijv', 'bv', 'o.a', 'e.d', 'enz', 'ca', 'nr', 'art', 'incl', 'excl', 'mr', 'dr', 'drs', 'ir', 'mevr', 'dhr', 'z.s.m', 'i.p.v', 'm.b.t', 't/m', 'vs', 'blz', 'etc', 'max', 'min'];

/** Turn MDX into plain prose: no frontmatter, imports, JSX tags, code, URLs or markdown syntax. */
export function mdxToText(source: string): string {
  return (
    source
      .replace(/^---[\s\S]*?\n---\n/, '')
      .replace(/^(import|export)\s.*$/gm, '')
      .replace(/```[\s\S]*?```/g, '')
      // Self-closing week components read as "week 6".
      .replace(/<(Week|When)\s[^>]*\/>/g, 'week 6')
      .replace(/<Weeks\s[^>]*\/>/g, '6 weken')
      // Option props hold sentences: keep their text as separate sentences.
      .replace(/(good|bad)=\{\[([\s\S]*?)\]\}/g, (_m, _k, list: string) => `>${list.replace(/",\s*"/g, '. ').replace(/"/g, '')}. <`)
      .replace(/title="([^"]*)"/g, '>$1. <')
      .replace(/<[^>]+>/g, '\n')
      .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
      .replace(/https?:\/\/\S+/g, '')
      .replace(/^#+\s.*$/gm, '')
      .replace(/[*_`>|]/g, ' ')
  );
}

export interface Readability {
  sentences: number;
  words: number;
  /** Average words per sentence. */
  wordsPerSentence: number;
  /** Share (0-1) of sentences with more than 20 words. */
  longSentenceShare: number;
  /** Share (0-1) of words with 13 or more letters (Dutch compounds included). */
  longWordShare: number;
  /** The longest sentences, for editors. */
  longest: string[];
}

export function splitSentences(text: string): string[] {
  // List items and numbered items are sentences of their own.
  let t = text.replace(/^\s*(?:[-*]|\d+\.)\s+/gm, '\n\n');
  for (const abbr of ABBREVIATIONS) {
    const re = new RegExp(`\\b${abbr.replace(/[./]/g, (c) => `\\${c}`)}\\.`, 'gi');
    t = t.replace(re, (m) => m.replace(/\./g, '·'));
  }
  return t
    .split(/(?<=[.!?:])\s+|\n\s*\n/)
    .map((s) => s.replace(/·/g, '.').replace(/\s+/g, ' ').trim())
    .filter((s) => /\p{L}/u.test(s));
}

export function words(sentence: string): string[] {
  return sentence.split(/\s+/).filter((w) => /\p{L}/u.test(w));
}

export function readability(text: string): Readability {
  const sentences = splitSentences(text);
  const counts = sentences.map((s) => words(s).length);
  const allWords = sentences.flatMap(words);
  const total = counts.reduce((a, b) => a + b, 0);
  const long = counts.filter((c) => c > 20).length;
  const longWords = allWords.filter((w) => w.replace(/[^\p{L}]/gu, '').length >= 13).length;
  return {
    sentences: sentences.length,
    words: total,
    wordsPerSentence: sentences.length ? total / sentences.length : 0,
    longSentenceShare: sentences.length ? long / sentences.length : 0,
    longWordShare: allWords.length ? longWords / allWords.length : 0,
    longest: [...sentences].sort((a, b) => words(b).length - words(a).length).slice(0, 3),
  };
}
