/**
 * Rehype plugin: makes tables in MDX readable on a phone. Each body cell gets
 * the text of its column header as `data-label`, so CSS can stack the rows as
 * small cards below 40rem with the header before each value. No ARIA table
 * roles: the HTML validator rejects them on native table elements, and the
 * header text is read before every value anyway.
 */
import type { Element, ElementContent, Root } from 'hast';

const textOf = (n: ElementContent): string => (n.type === 'text' ? n.value : n.type === 'element' ? n.children.map(textOf).join('') : '');
const elements = (n: Element, tag?: string) => n.children.filter((c): c is Element => c.type === 'element' && (!tag || c.tagName === tag));

export function labelTable(table: Element): void {
  const head = elements(table, 'thead')[0];
  const headerRow = head ? elements(head, 'tr')[0] : undefined;
  const labels = headerRow ? elements(headerRow).map((th) => textOf(th).trim()) : [];
  table.properties = { ...table.properties, className: ['stack-table'] };
  for (const section of elements(table, 'tbody')) {
    for (const row of elements(section, 'tr')) {
      elements(row).forEach((cell, i) => {
        if (labels[i]) cell.properties = { ...cell.properties, dataLabel: labels[i] };
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
