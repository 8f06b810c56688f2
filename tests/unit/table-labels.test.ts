/** Tables in MDX stack on a phone: the row's subject is its heading, every other body cell carries its column header as data-label. */
import { describe, expect, it } from 'vitest';
import { toHtml } from 'hast-util-to-html';
import { fromHtml } from 'hast-util-from-html';
import { rehypeTableLabels } from '../../src/integrations/rehype-table-labels';

const run = (html: string) => {
  const tree = fromHtml(html, { fragment: true });
  rehypeTableLabels()(tree);
  return toHtml(tree);
};

describe('rehypeTableLabels', () => {
  it('makes the first cell a row header and labels the other cells with the header of their column', () => {
    const out = run('<table><thead><tr><th>Keuze</th><th>Wie beslist</th></tr></thead><tbody><tr><td>Tempo</td><td>Werkgever</td></tr></tbody></table>');
    expect(out).toContain('<table class="stack-table">');
    expect(out).toContain('<th scope="col">Keuze</th><th scope="col">Wie beslist</th>');
    expect(out).toContain('<th scope="row">Tempo</th><td data-label="Wie beslist">Werkgever</td>');
  });

  it('leaves cells without a header unlabelled and finds tables inside other elements', () => {
    const out = run('<div><table><thead><tr><th>Een</th><th>Twee</th></tr></thead><tbody><tr><td>a</td><td>b</td><td>c</td></tr></tbody></table></div>');
    expect(out).toContain('<th scope="row">a</th><td data-label="Twee">b</td><td>c</td>');
  });

  it('turns bold text at the start of a cell into a tag, and only there', () => {
    const out = run(
      '<table><thead><tr><th>Keuze</th><th>Ruimte</th></tr></thead><tbody><tr><td>Tempo</td><td> <strong>Veel.</strong> Je mag <strong>ook</strong> kiezen.</td></tr></tbody></table>',
    );
    expect(out).toContain('<strong class="tag">Veel.</strong> Je mag <strong>ook</strong> kiezen.');
  });
});
