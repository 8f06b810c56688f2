/**
 * The search page: reads ?q=, &onderdeel= and &fase= from the URL, runs Pagefind
 * with synonyms and a broader fallback, and renders results as plain DOM (text
 * nodes; only Pagefind's <mark> highlights are kept in excerpts).
 */
import { bestPerPage, combine, concepts, rerank, safeExcerpt, type SynonymGroups } from '../lib/search-query';
import { readPhase } from './phase-memory';

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
  const path = '/pagefind/pagefind.js';
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
  pageCountPromise ??= fetch('/pagefind/pagefind-entry.json')
    .then((r) => r.json() as Promise<{ languages: Record<string, { page_count: number }> }>)
    .then((e) => Object.values(e.languages).reduce((n, l) => n + l.page_count, 0) || 100)
    .catch(() => 100);
  return pageCountPromise;
}

export interface Hit {
  url: string;
  title: string;
  excerpt: string;
  labels: string[];
}

/** Search by concepts with synonyms (see src/lib/search-query.ts) and return the best pages. */
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
        return { id, score, d, title: d.meta['title'] ?? d.url, kind: d.filters['onderdeel']?.[0] ?? '' };
      }),
  );
  return rerank(candidates, list)
    .slice(0, max)
    .map(({ d, title }) => ({
      url: d.url,
      title,
      excerpt: d.excerpt,
      labels: [...(d.filters['onderdeel'] ?? []), ...(d.filters['fase'] ?? []).sort()],
    }));
}

function readSynonyms(doc: Document): SynonymGroups {
  try {
    return JSON.parse(doc.getElementById('zoek-synoniemen')?.textContent ?? '[]') as SynonymGroups;
  } catch {
    return [];
  }
}

function renderHit(doc: Document, hit: Hit): HTMLLIElement {
  const li = doc.createElement('li');
  li.className = 'mb-6 border-b border-line pb-4';
  const h3 = doc.createElement('h3');
  h3.className = 'mt-0 text-lg';
  const a = doc.createElement('a');
  a.href = hit.url;
  a.textContent = hit.title;
  h3.append(a);
  li.append(h3);
  if (hit.labels.length) {
    const labels = doc.createElement('p');
    labels.className = 'm-0 flex flex-wrap gap-1';
    for (const l of hit.labels) {
      const tag = doc.createElement('span');
      tag.className = 'tag';
      tag.textContent = l;
      labels.append(tag);
    }
    li.append(labels);
  }
  const p = doc.createElement('p');
  p.className = 'mb-0 mt-2 text-base';
  p.innerHTML = safeExcerpt(hit.excerpt);
  li.append(p);
  return li;
}

export function initSearchPage(doc: Document): void {
  const input = doc.getElementById('zoekpagina') as HTMLInputElement | null;
  const searchForm = input?.form;
  const filterForm = doc.querySelector<HTMLFormElement>('[data-search-filters]');
  const status = doc.querySelector<HTMLElement>('[data-search-status]');
  const list = doc.querySelector<HTMLOListElement>('[data-search-list]');
  const empty = doc.querySelector<HTMLElement>('[data-search-empty]');
  if (!input || !searchForm || !filterForm || !status || !list || !empty) return;
  const groups = readSynonyms(doc);
  const params = new URL(doc.location.href).searchParams;

  // Offer the reader's own phase as a filter, without choosing it for them.
  let storage: Storage | null = null;
  try {
    storage = window.localStorage;
  } catch {
    storage = null;
  }
  const own = readPhase(storage);
  if (own) filterForm.querySelector<HTMLElement>(`[data-phase-option="${own}"] + span [data-own-phase]`)?.removeAttribute('hidden');
  const offer = filterForm.querySelector<HTMLElement>('[data-own-phase-offer]');
  const ownRadio = own ? filterForm.querySelector<HTMLInputElement>(`[data-phase-option="${own}"]`) : null;
  const updateOffer = () => {
    if (!offer || !ownRadio) return;
    offer.hidden = ownRadio.checked;
    offer.querySelector('button')!.textContent = `Alleen resultaten voor fase ${own} (jouw fase)`;
  };
  offer?.querySelector('button')?.addEventListener('click', () => {
    if (!ownRadio) return;
    ownRadio.checked = true;
    ownRadio.dispatchEvent(new Event('change', { bubbles: true }));
  });

  input.value = params.get('q') ?? '';
  for (const name of ['onderdeel', 'fase'] as const) {
    const value = params.get(name) ?? '';
    const radio = filterForm.querySelector<HTMLInputElement>(`input[name="${name}"][value="${CSS.escape(value)}"]`);
    if (radio) radio.checked = true;
  }
  filterForm.hidden = false;
  const details = filterForm.querySelector<HTMLDetailsElement>('[data-filter-details]');
  const summary = filterForm.querySelector<HTMLElement>('[data-filter-summary]');
  const describeFilters = () => {
    const active = [...new FormData(filterForm).values()].map(String).filter(Boolean);
    if (summary) summary.textContent = active.length ? `(${active.join(', ')})` : '';
    return active.length > 0;
  };
  if (details && describeFilters()) details.open = true;
  updateOffer();

  let seq = 0;
  const run = async (announce: boolean) => {
    const q = input.value.trim();
    const data = new FormData(filterForm);
    const filters: Record<string, string> = {};
    for (const name of ['onderdeel', 'fase']) {
      const v = String(data.get(name) ?? '');
      if (v) filters[name] = v;
    }
    const url = new URL(doc.location.href);
    url.search = '';
    if (q) url.searchParams.set('q', q);
    for (const [k, v] of Object.entries(filters)) url.searchParams.set(k, v);
    history.replaceState(null, '', url);

    list.replaceChildren();
    empty.hidden = true;
    if (!q) {
      status.textContent = 'Typ een woord om te zoeken.';
      return;
    }
    const mine = ++seq;
    status.textContent = 'Even zoeken…';
    try {
      const hits = await siteSearch(q, groups, filters);
      if (mine !== seq) return;
      list.append(...hits.map((h) => renderHit(doc, h)));
      status.textContent =
        hits.length === 0
          ? `Niets gevonden voor ‘${q}’. Dat is jammer. Probeer een ander woord, of kijk hieronder.`
          : `${hits.length === 10 ? 'De beste 10' : hits.length} ${hits.length === 1 ? 'resultaat' : 'resultaten'} voor ‘${q}’`;
      empty.hidden = hits.length > 0;
      if (announce) doc.getElementById('resultaten-titel')?.focus();
    } catch {
      if (mine !== seq) return;
      status.textContent = 'Zoeken lukt nu niet. Probeer het later opnieuw, of kijk hieronder.';
      empty.hidden = false;
    }
  };

  searchForm.addEventListener('submit', (e) => {
    e.preventDefault();
    void run(true);
  });
  filterForm.addEventListener('change', () => {
    describeFilters();
    updateOffer();
    void run(false);
  });
  if (input.value) void run(false);
  else status.textContent = 'Typ een woord om te zoeken.';
}
