/** The glossary marking: MDX bodies become term regions, and each term is explained at its first use in a region. */
import { describe, expect, it } from 'vitest';
import type { Element, Root } from 'hast';
import { buildMatchers, explainTerms, markTermRegions } from '../../src/integrations/rehype-glossary';
import { PageTerms } from '../../src/lib/glossary-rule';

const terms = [
  { id: 'plan-van-aanpak', term: 'Plan van aanpak', forms: ['pva'], short: 'Het plan voor je terugkeer.' },
  { id: 'bedrijfsarts', term: 'Bedrijfsarts', forms: ['bedrijfsartsen'], short: 'Een arts voor werk en gezondheid.' },
  { id: 'spoor-2', term: 'Spoor 2', forms: [], short: 'Werk bij een andere werkgever.' },
];

const p = (...children: Root['children']): Element => ({ type: 'element', tagName: 'p', properties: {}, children: children as Element['children'] });
const t = (value: string) => ({ type: 'text' as const, value });

function html(node: Root | Element): string {
  const render = (n: Root['children'][number]): string =>
    n.type === 'text' ? n.value : n.type === 'element' ? `<${n.tagName}${n.properties?.['popover'] ? ' popover' : ''}>${n.children.map(render).join('')}</${n.tagName}>` : '';
  return node.children.map(render).join('');
}

/** Explain a tree that is one term region, as a fresh page. */
function explain(tree: Root): string {
  explainTerms(tree, buildMatchers(terms), new PageTerms(), true);
  return html(tree);
}

describe('explainTerms', () => {
  it('explains only the first use of each term', () => {
    const out = explain({ type: 'root', children: [p(t('De bedrijfsarts belt je. Daarna belt de bedrijfsarts weer.'))] });
    expect(out.match(/<button>/g)).toHaveLength(2); // the term button and the close button
    expect(out).toContain('<button>bedrijfsarts<span> (uitleg)</span></button>');
    expect(out).toContain('Een arts voor werk en gezondheid.');
    expect(out).toContain('Daarna belt de bedrijfsarts weer.');
  });

  it('matches whole words, case-insensitive, longest form first', () => {
    const out = explain({ type: 'root', children: [p(t('Het Plan van aanpak en de pva. Bedrijfsartsen helpen.'))] });
    expect(out).toContain('<button>Plan van aanpak<span> (uitleg)</span></button>');
    expect(out).toContain(' en de pva.'); // second use of the same term stays plain
    expect(out).toContain('<button>Bedrijfsartsen<span> (uitleg)</span></button>');
  });

  it('keeps the punctuation after a term inside its wrapper, so a line never starts with it', () => {
    const out = explain({ type: 'root', children: [p(t('Bel de bedrijfsarts. Of het pva, zegt spoor 2?! Klaar.'))] });
    // The wrapper (span) ends with the punctuation, after the explanation; the rest of the sentence follows it.
    expect(out).toMatch(/<span><button>bedrijfsarts<span> \(uitleg\)<\/span><\/button><span popover>[^]*?<\/span>\.<\/span> Of het/);
    expect(out).toMatch(/<button>pva<span> \(uitleg\)<\/span><\/button><span popover>[^]*?<\/span>,<\/span> zegt/);
    expect(out).toMatch(/<button>spoor 2<span> \(uitleg\)<\/span><\/button><span popover>[^]*?<\/span>\?!<\/span> Klaar\./);
    // Words after a term stay outside it.
    expect(explain({ type: 'root', children: [p(t('De bedrijfsarts belt.'))] })).toMatch(/<\/span><\/span> belt\.<\/p>$/);
  });

  it('does not match inside other words or numbers', () => {
    expect(explain({ type: 'root', children: [p(t('De spoor 20 trein en het pvaatje.'))] })).not.toContain('<button>');
  });

  it('leaves headings, links and existing buttons alone', () => {
    const heading: Element = { type: 'element', tagName: 'h2', properties: {}, children: [t('Wat doet de bedrijfsarts?')] };
    const link: Element = { type: 'element', tagName: 'a', properties: { href: '/x/' }, children: [t('bedrijfsarts')] };
    const tree: Root = { type: 'root', children: [heading, p(link, t(' en daarna de bedrijfsarts.'))] };
    explain(tree);
    expect(html(heading as unknown as Root)).toBe('Wat doet de bedrijfsarts?');
    expect(html(tree)).toContain('<a>bedrijfsarts</a> en daarna de <span><button>bedrijfsarts');
  });

  it('gives every explanation an id from its term, tied to its button', () => {
    const tree: Root = { type: 'root', children: [p(t('De bedrijfsarts en spoor 2.'))] };
    explainTerms(tree, buildMatchers(terms), new PageTerms(), true);
    const ids: string[] = [];
    const targets: string[] = [];
    const walk = (n: Root | Element) =>
      n.children.forEach((c) => {
        if (c.type !== 'element') return;
        if (typeof c.properties?.['id'] === 'string') ids.push(c.properties['id']);
        if (c.tagName === 'button' && typeof c.properties?.['popovertarget'] === 'string') targets.push(c.properties['popovertarget']);
        walk(c);
      });
    walk(tree);
    expect(ids).toEqual(['uitleg-bedrijfsarts', 'uitleg-spoor-2']);
    expect(new Set(targets)).toEqual(new Set(ids));
  });

  it('shares "once per page" between parts of a page through one PageTerms', () => {
    const page = new PageTerms();
    const first: Root = { type: 'root', children: [p(t('De bedrijfsarts belt.'))] };
    const second: Root = { type: 'root', children: [p(t('De bedrijfsarts en het plan van aanpak.'))] };
    explainTerms(first, buildMatchers(terms), page, true);
    explainTerms(second, buildMatchers(terms), page, true);
    expect(html(first)).toContain('<button>bedrijfsarts');
    expect(html(second)).toMatch(/^<p>De bedrijfsarts en het <span><button>plan van aanpak/);
  });

  it('only explains inside term regions', () => {
    const region: Element = { type: 'element', tagName: 'p', properties: { dataTerms: '' }, children: [t('Later de bedrijfsarts.')] };
    const tree: Root = { type: 'root', children: [p(t('Eerst de bedrijfsarts.')), region] };
    explainTerms(tree, buildMatchers(terms), new PageTerms());
    expect(html(tree)).toMatch(/^<p>Eerst de bedrijfsarts\.<\/p><p>Later de <span><button>bedrijfsarts/);
  });
});

describe('markTermRegions (the rehype plugin for MDX bodies)', () => {
  it('marks the blocks of a body, also inside MDX components, but not headings', () => {
    const h2: Element = { type: 'element', tagName: 'h2', properties: {}, children: [t('Kop')] };
    const para = p(t('Tekst'));
    const inNote = p(t('In een kader'));
    const note = { type: 'mdxJsxFlowElement', name: 'Note', attributes: [], children: [inNote] } as unknown as Root['children'][number];
    const tree: Root = { type: 'root', children: [h2, para, note] };
    markTermRegions(tree);
    expect(h2.properties['dataTerms']).toBeUndefined();
    expect(para.properties['dataTerms']).toBe('');
    expect(inNote.properties['dataTerms']).toBe('');
  });
});
