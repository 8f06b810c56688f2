/**
 * Reading time shown at the top of reading pages ("3 minuten lezen"),
 * computed at build time from the page's text. Readers at B1 level who are
 * tired read slowly: we count about 150 words per minute, and never less
 * than one minute.
 */
export const WORDS_PER_MINUTE = 150;

/** Words in text that may hold Markdown, MDX or HTML: tags, link targets and import/export lines do not count. */
export function countWords(text: string): number {
  const plain = text
    .replace(/^\s*(import|export)\s.*$/gm, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/\]\([^)]*\)/g, ' ')
    .replace(/https?:\/\/\S+/g, ' ');
  return plain.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu)?.length ?? 0;
}

/** Minutes to read all `texts` together: words / 150, rounded, at least 1. */
export function readingMinutes(...texts: readonly string[]): number {
  const words = texts.reduce((sum, t) => sum + countWords(t), 0);
  return Math.max(1, Math.round(words / WORDS_PER_MINUTE));
}
