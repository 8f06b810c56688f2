/**
 * The reader's page /leeslijst/?p=<ids>: shows the listed pages in the
 * address's order by copying their entries from the page's own full list,
 * and says calmly how many were skipped. Only known ids are looked up; the
 * address itself is never written into the page.
 */
import { plural } from '../i18n/format';
import { readingListScript as T } from '../i18n/nl/reading-list';
import { parseReadingList } from '../lib/reading-list';

export function initReadingList(doc: Document): void {
  const root = doc.querySelector<HTMLElement>('[data-reading-list]');
  const all = doc.querySelector<HTMLDetailsElement>('[data-list-all]');
  if (!root || !all) return;
  const list = root.querySelector<HTMLOListElement>('[data-list-items]')!;
  const note = root.querySelector<HTMLElement>('[data-list-note]')!;
  const known = new Map([...all.querySelectorAll<HTMLLIElement>('li[data-id]')].map((li) => [li.dataset['id']!, li]));
  const { ids, dropped } = parseReadingList(doc.location.search);
  const found = ids.filter((id) => known.has(id));
  const skipped = dropped + ids.length - found.length;
  list.replaceChildren(...found.map((id) => known.get(id)!.cloneNode(true)));
  list.setAttribute('aria-label', plural(T.count, found.length));
  // The page starts as for an address without a list: the "bare" note shown and the full list open.
  if (found.length === 0) {
    note.textContent = ids.length + dropped === 0 ? T.bare : T.empty;
  } else {
    all.open = false;
    note.textContent = skipped > 0 ? plural(T.skipped, skipped) : '';
    note.hidden = skipped === 0;
  }
}
