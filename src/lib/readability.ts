/**
 * Readability figures for Dutch B1 text: words per sentence, share of long
 * sentences, share of long words. Used by the content quality gate and by
 * editors (tests/support/readability-report.ts).
 */

import { splitSentences } from './reading/sentences';

/** The site's B1 measure: average words per sentence and share of sentences over 20 words (the content gate and the health report). */
export const B1 = { maxWordsPerSentence: 13, maxLongSentenceShare: 0.12 } as const;

export interface MdxTextOptions {
  /**
   * How week components read: 'sample' ("week 6", "6 weken": they count like
   * the real text, the default) or 'ids' ("{week:probleemanalyse}",
   * "{weken:…}", "{when:…}": tests can see which moment is meant).
   */
  weeks?: 'sample' | 'ids';
  /** Keep headings, each a sentence of its own (default: left out, as the quality gate counts them). */
  headings?: boolean;
}

/**
 * Turn MDX into plain prose: no frontmatter, imports, JSX tags, code, URLs or
 * markdown syntax. Titles and option lists in component props become
 * sentences of their own. The one MDX-to-text conversion of the project: the
 * quality gate and the content regression tests use it.
 */
export function mdxToText(source: string, opts: MdxTextOptions = {}): string {
  const weeks: [RegExp, string][] =
    opts.weeks === 'ids'
      ? [
          [/<Weeks\s+d="([^"]+)"\s*\/>/g, '{weken:$1}'],
          [/<Week\s+m="([^"]+)"\s*\/>/g, '{week:$1}'],
          [/<When\s+m="([^"]+)"\s*\/>/g, '{when:$1}'],
        ]
      : [
          [/<(Week|When)\s[^>]*\/>/g, 'week 6'],
          [/<Weeks\s[^>]*\/>/g, '6 weken'],
        ];
  let text = source
    .replace(/^---[\s\S]*?\n---\n/, '')
    .replace(/^(import|export)\s.*$/gm, '')
    .replace(/```[\s\S]*?```/g, '');
  for (const [re, to] of weeks) text = text.replace(re, to);
  return (
    text
      // Option props hold sentences: keep their text as separate sentences.
      .replace(/(good|bad)=\{\[([\s\S]*?)\]\}/g, (_m, _k, list: string) => `>\n\n${list.replace(/",\s*"/g, '.\n\n').replace(/"/g, '')}.\n\n<`)
      .replace(/title="([^"]*)"/g, '>\n\n$1.\n\n<')
      .replace(/<[^>]+>/g, '\n')
      .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
      .replace(/https?:\/\/\S+/g, '')
      .replace(/^#+\s+(.*)$/gm, opts.headings ? '\n\n$1\n\n' : '')
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

/**
 * The sentences of a text as the quality gate counts them: list items and
 * paragraphs are sentences of their own, and a colon ends a sentence too
 * (see src/lib/reading/sentences.ts for the rest). Spaces are collapsed.
 */
export function sentenceTexts(text: string): string[] {
  return text
    .replace(/^\s*(?:[-*]|\d+\.)\s+/gm, '\n\n')
    .split(/\n\s*\n/)
    .flatMap((block) => splitSentences(block, { colon: true }).map(([a, b]) => block.slice(a, b).replace(/\s+/g, ' ')));
}

export function words(sentence: string): string[] {
  return sentence.split(/\s+/).filter((w) => /\p{L}/u.test(w));
}

export function readability(text: string): Readability {
  const sentences = sentenceTexts(text);
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
