/**
 * The site's search over Pagefind, in the browser: loads Pagefind's runtime
 * from the build output, searches every concept of a query with its synonyms
 * (src/lib/search-query.ts) and returns the best pages. No DOM work here; the
 * search page (src/scripts/search-page.ts) renders the hits.
 */
import { asksAsProfessional, asksForExperiences, bestPerPage, combine, concepts, rerank, type Hit, type SynonymGroups } from './search-query';
import { routes } from './routes';

interface PagefindResult {
  id: string;
  score: number;
  data: () => Promise<{ url: string; excerpt: string; meta: Record<string, string>; filters: Record<string, string[]> }>;
}
interface Pagefind {
  options: (o: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  search: (q: string | null, o?: { filters?: Record<string, string> }) => Promise<{ results: PagefindResult[] } | null>;
}

let pagefindPromise: Promise<Pagefind> | null = null;
function loadPagefind(): Promise<Pagefind> {
  // A runtime path: Pagefind is generated after the build, so Vite must not resolve it.
  const path = routes.pagefind();
  pagefindPromise ??= (import(/* @vite-ignore */ path) as Promise<Pagefind>).then(async (pf) => {
    // Less length normalisation: short glossary pages should not beat the page that explains a topic.
    await pf.options({ excerptLength: 22, ranking: { pageLength: 0.4 } });
    await pf.init();
    return pf;
  });
  return pagefindPromise;
}

let pageCountPromise: Promise<number> | null = null;
/** Number of indexed pages, for IDF weighting (from Pagefind's entry file). */
function pageCount(): Promise<number> {
  pageCountPromise ??= fetch(routes.pagefindEntry())
    .then((r) => r.json() as Promise<{ languages: Record<string, { page_count: number }> }>)
    .then((e) => Object.values(e.languages).reduce((n, l) => n + l.page_count, 0) || 100)
    .catch(() => 100);
  return pageCountPromise;
}

export type { Hit };

/** Search by concepts with synonyms and return the best pages. `filters` are Pagefind filters ({ onderdeel, fase }). */
export async function siteSearch(query: string, groups: SynonymGroups, filters: Record<string, string>, max = 10): Promise<Hit[]> {
  const pf = await loadPagefind();
  const run = async (q: string) => (await pf.search(q, { filters }))?.results ?? [];
  const list = concepts(query, groups);
  const byId = new Map<string, PagefindResult>();
  const remember = (rs: PagefindResult[]) => rs.map((r) => (byId.set(r.id, r), { id: r.id, score: r.score }));
  const perConcept = await Promise.all(list.map(async (c) => bestPerPage(await Promise.all(c.forms.map(async (f) => remember(await run(f)))))));
  const whole = list.length > 1 ? remember(await run(list.map((c) => c.typed).join(' '))) : [];
  const total = await pageCount();
  // Load the best candidates, then let titles and the kind of page decide the final order.
  const candidates = await Promise.all(
    combine(perConcept, total, whole)
      .slice(0, 15)
      .map(async ({ id, score }) => {
        const d = await byId.get(id)!.data();
        return { id, score, d, title: d.meta['title'] ?? d.url, kind: d.filters['onderdeel']?.[0] ?? '', professional: d.url.startsWith(routes.professionals()) };
      }),
  );
  return rerank(candidates, list, asksForExperiences(query), asksAsProfessional(query))
    .slice(0, max)
    .map(({ d, title, kind }) => ({ url: d.url, title, excerpt: d.excerpt, kind, phases: [...(d.filters['fase'] ?? [])].sort() }));
}
