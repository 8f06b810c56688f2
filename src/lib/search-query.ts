/**
 * Turns what a reader types into Pagefind searches and combines the results.
 *
 * Pagefind only returns pages that contain every known word of a query, which
 * fails for the way people type ("mag mijn baas vragen wat ik heb"). So the
 * query is split into concepts: synonym phrases from content/synonyms.yaml
 * ("baas" = leidinggevende = manager …) and the remaining words. Each concept
 * is searched on its own, with all its synonyms; a page scores for every
 * concept it matches, weighted by how rare the concept is (IDF), so pages that
 * match more of the question, and its rarer words, come first. Pure, for unit tests.
 */
import type { SearchKind } from '../data/vocab';

/** Dutch function words that carry no meaning for search. */
export const STOPWORDS = new Set(
  'de het een en of ik je jij mijn me mij wat hoe wie waar wanneer waarom is ben bent zijn was wil kan kun kunnen mag moet moeten als dan dat die dit van voor met naar op in aan om te er ook maar bij over door tot uit heb hebt heeft krijg krijgt worden word wordt welke iets zo'.split(
    ' ',
  ),
);

export type SynonymGroups = readonly (readonly string[])[];

export interface Concept {
  /** What the reader typed for this concept. */
  typed: string;
  /** Every form to search for it (the typed form first). */
  forms: string[];
}

export function normalize(q: string): string {
  return q
    .toLowerCase()
    .normalize('NFC')
    .replace(/[^\p{L}\p{N}\s-]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Split a query into concepts: synonym phrases (longest first), then the other meaningful words. */
export function concepts(query: string, groups: SynonymGroups): Concept[] {
  let text = ` ${normalize(query)} `;
  const out: Concept[] = [];
  const phrases = groups
    .flatMap((group) => group.map((phrase) => ({ phrase: normalize(phrase), group })))
    .filter((p) => p.phrase)
    .sort((a, b) => b.phrase.length - a.phrase.length);
  for (const { phrase } of phrases) {
    const needle = ` ${phrase} `;
    if (!text.includes(needle)) continue;
    // A phrase may sit in several groups ("baas" is both leidinggevende and werkgever).
    const forms = [phrase, ...groups.filter((g) => g.map(normalize).includes(phrase)).flat().map(normalize)];
    out.push({ typed: phrase, forms: [...new Set(forms)] });
    text = text.replace(needle, ' ');
  }
  for (const word of text.split(' ')) {
    if (word && !STOPWORDS.has(word) && !out.some((c) => c.typed === word)) out.push({ typed: word, forms: [word] });
  }
  if (out.length === 0 && normalize(query)) out.push({ typed: normalize(query), forms: [normalize(query)] });
  return out;
}

export interface Scored {
  id: string;
  score: number;
}

/**
 * Combine per-concept results. `perConcept[i]` holds the results for concept i
 * (best score per page over its forms); `total` is the number of indexed pages.
 * A page's score is the sum over concepts of (score / best score of that
 * concept) × IDF, plus a bonus when Pagefind matched the whole query at once.
 */
export function combine(perConcept: Scored[][], total: number, wholeQuery: Scored[] = []): Scored[] {
  const sum = new Map<string, number>();
  for (const results of perConcept) {
    if (results.length === 0) continue;
    const best = Math.max(...results.map((r) => r.score)) || 1;
    const idf = Math.log(1 + total / results.length);
    for (const r of results) sum.set(r.id, (sum.get(r.id) ?? 0) + (r.score / best) * idf);
  }
  if (wholeQuery.length) {
    const best = Math.max(...wholeQuery.map((r) => r.score)) || 1;
    for (const r of wholeQuery) sum.set(r.id, (sum.get(r.id) ?? 0) + (r.score / best) * 0.5);
  }
  return [...sum.entries()].map(([id, score]) => ({ id, score })).sort((a, b) => b.score - a.score || a.id.localeCompare(b.id));
}

/** Best score per page over several result lists (the forms of one concept). */
export function bestPerPage(lists: Scored[][]): Scored[] {
  const best = new Map<string, number>();
  for (const list of lists) for (const r of list) best.set(r.id, Math.max(best.get(r.id) ?? 0, r.score));
  return [...best.entries()].map(([id, score]) => ({ id, score }));
}

/** Escape a Pagefind excerpt, keeping only its <mark> highlights. */
export function safeExcerpt(excerpt: string): string {
  return excerpt
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/&lt;mark&gt;/g, '<mark>')
    .replace(/&lt;\/mark&gt;/g, '</mark>')
    .replace(/&amp;(amp|lt|gt|quot|#39);/g, '&$1;');
}

/** How much a kind of page counts in the final order: pages that answer first, then terms, then stories. */
export const KIND_FACTOR: Partial<Record<SearchKind, number>> = { begrippen: 0.7, ervaringen: 0.55 };
/** How much stories count when the reader asks for experiences. */
export const EXPERIENCE_FACTOR = 1.6;

/** Words with which a reader asks for other people's experiences: then stories come first. */
export const EXPERIENCE_WORDS = ['ervaring', 'ervaringen', 'verhaal', 'verhalen', 'iemand die', 'anderen', 'andere mensen', 'herkenning', 'herkenbaar', 'hoe ging het bij'];

/**
 * How much the pages for professionals (/voor-professionals/…) count when the
 * reader does not search as a professional: an employee who searches
 * "bedrijfsarts" wants the page about the bedrijfsarts, not the page that
 * tells the bedrijfsarts how to hold a conversation.
 */
export const PROFESSIONAL_FACTOR = 0.6;

/** Words with which a professional searches: then their pages count in full. */
export const PROFESSIONAL_WORDS = [
  'als leidinggevende',
  'als casemanager',
  'als bedrijfsarts',
  'als arbeidsdeskundige',
  'ik ben leidinggevende',
  'ik ben casemanager',
  'ik ben bedrijfsarts',
  'ik ben arbeidsdeskundige',
  'professional',
  'professionals',
  'consult',
  'cliënt',
  'client',
  'werknemer',
  'werknemers',
  'medewerker',
  'mijn medewerker',
  'gebruik ik de keuzehulp',
  'keuzehulp gebruiken',
  'gesprek openen',
];

/** Does the query come from a professional ("als leidinggevende samen beslissen", "keuzekaart in het consult")? */
export function asksAsProfessional(query: string): boolean {
  const q = ` ${normalize(query)} `;
  return PROFESSIONAL_WORDS.some((w) => q.includes(` ${normalize(w)} `));
}

/**
 * After these words "iemand die" is the person the reader stands next to ("zwaar als partner van iemand die ziek
 * thuis zit", "zorgen voor iemand die overspannen is"), not a request for other people's experiences.
 */
const CARED_FOR = ['van', 'voor', 'met', 'naast'];

/** Does the query ask for experiences ("ervaring minder uren", "iemand die ook spoor 2 deed")? */
export function asksForExperiences(query: string): boolean {
  const q = CARED_FOR.reduce((text, w) => text.replaceAll(` ${w} iemand die `, ` ${w} iemand `), ` ${normalize(query)} `);
  return EXPERIENCE_WORDS.some((w) => q.includes(` ${w} `));
}

/** One search result, as the search page shows it. */
export interface Hit {
  url: string;
  title: string;
  /** Pagefind's excerpt with <mark> highlights, or a page summary (escape with safeExcerpt before use). */
  excerpt: string;
  /** Kind id ("onderdeel") and phase numbers, for labels and filters. */
  kind: string;
  phases: string[];
}

/** A best bet (content/best-bets.yaml) with its pages resolved at build time. */
export interface BestBet {
  words: string[];
  hits: Hit[];
}

/** Does the query contain the phrase as whole words? */
function containsPhrase(query: string, phrase: string): boolean {
  return ` ${normalize(query)} `.includes(` ${normalize(phrase)} `);
}

/** A hit passes the search filters ({ onderdeel, fase }) the reader set. */
export function passesFilters(hit: Hit, filters: Record<string, string>): boolean {
  return (!filters['onderdeel'] || hit.kind === filters['onderdeel']) && (!filters['fase'] || hit.phases.includes(filters['fase']));
}

/** The best-bet pages for a query, in order and without doubles, that pass the filters. */
export function bestBetsFor(query: string, bets: readonly BestBet[], filters: Record<string, string> = {}): Hit[] {
  const out: Hit[] = [];
  for (const bet of bets) {
    if (!bet.words.some((w) => containsPhrase(query, w))) continue;
    for (const hit of bet.hits) if (passesFilters(hit, filters) && !out.some((h) => h.url === hit.url)) out.push(hit);
  }
  return out;
}

/** Best bets first, then the other results, without doubles, at most `max`. */
export function mergeHits(first: readonly Hit[], rest: readonly Hit[], max: number): Hit[] {
  const out: Hit[] = [...first];
  for (const hit of rest) if (!out.some((h) => h.url === hit.url)) out.push(hit);
  return out.slice(0, max);
}

/** Does the title contain one of the concept's forms as whole words? */
export function titleMatches(title: string, c: Concept): boolean {
  const t = ` ${normalize(title)} `;
  return c.forms.some((f) => t.includes(` ${f} `));
}

/**
 * Final order for the best candidates, once their titles and kinds are known:
 * a page whose title names what the reader asked for is most likely the answer.
 * Stories come after pages that answer, unless the reader asks for experiences;
 * pages for professionals come after the employee's pages, unless the reader
 * searches as a professional.
 */
export function rerank<T extends { id: string; score: number; title: string; kind: string; professional?: boolean }>(candidates: T[], list: Concept[], experiences = false, asProfessional = false): T[] {
  const top = Math.max(...candidates.map((c) => c.score), 1);
  return candidates
    .map((c) => {
      const inTitle = list.filter((k) => titleMatches(c.title, k)).length;
      const kindFactor = experiences && c.kind === 'ervaringen' ? EXPERIENCE_FACTOR : (KIND_FACTOR[c.kind as SearchKind] ?? 1);
      const factor = c.professional && !asProfessional ? kindFactor * PROFESSIONAL_FACTOR : kindFactor;
      const score = (c.score / top + 0.6 * inTitle) * factor;
      return { ...c, score };
    })
    .sort((a, b) => b.score - a.score || a.id.localeCompare(b.id));
}
