/** Tables in MDX stack on a phone: every body cell carries its column header as data-label. */
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
  it('labels each body cell with the header of its column and marks the table', () => {
    const out = run('<table><thead><tr><th>Keuze</th><th>Wie beslist</th></tr></thead><tbody><tr><td>Tempo</td><td>Werkgever</td></tr></tbody></table>');
    expect(out).toContain('<table class="stack-table">');
    expect(out).toContain('<td data-label="Keuze">Tempo</td><td data-label="Wie beslist">Werkgever</td>');
    expect(out).not.toMatch(/<th[^>]*data-label/);
  });

  it('leaves cells without a header unlabelled and finds tables inside other elements', () => {
    const out = run('<div><table><thead><tr><th>Een</th></tr></thead><tbody><tr><td>a</td><td>b</td></tr></tbody></table></div>');
    expect(out).toContain('<td data-label="Een">a</td><td>b</td>');
  });
});
