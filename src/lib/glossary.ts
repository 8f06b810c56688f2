/** Helpers for the glossary pages. */

/** The A-Z letter a term is listed under; terms starting with a digit go under "0-9". */
export function letterOf(term: string): string {
  const first = term.normalize('NFD').charAt(0).toUpperCase();
  return /[A-Z]/.test(first) ? first : '0-9';
}
