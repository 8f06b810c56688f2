/** The rehype plugin that explains glossary terms at their first use. */
import { describe, expect, it } from 'vitest';
import type { Element, Root } from 'hast';
import { buildMatchers, explainTerms } from '../../src/integrations/rehype-glossary';

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

describe('explainTerms', () => {
  it('explains only the first use of each term', () => {
    const tree: Root = { type: 'root', children: [p(t('De bedrijfsarts belt je. Daarna belt de bedrijfsarts weer.'))] };
    explainTerms(tree, buildMatchers(terms), 'x');
    const out = html(tree);
    expect(out.match(/<button>/g)).toHaveLength(2); // the term button and the close button
    expect(out).toContain('<button>bedrijfsarts<span> (uitleg)</span></button>');
    expect(out).toContain('Een arts voor werk en gezondheid.');
    expect(out).toContain('Daarna belt de bedrijfsarts weer.');
  });

  it('matches whole words, case-insensitive, longest form first', () => {
    const tree: Root = { type: 'root', children: [p(t('Het Plan van aanpak en de pva. Bedrijfsartsen helpen.'))] };
    explainTerms(tree, buildMatchers(terms), 'x');
    const out = html(tree);
    expect(out).toContain('<button>Plan van aanpak<span> (uitleg)</span></button>');
    expect(out).toContain(' en de pva.'); // second use of the same term stays plain
    expect(out).toContain('<button>Bedrijfsartsen<span> (uitleg)</span></button>');
  });

  it('does not match inside other words or numbers', () => {
    const tree: Root = { type: 'root', children: [p(t('De spoor 20 trein en het pvaatje.'))] };
    explainTerms(tree, buildMatchers(terms), 'x');
    expect(html(tree)).not.toContain('<button>');
  });

  it('leaves headings, links and existing buttons alone', () => {
    const heading: Element = { type: 'element', tagName: 'h2', properties: {}, children: [t('Wat doet de bedrijfsarts?')] };
    const link: Element = { type: 'element', tagName: 'a', properties: { href: '/x/' }, children: [t('bedrijfsarts')] };
    const tree: Root = { type: 'root', children: [heading, p(link, t(' en daarna de bedrijfsarts.'))] };
    explainTerms(tree, buildMatchers(terms), 'x');
    expect(html(heading as unknown as Root)).toBe('Wat doet de bedrijfsarts?');
    expect(html(tree)).toContain('<a>bedrijfsarts</a> en daarna de <span><button>bedrijfsarts');
  });

  it('gives every explanation a unique id per body, tied to its button', () => {
    const tree: Root = { type: 'root', children: [p(t('De bedrijfsarts en spoor 2.'))] };
    explainTerms(tree, buildMatchers(terms), 'abc123');
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
    expect(ids).toEqual(['uitleg-abc123-bedrijfsarts', 'uitleg-abc123-spoor-2']);
    expect(new Set(targets)).toEqual(new Set(ids));
  });
});
