/**
 * Glossary explanations on the built pages (issue #14, the rule in
 * src/lib/glossary-rule.ts): on every page each term is explained at most
 * once, common words never, nothing on /hulp-nodig/ and /voor-professionals/,
 * and the phase hubs explain their jargon (POH-GGZ, deskundigenoordeel,
 * boventallig) wherever it stands in their text.
 */
import type { Element, Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { describe, expect, it } from 'vitest';
import { COMMON_TERMS, NO_TERMS_CLASSES, NO_TERMS_TAGS, TERMS_REGION, explainsTermsOn } from '../../src/lib/glossary-rule';
import { buildMatchers } from '../../src/integrations/rehype-glossary';
import { loadGlossary } from '../../src/lib/glossary-data';
import { PHASES } from '../../src/data/site';
import { routes } from '../../src/lib/routes';
import { builtPagesList, htmlFor } from '../support/dist';

const pages = builtPagesList();
const glossary = loadGlossary();

/** Term ids explained on a page, one entry per explanation (the term buttons, not the close buttons). */
function explainedOn(html: string): string[] {
  return [...html.matchAll(/<button\b[^>]*class="term-btn"[^>]*popovertarget="uitleg-([^"]+)"/g)].map((m) => m[1]!);
}

function elements(node: Root | Element, out: Element[] = []): Element[] {
  for (const c of node.children) {
    if (c.type !== 'element') continue;
    out.push(c);
    elements(c, out);
  }
  return out;
}

/** The text of <main> where a term can be explained: not in links, headings, buttons, hidden text or "verder vooruitkijken". */
function explainableText(html: string): string {
  const main = elements(fromHtml(html)).find((e) => e.tagName === 'main');
  const parts: string[] = [];
  const walk = (n: RootContent) => {
    if (n.type === 'text') parts.push(n.value);
    if (n.type !== 'element') return;
    const classes = (n.properties['className'] as string[] | undefined) ?? [];
    if (NO_TERMS_TAGS.has(n.tagName) || n.properties['hidden'] !== undefined || classes.some((c) => NO_TERMS_CLASSES.includes(c))) return;
    n.children.forEach(walk);
  };
  main?.children.forEach(walk);
  return parts.join(' ');
}

describe('glossary explanations on built pages', () => {
  it('has pages, hubs and the pages without terms to check', () => {
    expect(pages.length).toBeGreaterThan(10);
    for (const p of [routes.help(), routes.professionals(), ...PHASES.map((ph) => routes.phase(ph.number))]) expect(pages).toContain(p);
  });

  it('explains each term at most once per page, each button with its own explanation', () => {
    const report: string[] = [];
    for (const p of pages) {
      const html = htmlFor(p);
      const ids = explainedOn(html);
      const twice = ids.filter((id, i) => ids.indexOf(id) !== i);
      if (twice.length > 0) report.push(`${p}: ${[...new Set(twice)].join(', ')} meer dan eens`);
      for (const id of ids) {
        if ((html.match(new RegExp(`id="uitleg-${id}" popover=`, 'g')) ?? []).length !== 1) report.push(`${p}: uitleg van ${id} ontbreekt`);
      }
    }
    expect(report).toEqual([]);
  });

  it('never explains common words (werkgever, huisarts, leidinggevende, ...)', () => {
    const common = new Set(['werkgever', 'huisarts', 'leidinggevende', ...COMMON_TERMS]);
    const report = pages.flatMap((p) => explainedOn(htmlFor(p)).filter((id) => common.has(id)).map((id) => `${p}: ${id}`));
    expect(report).toEqual([]);
  });

  it('explains nothing on /hulp-nodig/ and /voor-professionals/', () => {
    const none = pages.filter((p) => !explainsTermsOn(p));
    expect(none).toEqual(expect.arrayContaining([routes.help(), routes.professionals(), routes.handoutSheet()]));
    expect(none.filter((p) => !p.startsWith(routes.help()) && !p.startsWith(routes.professionals()))).toEqual([]);
    const report = none.filter((p) => /class="term-btn"|class="term-pop"/.test(htmlFor(p)));
    expect(report).toEqual([]);
  });

  it('leaves no term-region marks in the built pages', () => {
    const report = pages.filter((p) => new RegExp(`<[^>]+\\s${TERMS_REGION.attribute}[\\s=>]`).test(htmlFor(p)));
    expect(report).toEqual([]);
  });

  describe('phase hubs', () => {
    const jargon = ['poh-ggz', 'deskundigenoordeel', 'boventallig'];
    const matchers = buildMatchers(glossary.filter((t) => jargon.includes(t.id)));

    it('explain POH-GGZ, deskundigenoordeel and boventallig wherever they stand in the text', () => {
      expect(matchers.map((m) => m.term.id).sort()).toEqual([...jargon].sort());
      const report: string[] = [];
      for (const { number } of PHASES) {
        const html = htmlFor(routes.phase(number));
        const text = explainableText(html);
        const ids = explainedOn(html);
        for (const m of matchers) {
          if (m.regex.test(text) && !ids.includes(m.term.id)) report.push(`fase ${number}: ${m.term.id} staat er zonder uitleg`);
        }
      }
      expect(report).toEqual([]);
    });

    it('explain the hub texts that come from data too (POH-GGZ in phase 1, deskundigenoordeel in a later phase)', () => {
      const explainedOnHubs = PHASES.flatMap(({ number }) => explainedOn(htmlFor(routes.phase(number))));
      expect(explainedOnHubs).toContain('poh-ggz');
      expect(explainedOnHubs).toContain('deskundigenoordeel');
    });
  });
});
