/**
 * Every source the site cites (pages and steps), once per address, grouped by
 * publisher and cut into parts for /bronnen/: each part stays within the
 * first-round-trip budget however many sources the site gathers.
 */
import { allPages } from './pages';
import { allSteps } from './steps';
import { LOCALE } from '../model/locale';

export type Source = { title: string; publisher: string; url: string };
export interface PublisherGroup {
  publisher: string;
  sources: Source[];
}

/** Sources per part of /bronnen/ (a publisher is never split over two parts unless it alone has more). */
export const SOURCES_PER_PART = 50;

/** Group sources by publisher (alphabetical); a source used with different titles keeps its shortest title. */
export function groupSources(list: readonly Source[]): PublisherGroup[] {
  const byUrl = new Map<string, Source>();
  for (const s of list) {
    const seen = byUrl.get(s.url);
    byUrl.set(s.url, seen ? { ...seen, title: s.title.length < seen.title.length ? s.title : seen.title } : s);
  }
  const publishers = [...new Set([...byUrl.values()].map((s) => s.publisher))].sort((a, b) => a.localeCompare(b, LOCALE));
  return publishers.map((publisher) => ({
    publisher,
    sources: [...byUrl.values()].filter((s) => s.publisher === publisher).sort((a, b) => a.title.localeCompare(b.title, LOCALE)),
  }));
}

/** Cut publisher groups into parts of at most `max` sources, keeping each publisher whole where it fits. */
export function partsOf(groups: readonly PublisherGroup[], max = SOURCES_PER_PART): PublisherGroup[][] {
  const parts: PublisherGroup[][] = [[]];
  let count = 0;
  for (const g of groups) {
    if (count > 0 && count + g.sources.length > max) {
      parts.push([]);
      count = 0;
    }
    parts.at(-1)!.push(g);
    count += g.sources.length;
  }
  return parts;
}

/** All parts of /bronnen/, from every page (except /bronnen/ itself) and step. */
export async function sourceParts(): Promise<{ parts: PublisherGroup[][]; total: number }> {
  const list: Source[] = [];
  for (const p of await allPages()) if (p.id !== 'bronnen') list.push(...p.data.sources);
  for (const st of await allSteps()) list.push(...st.data.sources);
  const groups = groupSources(list);
  return { parts: partsOf(groups), total: groups.reduce((n, g) => n + g.sources.length, 0) };
}
