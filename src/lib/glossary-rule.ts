/**
 * The rule for explaining glossary terms on the site, in one place (issue #14).
 *
 *   1. Which terms: every glossary term, except COMMON_TERMS, everyday words
 *      a B1 reader knows. Those stay on /begrippen/ but are never explained
 *      in running text.
 *   2. Which pages: every page, except PAGES_WITHOUT_TERMS (/hulp-nodig/ and
 *      /voor-professionals/ with its QR handout sheets).
 *   3. How often: once per page, at the first use in reading order, counted
 *      over the whole page (not per MDX body or component).
 *   4. Where on the page: only in "term regions" (see TERMS_REGION), and
 *      never inside the markup in NO_TERMS_TAGS / NO_TERMS_CLASSES.
 *
 * Terms have no "later phase" flag: an explanation only appears where the
 * word already stands and opens only on a click. Dosing later topics is done
 * by what text is shown, and "verder vooruitkijken" blocks (class `later`) are
 * skipped below.
 *
 * The build applies the rule through src/integrations/rehype-glossary.ts
 * (marking and explaining) and src/integrations/glossary-middleware.ts (the
 * pass over each finished page). Nothing else decides about terms.
 */
import type { GlossaryTerm } from './glossary-data';
import { routes } from './routes';

/**
 * Glossary ids that are never explained: words a B1 reader uses every day.
 * Explaining them is noise, and for a tired reader a bit patronising.
 */
export const COMMON_TERMS: ReadonlySet<string> = new Set([
  'werkgever',
  'leidinggevende',
  'huisarts',
  'huisartsenpost', // the GP's evening and weekend service, known to everyone
  'psycholoog',
  'ziekmelding', // "je ziek melden": every reader has done it on day one
  'burn-out', // the readers' own words for their complaints
  'overspannenheid',
  'vakbond',
  'minimumloon',
  'aow', // "de AOW-leeftijd" is everyday Dutch
]);

/** Pages where nothing is explained: the crisis page (calm, no distraction) and the pages for professionals. A page's subpages are included. */
export const PAGES_WITHOUT_TERMS: readonly string[] = [routes.help(), routes.professionals()];

/**
 * Markup that marks a term region. The MDX plugin puts it on the blocks of
 * every MDX body; a template can put it on an element around its own text (the
 * phase hub does). The page pass removes it from the finished HTML.
 */
export const TERMS_REGION = { attribute: 'data-terms', property: 'dataTerms' } as const;

/**
 * Elements whose text is never explained: headings, the page header, links,
 * buttons and form controls (a button cannot sit inside them), navigation,
 * code, disclosure summaries, definitions, islands (their HTML must match
 * what the script renders) and anything not shown.
 */
export const NO_TERMS_TAGS: ReadonlySet<string> = new Set([
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'nav',
  'a',
  'button',
  'form',
  'label',
  'select',
  'textarea',
  'code',
  'pre',
  'script',
  'style',
  'template',
  'noscript',
  'svg',
  'summary',
  'dfn',
  'astro-island',
]);

/** Classes whose content is never explained: an opt-out, screen-reader-only text, "verder vooruitkijken" blocks, and explanations already made. */
export const NO_TERMS_CLASSES: readonly string[] = ['no-terms', 'sr-only', 'later', 'term'];

/** Normalises a URL path to the form of routes.ts ("/hulp-nodig/"). */
function normalisePath(path: string): string {
  const clean = path.split(/[?#]/)[0]!.replace(/index\.html$/, '');
  return clean.endsWith('/') || /\.\w+$/.test(clean) ? clean : `${clean}/`;
}

/** Does the page at this URL path explain terms at all? */
export function explainsTermsOn(path: string): boolean {
  const p = normalisePath(path);
  return !PAGES_WITHOUT_TERMS.some((no) => p === no || p.startsWith(no));
}

/** Is this glossary id ever explained? */
export function isExplainedTerm(id: string): boolean {
  return !COMMON_TERMS.has(id);
}

/** The glossary terms that may be explained (the common words taken out). */
export function explainableTerms<T extends Pick<GlossaryTerm, 'id'>>(terms: readonly T[]): T[] {
  return terms.filter((t) => isExplainedTerm(t.id));
}

/**
 * "Once per page": one of these per page. `claim(id)` is true only the first
 * time a term comes up, so only that use is explained.
 */
export class PageTerms {
  readonly #seen = new Set<string>();

  claim(id: string): boolean {
    if (this.#seen.has(id)) return false;
    this.#seen.add(id);
    return true;
  }

  /** Has this term been explained on the page already? */
  has(id: string): boolean {
    return this.#seen.has(id);
  }
}
