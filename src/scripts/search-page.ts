/**
 * The search page: reads ?q=, &onderdeel= and &fase= from the URL, runs the
 * site search (src/lib/pagefind.ts) and renders results as plain DOM (text
 * nodes; only Pagefind's <mark> highlights are kept in excerpts). Its texts,
 * the kind and phase labels and the synonyms come from a JSON block in the page.
 */
import { asksForExperiences, bestBetsFor, mergeHits, passesFilters, safeExcerpt, type BestBet, type Hit, type SynonymGroups } from '../lib/search-query';
import { siteSearch } from '../lib/pagefind';
import { isDistress } from '../lib/distress';
import { browserStorage, readPhase } from '../lib/phase-store';
import { fmt, plural } from '../i18n/format';
import type { searchScript } from '../i18n/nl/search';

/** What the page gives the script (see src/pages/zoeken.astro). */
export interface SearchPageData {
  texts: typeof searchScript;
  /** Kind id → label ("begrippen" → "Begrippen"). */
  kinds: Record<string, string>;
  /** "Fase {n}". */
  phaseLabel: string;
  synonyms: SynonymGroups;
  /** content/best-bets.yaml with its pages resolved: shown first for their words. */
  bestBets: BestBet[];
  /** /hulp-nodig/ as a result: the first result when a search sounds like distress. */
  help: Hit;
}

/** Results shown at most; a full list says "de beste 10". */
const MAX = 10;

function readData(doc: Document): SearchPageData | null {
  try {
    return JSON.parse(doc.getElementById('zoek-gegevens')?.textContent ?? '') as SearchPageData;
  } catch {
    return null;
  }
}

export function renderHit(doc: Document, hit: Hit, data: Pick<SearchPageData, 'kinds' | 'phaseLabel'>): HTMLLIElement {
  const li = doc.createElement('li');
  li.className = 'mb-6 border-b border-line pb-4';
  const h3 = doc.createElement('h3');
  h3.className = 'mt-0 text-lg';
  const a = doc.createElement('a');
  a.href = hit.url;
  a.textContent = hit.title;
  h3.append(a);
  li.append(h3);
  const labels = [...(data.kinds[hit.kind] ? [data.kinds[hit.kind]!] : []), ...hit.phases.map((n) => fmt(data.phaseLabel, { n }))];
  if (labels.length) {
    const p = doc.createElement('p');
    p.className = 'm-0 flex flex-wrap gap-1';
    for (const l of labels) {
      const tag = doc.createElement('span');
      tag.className = 'tag';
      tag.textContent = l;
      p.append(tag);
    }
    li.append(p);
  }
  const p = doc.createElement('p');
  p.className = 'mb-0 mt-2 text-base';
  p.innerHTML = safeExcerpt(hit.excerpt);
  li.append(p);
  return li;
}

/** The status line after a search. */
export function resultText(texts: SearchPageData['texts'], count: number, q: string): string {
  if (count === 0) return fmt(texts.nothing, { q });
  if (count === MAX) return fmt(texts.best, { n: MAX, q });
  return plural(texts.results, count, { q });
}

export function initSearchPage(doc: Document): void {
  const input = doc.getElementById('zoekpagina') as HTMLInputElement | null;
  const searchForm = input?.form;
  const filterForm = doc.querySelector<HTMLFormElement>('[data-search-filters]');
  const status = doc.querySelector<HTMLElement>('[data-search-status]');
  const list = doc.querySelector<HTMLOListElement>('[data-search-list]');
  const empty = doc.querySelector<HTMLElement>('[data-search-empty]');
  const help = doc.querySelector<HTMLElement>('[data-search-help]');
  const data = readData(doc);
  if (!input || !searchForm || !filterForm || !status || !list || !empty || !help || !data) return;
  const T = data.texts;
  const params = new URL(doc.location.href).searchParams;

  // Offer the reader's own phase as a filter, without choosing it for them.
  const own = readPhase(browserStorage());
  if (own) filterForm.querySelector<HTMLElement>(`[data-phase-option="${own}"] + span [data-own-phase]`)?.removeAttribute('hidden');
  // When nothing is found: the starting points of the reader's own phase instead of the general ones.
  if (own) {
    const mine = empty.querySelector<HTMLElement>(`[data-start-phase="${own}"]`);
    if (mine) {
      mine.hidden = false;
      empty.querySelector<HTMLElement>('[data-start-phase=""]')?.setAttribute('hidden', '');
    }
  }
  const offer = filterForm.querySelector<HTMLElement>('[data-own-phase-offer]');
  const ownRadio = own ? filterForm.querySelector<HTMLInputElement>(`[data-phase-option="${own}"]`) : null;
  const updateOffer = () => {
    if (!offer || !ownRadio) return;
    offer.hidden = ownRadio.checked;
    offer.querySelector('button')!.textContent = fmt(T.ownPhase, { n: own! });
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
  // Filters apply as they are chosen: the submit button is for a browser without this script.
  filterForm.querySelector<HTMLElement>('[data-filter-submit]')?.setAttribute('hidden', '');
  filterForm.hidden = false;
  const details = filterForm.querySelector<HTMLDetailsElement>('[data-filter-details]');
  const summary = filterForm.querySelector<HTMLElement>('[data-filter-summary]');
  /** The labels of the checked filters, for the closed filter summary. */
  const describeFilters = () => {
    const active = [...filterForm.querySelectorAll<HTMLInputElement>('input:checked')].filter((i) => i.value).map((i) => i.dataset['label'] ?? i.value);
    if (summary) summary.textContent = active.length ? `(${active.join(', ')})` : '';
    return active.length > 0;
  };
  if (details && describeFilters()) details.open = true;
  updateOffer();

  let seq = 0;
  const run = async (announce: boolean) => {
    const q = input.value.trim();
    const form = new FormData(filterForm);
    const filters: Record<string, string> = {};
    for (const name of ['onderdeel', 'fase']) {
      const v = String(form.get(name) ?? '');
      if (v) filters[name] = v;
    }
    const sentQ = filterForm.querySelector<HTMLInputElement>('[data-filter-q]');
    if (sentQ) sentQ.value = q;
    const url = new URL(doc.location.href);
    url.search = '';
    if (q) url.searchParams.set('q', q);
    for (const [k, v] of Object.entries(filters)) url.searchParams.set(k, v);
    history.replaceState(null, '', url);

    list.replaceChildren();
    empty.hidden = true;
    // Distress first: the urgent help block shows at once, before the index has even loaded.
    const distress = isDistress(q);
    help.hidden = !distress;
    if (!q) {
      status.textContent = T.typeSomething;
      return;
    }
    const mine = ++seq;
    status.textContent = T.searching;
    // Best bets answer top tasks; a reader who asks for experiences gets stories first instead.
    const bets = asksForExperiences(q) ? [] : bestBetsFor(q, data.bestBets, filters);
    const first = [...(distress ? [data.help].filter((h) => passesFilters(h, filters)) : []), ...bets];
    // Best bets are in the page: show them at once, while the index loads on a slow connection.
    list.append(...first.map((h) => renderHit(doc, h, data)));
    try {
      const hits = mergeHits(first, await siteSearch(q, data.synonyms, filters, MAX), MAX);
      if (mine !== seq) return;
      list.replaceChildren(...hits.map((h) => renderHit(doc, h, data)));
      status.textContent = resultText(T, hits.length, q) + (distress ? ` ${T.distressStatus}` : '');
      empty.hidden = hits.length > 0;
      // A screen reader continues where the eye goes first: the urgent help when it is shown.
      if (announce) (distress ? help : doc.getElementById('resultaten-titel'))?.focus();
    } catch {
      if (mine !== seq) return;
      // The index could not load: the best bets (and help) shown above stay.
      status.textContent = T.failed + (distress ? ` ${T.distressStatus}` : '');
      empty.hidden = first.length > 0;
    }
  };

  searchForm.addEventListener('submit', (e) => {
    e.preventDefault();
    void run(true);
  });
  filterForm.addEventListener('submit', (e) => {
    e.preventDefault();
    void run(true);
  });
  filterForm.addEventListener('change', () => {
    describeFilters();
    updateOffer();
    void run(false);
  });
  if (input.value) void run(false);
  else {
    status.textContent = T.typeSomething;
    // Arriving from the header's search button: ready to type.
    input.focus();
  }
}
