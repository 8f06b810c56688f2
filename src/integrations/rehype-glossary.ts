/**
 * Glossary explanations, in two steps that both follow src/lib/glossary-rule.ts.
 *
 * An explained term becomes a button that opens a native popover with the
 * one-sentence definition (HTML `popovertarget`, no JavaScript) and a link to
 * the glossary. Screen readers hear "term, uitleg, knop"; the definition
 * follows in reading order once opened.
 *
 * Why two steps: "once per page" needs the whole page, and a page is put
 * together from parts (an MDX body, texts from data such as the hub's lists,
 * several bodies on one page). A rehype pass per MDX body cannot see the other
 * parts. So:
 *   1. `rehypeGlossary`, the rehype plugin for every MDX body, only marks the
 *      body's blocks as term regions (TERMS_REGION). Templates mark their own
 *      text the same way (the phase hub's <article data-terms>).
 *   2. `explainPageHtml` runs once on each finished page (the middleware in
 *      glossary-middleware.ts, in `astro dev` and in the build). It walks the
 *      page's <main> in reading order with one PageTerms, explains the first
 *      use of each term in a region, and removes the region marks, changing
 *      nothing else in the page.
 */
import type { Element, ElementContent, Root, RootContent, Text } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { loadGlossary, type GlossaryTerm } from '../lib/glossary-data';
import { NO_TERMS_CLASSES, NO_TERMS_TAGS, PageTerms, TERMS_REGION, explainableTerms, explainsTermsOn } from '../lib/glossary-rule';
import { routes } from '../lib/routes';
import { pages } from '../i18n/nl/pages';

export interface Matcher {
  term: GlossaryTerm;
  regex: RegExp;
}

function escapeRegex(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** One case-insensitive, whole-word regex per explainable term (longest forms first); common words get none. */
export function buildMatchers(terms: readonly GlossaryTerm[]): Matcher[] {
  return explainableTerms(terms).map((term) => {
    const forms = [...new Set([term.term.toLowerCase(), ...term.forms.map((f) => f.toLowerCase())])].sort(
      (a, b) => b.length - a.length,
    );
    const alternatives = forms.map(escapeRegex).join('|');
    return { term, regex: new RegExp(`(?<![\\p{L}\\p{N}-])(?:${alternatives})(?![\\p{L}\\p{N}])`, 'iu') };
  });
}

/** The matchers for the site's glossary (content/glossary.yaml). */
export function siteMatchers(): Matcher[] {
  return buildMatchers(loadGlossary());
}

function el(tagName: string, properties: Element['properties'], children: ElementContent[]): Element {
  return { type: 'element', tagName, properties, children };
}

function text(value: string): Text {
  return { type: 'text', value };
}

/** Punctuation that belongs to the word before it: it stays on the term's line (see `termElement`). */
const TRAILING_PUNCTUATION = /^[.,;:!?)\]…’”]+/;

/**
 * The markup for one explained term. A term is explained once per page, so its id is unique on the page.
 * `after`: punctuation that follows the term in the text. It goes inside the wrapper, which does not wrap
 * (global.css), so a phone never starts a line with the full stop after a term.
 */
export function termElement(term: GlossaryTerm, shown: string, after = ''): Element {
  const id = `uitleg-${term.id}`;
  return el('span', { className: ['term'] }, [
    el('button', { type: 'button', className: ['term-btn'], popovertarget: id }, [
      text(shown),
      el('span', { className: ['sr-only'], dataPagefindIgnore: '' }, [text(pages.glossary.explained)]),
    ]),
    el('span', { id, popover: 'auto', className: ['term-pop'], role: 'note', dataPagefindIgnore: '' }, [
      el('strong', {}, [text(term.term)]),
      text(`: ${term.short} `),
      el('a', { href: routes.term(term.id) }, [text(pages.glossary.moreAbout)]),
      el('button', { type: 'button', className: ['term-close'], popovertarget: id, popovertargetaction: 'hide' }, [
        text(pages.glossary.close),
      ]),
    ]),
    ...(after ? [text(after)] : []),
  ]);
}

function isRegion(node: Element): boolean {
  return node.properties?.[TERMS_REGION.property] !== undefined;
}

function isSkipped(node: Element): boolean {
  if (NO_TERMS_TAGS.has(node.tagName) || node.properties?.['hidden'] !== undefined) return true;
  const classes = node.properties?.['className'];
  return Array.isArray(classes) && classes.some((c) => NO_TERMS_CLASSES.includes(String(c)));
}

/** MDX components in a body (<Note>, <Later>, ...) are not hast elements, but their children are. */
interface MdxJsxFlow {
  type: 'mdxJsxFlowElement';
  children: RootContent[];
}

/** Step 1, for one MDX body: mark its blocks (also those inside MDX components) as term regions. */
export function markTermRegions(parent: Root | Element | MdxJsxFlow): void {
  for (const child of parent.children) {
    if (child.type === 'element') {
      if (!NO_TERMS_TAGS.has(child.tagName)) child.properties[TERMS_REGION.property] = '';
    } else if ((child as { type: string }).type === 'mdxJsxFlowElement') {
      markTermRegions(child as unknown as MdxJsxFlow);
    }
  }
}

/** Called when a text node is replaced by text and explained terms. */
export type OnExplain = (original: Text, replacement: ElementContent[]) => void;

/**
 * Step 2, for a whole page (`tree`): explain the first use of each term that
 * `page` has not seen yet, in term regions only, in reading order.
 * Pass one PageTerms per page. `inRegion`: the tree itself is a region.
 */
export function explainTerms(
  tree: Root | Element,
  matchers: readonly Matcher[],
  page: PageTerms,
  inRegion = false,
  onExplain?: OnExplain,
): void {
  const pending = new Set(matchers.filter((m) => !page.has(m.term.id)));

  /** The text with its first uses explained, or null if it has none. */
  function explainText(value: string): ElementContent[] | null {
    const out: ElementContent[] = [];
    let rest = value;
    while (pending.size > 0) {
      // The earliest match among pending terms (the longest one if two start together).
      let best: { matcher: Matcher; index: number; length: number } | null = null;
      for (const matcher of pending) {
        const m = matcher.regex.exec(rest);
        if (m && (best === null || m.index < best.index || (m.index === best.index && m[0].length > best.length))) {
          best = { matcher, index: m.index, length: m[0].length };
        }
      }
      if (!best) break;
      pending.delete(best.matcher);
      if (!page.claim(best.matcher.term.id)) continue; // explained elsewhere on the page already
      if (best.index > 0) out.push(text(rest.slice(0, best.index)));
      const shown = rest.slice(best.index, best.index + best.length);
      rest = rest.slice(best.index + best.length);
      const after = TRAILING_PUNCTUATION.exec(rest)?.[0] ?? '';
      out.push(termElement(best.matcher.term, shown, after));
      rest = rest.slice(after.length);
    }
    if (out.length === 0) return null;
    if (rest) out.push(text(rest));
    return out;
  }

  function visit(parent: Root | Element, region: boolean): void {
    for (let i = 0; i < parent.children.length && pending.size > 0; i++) {
      const child = parent.children[i]!;
      if (child.type === 'element') {
        if (!isSkipped(child)) visit(child, region || isRegion(child));
        continue;
      }
      if (child.type !== 'text' || !region) continue;
      const replacement = explainText(child.value);
      if (!replacement) continue;
      onExplain?.(child, replacement);
      parent.children.splice(i, 1, ...(replacement as typeof parent.children));
      i += replacement.length - 1;
    }
  }

  visit(tree, inRegion);
}

interface Edit {
  start: number;
  end: number;
  html: string;
}

/** Source positions of an element's attributes, which hast-util-from-html adds with `verbose: true`. */
type AttributePositions = Record<string, Text['position']>;

/** Where the region mark of each element stands in the source. */
function regionMarkEdits(parent: Root | Element, source: string, out: Edit[] = []): Edit[] {
  for (const child of parent.children) {
    if (child.type !== 'element') continue;
    const attributes = (child.data as { position?: { properties?: AttributePositions } } | undefined)?.position?.properties;
    const at = attributes?.[TERMS_REGION.property];
    if (at?.start.offset !== undefined && at.end.offset !== undefined) {
      const start = /\s/.test(source[at.start.offset - 1] ?? '') ? at.start.offset - 1 : at.start.offset;
      out.push({ start, end: at.end.offset, html: '' });
    }
    regionMarkEdits(child, source, out);
  }
  return out;
}

/**
 * Step 2 on a finished page: explain terms in its <main> (if the page
 * explains terms at all) and remove the region marks. The changes are
 * spliced into the page at their source positions: only the text nodes that
 * get an explanation and the region marks change, every other byte stays as
 * Astro wrote it. A page without regions is returned as it is.
 */
export function explainPageHtml(html: string, path: string, matchers: readonly Matcher[]): string {
  if (!html.includes(TERMS_REGION.attribute)) return html;
  const open = /<main\b[^>]*>/.exec(html);
  const close = html.lastIndexOf('</main>');
  if (!open || close < open.index) return html;
  const offset = open.index;
  const main = html.slice(offset, close + '</main>'.length);
  const tree = fromHtml(main, { fragment: true, verbose: true });
  const edits = regionMarkEdits(tree, main);
  if (explainsTermsOn(path)) {
    explainTerms(tree, matchers, new PageTerms(), false, (original, replacement) => {
      const { start, end } = original.position ?? {};
      if (start?.offset === undefined || end?.offset === undefined) throw new Error(`Geen bronpositie voor tekst op ${path}`);
      edits.push({ start: start.offset, end: end.offset, html: toHtml(replacement, { collapseEmptyAttributes: true }) });
    });
  }
  let out = main;
  for (const e of edits.sort((a, b) => b.start - a.start)) out = out.slice(0, e.start) + e.html + out.slice(e.end);
  return html.slice(0, offset) + out + html.slice(offset + main.length);
}

/** The rehype plugin used by astro.config.mjs for every MDX body: step 1. */
export function rehypeGlossary() {
  return (tree: Root) => markTermRegions(tree);
}
