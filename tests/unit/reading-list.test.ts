/**
 * The reading list for one reader (src/lib/reading-list.ts): stable short ids,
 * and an address parser that takes only what it knows, in order, capped.
 */
import { describe, expect, it } from 'vitest';
import { READING_LIST_MAX, READING_LIST_PATH, parseReadingList, readingListHref, readingListId } from '../../src/lib/reading-list';
import { routes } from '../../src/lib/routes';

describe('reading-list ids', () => {
  it('are five characters of base 36, the same every build', () => {
    // Fixed values: a change to the hash would break every list already handed out.
    expect(readingListId('/fase/1/')).toMatch(/^[0-9a-z]{5}$/);
    expect(readingListId('/fase/1/')).toBe('56gv0');
    expect(readingListId('/samen-beslissen/iemand-meenemen/')).toBe('hahj2');
  });

  it('depend on the page only, so removing a page shifts no other id', () => {
    const paths = ['/fase/1/', '/fase/2/', '/samen-beslissen/', '/werkblad/'];
    const all = paths.map(readingListId);
    const without = paths.filter((p) => p !== '/fase/2/').map(readingListId);
    expect(without).toEqual(all.filter((_, i) => i !== 1));
  });

  it('build the reader’s address with dots between the ids', () => {
    expect(readingListHref(['abcde', 'fghij'])).toBe('/leeslijst/?p=abcde.fghij');
    expect(readingListHref([])).toBe('/leeslijst/');
    expect(READING_LIST_PATH).toBe(routes.readingList());
  });
});

describe('reading the address', () => {
  it('takes the ids in order, without duplicates', () => {
    expect(parseReadingList('?p=abcde.fghij.abcde')).toEqual({ ids: ['abcde', 'fghij'], dropped: 0 });
  });

  it('also takes the form’s p=a&p=b (the builder without JavaScript), and skips the empty phase choice', () => {
    expect(parseReadingList('?p=&p=abcde&p=fghij')).toEqual({ ids: ['abcde', 'fghij'], dropped: 0 });
  });

  it('counts what is not an id, and never lets markup through', () => {
    const r = parseReadingList(`?p=${encodeURIComponent('abcde.<img src=x onerror=alert(1)>.fghij."><script>')}`);
    expect(r.ids).toEqual(['abcde', 'fghij']);
    expect(r.dropped).toBeGreaterThan(0);
    expect(r.ids.join('')).not.toMatch(/[<>"]/);
  });

  it(`keeps at most ${READING_LIST_MAX} pages and looks at a capped part of a very long address`, () => {
    const many = Array.from({ length: 30 }, (_, i) => `a${String(i).padStart(4, '0')}`).join('.');
    const r = parseReadingList(`?p=${many}`);
    expect(r.ids).toHaveLength(READING_LIST_MAX);
    expect(r.dropped).toBeGreaterThan(0);
    expect(parseReadingList(`?p=${'x'.repeat(100_000)}`).ids).toEqual([]);
  });

  it('survives broken encoding and an empty address', () => {
    expect(parseReadingList('?p=%E0%A4%A').ids).toEqual([]);
    expect(parseReadingList('')).toEqual({ ids: [], dropped: 0 });
  });
});
