/**
 * Rehype plugin: makes tables in MDX readable on a phone. Each body cell gets
 * the text of its column header as `data-label`, so CSS can stack the rows as
 * small cards below 40rem with a small label before each value. The first
 * cell of a row is the row's subject: a row header (`<th scope="row">`), shown
 * as the card's bold heading. A cell that starts with bold text ("**Veel.**")
 * marks it as a tag. No ARIA table roles: the HTML validator rejects them on
 * native table elements, and the header text is read before every value anyway.
 */
import type { Element, ElementContent, Root } from 'hast';

const textOf = (n: ElementContent): string => (n.type === 'text' ? n.value : n.type === 'element' ? n.children.map(textOf).join('') : '');
const elements = (n: Element, tag?: string) => n.children.filter((c): c is Element => c.type === 'element' && (!tag || c.tagName === tag));
const blank = (n: ElementContent) => n.type === 'text' && n.value.trim() === '';

/** "**Veel.** Je mag …": the bold start of a cell becomes a tag. */
function markTag(cell: Element): void {
  const first = cell.children.find((c) => !blank(c));
  if (first?.type === 'element' && first.tagName === 'strong') first.properties = { ...first.properties, className: ['tag'] };
}

export function labelTable(table: Element): void {
  const head = elements(table, 'thead')[0];
  const headerRow = head ? elements(head, 'tr')[0] : undefined;
  const headers = headerRow ? elements(headerRow) : [];
  const labels = headers.map((th) => textOf(th).trim());
  for (const th of headers) th.properties = { ...th.properties, scope: 'col' };
  table.properties = { ...table.properties, className: ['stack-table'] };
  for (const section of elements(table, 'tbody')) {
    for (const row of elements(section, 'tr')) {
      elements(row).forEach((cell, i) => {
        if (i === 0 && cell.tagName === 'td') {
          cell.tagName = 'th';
          cell.properties = { ...cell.properties, scope: 'row' };
          return;
        }
        if (labels[i]) cell.properties = { ...cell.properties, dataLabel: labels[i] };
        markTag(cell);
      });
    }
  }
}

export function rehypeTableLabels() {
  return (tree: Root) => {
    const visit = (node: Root | Element) => {
      for (const child of node.children) {
        if (child.type !== 'element') continue;
        if (child.tagName === 'table') labelTable(child);
        else visit(child);
      }
    };
    visit(tree);
  };
}
