/**
 * Rehype plugin: explains each glossary term at its first use in an MDX body.
 *
 * The term becomes a button that opens a native popover with the one-sentence
 * definition (HTML `popovertarget`, no JavaScript) and a link to the glossary.
 * Screen readers hear "term, uitleg, knop"; the definition follows in reading
 * order once opened. Headings, links, buttons and code are left alone.
 */
import { createHash } from 'node:crypto';
import type { Element, ElementContent, Root, Text } from 'hast';
import { loadGlossary, type GlossaryTerm } from '../lib/glossary-data';
import { routes } from '../lib/routes';
import { pages } from '../i18n/nl/pages';

const SKIP = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'a', 'button', 'code', 'pre', 'script', 'style', 'summary', 'dfn']);

interface Matcher {
  term: GlossaryTerm;
  regex: RegExp;
}

function escapeRegex(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Build one case-insensitive, whole-word regex per term (longest forms first). */
export function buildMatchers(terms: readonly GlossaryTerm[]): Matcher[] {
  return terms.map((term) => {
    const forms = [...new Set([term.term.toLowerCase(), ...term.forms.map((f) => f.toLowerCase())])].sort(
      (a, b) => b.length - a.length,
    );
    const alternatives = forms.map(escapeRegex).join('|');
    return { term, regex: new RegExp(`(?<![\\p{L}\\p{N}-])(?:${alternatives})(?![\\p{L}\\p{N}])`, 'iu') };
  });
}

function el(tagName: string, properties: Element['properties'], children: ElementContent[]): Element {
  return { type: 'element', tagName, properties, children };
}

function text(value: string): Text {
  return { type: 'text', value };
}

/** The markup for one explained term. `prefix` keeps ids unique when a page renders several bodies. */
export function termElement(term: GlossaryTerm, shown: string, prefix: string): Element {
  const id = `uitleg-${prefix}-${term.id}`;
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
  ]);
}

/** Wrap the first use of each term in `tree`. Exported for unit tests. */
export function explainTerms(tree: Root, matchers: readonly Matcher[], prefix: string): void {
  const pending = new Set(matchers);

  function visit(parent: Root | Element): void {
    if (pending.size === 0) return;
    for (let i = 0; i < parent.children.length; i++) {
      const child = parent.children[i]!;
      if (child.type === 'element') {
        const classes = child.properties?.['className'];
        const skipByClass = Array.isArray(classes) && classes.includes('no-terms');
        if (!SKIP.has(child.tagName) && !skipByClass) visit(child);
        continue;
      }
      if (child.type !== 'text') continue;
      // Find the earliest match among pending terms in this text node.
      let best: { matcher: Matcher; index: number; length: number } | null = null;
      for (const matcher of pending) {
        const m = matcher.regex.exec(child.value);
        if (m && (best === null || m.index < best.index || (m.index === best.index && m[0].length > best.length))) {
          best = { matcher, index: m.index, length: m[0].length };
        }
      }
      if (!best) continue;
      pending.delete(best.matcher);
      const before = child.value.slice(0, best.index);
      const shown = child.value.slice(best.index, best.index + best.length);
      const after = child.value.slice(best.index + best.length);
      const replacement: ElementContent[] = [];
      if (before) replacement.push(text(before));
      replacement.push(termElement(best.matcher.term, shown, prefix));
      if (after) replacement.push(text(after));
      parent.children.splice(i, 1, ...(replacement as typeof parent.children));
      // Continue with the text after the term (it is the last inserted node).
      i += replacement.length - (after ? 2 : 1);
    }
  }

  visit(tree);
}

/** The rehype plugin used by astro.config.mjs for every MDX body. */
export function rehypeGlossary() {
  const matchers = buildMatchers(loadGlossary());
  return (tree: Root, file: { path?: string; history?: string[] }) => {
    const path = file.path ?? file.history?.[0] ?? '';
    const prefix = createHash('sha1').update(path).digest('hex').slice(0, 6);
    explainTerms(tree, matchers, prefix);
  };
}
