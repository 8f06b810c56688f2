/**
 * The reading list on the built site: every page a list can hold has one id,
 * derived from its address (so ids stay put when pages come and go), no two
 * pages share one, and the builder offers exactly the pages the reader's page
 * can show.
 */
import { describe, expect, it } from 'vitest';
import { readingListId } from '../../src/lib/reading-list';
import { routes } from '../../src/lib/routes';
import { htmlFor } from '../support/dist';

const reader = htmlFor(routes.readingList());
const builder = htmlFor(routes.readingListBuilder());
const entries = [...reader.matchAll(/<li data-id="([0-9a-z]+)"[^>]*>\s*<a href="([^"]+)"/g)].map((m) => ({ id: m[1]!, href: m[2]! }));
const offered = [...builder.matchAll(/<input type="(?:checkbox|radio)" name="p" value="([0-9a-z]+)"/g)].map((m) => m[1]!);

describe('reading list ids on the built site', () => {
  it('lists the phases, pages, steps and stories a list can hold', () => {
    expect(entries.length).toBeGreaterThan(50);
    for (const path of [routes.phase(1), routes.questions(), routes.worksheet(), '/samen-beslissen/iemand-meenemen/']) {
      expect(entries.map((e) => e.href)).toContain(path);
    }
  });

  it('gives every page the id of its address, and no two pages the same id', () => {
    for (const e of entries) expect(e.id, e.href).toBe(readingListId(e.href));
    expect(new Set(entries.map((e) => e.id)).size).toBe(entries.length);
  });

  it('offers in the builder exactly the pages the reader’s page can show', () => {
    expect([...offered].sort()).toEqual(entries.map((e) => e.id).sort());
  });

  it('does not offer pages for professionals or the site’s frame', () => {
    expect(entries.filter((e) => /^\/(voor-professionals|zoeken|privacy|bronnen|offline-lezen|leeslijst)\//.test(e.href))).toEqual([]);
  });
});
