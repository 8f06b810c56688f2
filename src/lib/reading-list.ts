/**
 * The reading list for one reader (/leeslijst/?p=<ids>): a professional picks
 * pages on /voor-professionals/leeslijst/, the list lives only in the address.
 * Pure functions shared by the build (ids per page), the builder script and
 * the reader's page script.
 *
 * Ids are a short hash of the page's address, so they are stable without a
 * hand-kept map: adding or removing a page never shifts the others, and a
 * removed page's id simply finds nothing (the reader's page says so calmly).
 * A page that moves to a new address gets a new id; its old links skip it.
 */

/** The reader's page, the same as routes.readingList() (a unit test checks); repeated here so the browser scripts need not load the whole route table. */
export const READING_LIST_PATH = '/leeslijst/';
/** At most this many pages in one list (a short list gets read; it also keeps the QR code small). */
export const READING_LIST_MAX = 10;
/** Query parameter that holds the ids, joined by dots. */
export const READING_LIST_PARAM = 'p';
/** Characters of one id: base 36, so 36^5 ≈ 60 million values (tests/unit/reading-list.test.ts checks the site has no collision). */
export const READING_LIST_ID_LENGTH = 5;
/** Longest query string the reader's page looks at; anything longer is cut first. */
const MAX_QUERY = 400;
const ID_PATTERN = new RegExp(`^[0-9a-z]{${READING_LIST_ID_LENGTH}}$`);

/** The id of a page address ("/samen-beslissen/iemand-meenemen/"): FNV-1a (32 bit) in base 36, five characters. */
export function readingListId(path: string): string {
  let hash = 0x811c9dc5;
  for (const byte of new TextEncoder().encode(path)) {
    hash ^= byte;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return (hash % 36 ** READING_LIST_ID_LENGTH).toString(36).padStart(READING_LIST_ID_LENGTH, '0');
}

/** The reader's address for these ids (relative; the builder makes it absolute). */
export function readingListHref(ids: readonly string[]): string {
  return ids.length ? `${READING_LIST_PATH}?${READING_LIST_PARAM}=${ids.join('.')}` : READING_LIST_PATH;
}

/**
 * The ids an address asks for, in order, without duplicates, at most
 * READING_LIST_MAX; `dropped` counts the parts that are not an id or are over
 * the maximum. Accepts "p=a.b.c" (the builder's link) and "p=a&p=b" (the
 * builder's form without JavaScript). Never throws; the input is only matched,
 * never shown.
 */
export function parseReadingList(search: string): { ids: string[]; dropped: number } {
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(search.slice(0, MAX_QUERY));
  } catch {
    return { ids: [], dropped: 1 };
  }
  const parts = params
    .getAll(READING_LIST_PARAM)
    .flatMap((v) => v.split(/[.,\s]+/))
    .filter((p) => p !== '');
  const ids: string[] = [];
  let dropped = 0;
  for (const part of parts) {
    const id = part.toLowerCase();
    if (!ID_PATTERN.test(id) || ids.length >= READING_LIST_MAX) dropped++;
    else if (!ids.includes(id)) ids.push(id);
  }
  return { ids, dropped };
}
