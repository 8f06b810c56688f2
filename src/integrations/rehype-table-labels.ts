/**
 * Rehype plugin: makes tables in MDX readable on a phone. Each body cell gets
 * the text of its column header as `data-label`, so CSS can stack the rows as
 * small cards below 40rem with the header before each value. Explicit ARIA
 * table roles keep the table semantics for screen readers when the CSS
 * changes the display of the table elements.
 */
import type { Element, ElementContent, Root } from 'hast';

const textOf = (n: ElementContent): string => (n.type === 'text' ? n.value : n.type === 'element' ? n.children.map(textOf).join('') : '');
const elements = (n: Element, tag?: string) => n.children.filter((c): c is Element => c.type === 'element' && (!tag || c.tagName === tag));

export function labelTable(table: Element): void {
  const head = elements(table, 'thead')[0];
  const headerRow = head ? elements(head, 'tr')[0] : undefined;
  const labels = headerRow ? elements(headerRow).map((th) => textOf(th).trim()) : [];
  table.properties = { ...table.properties, role: 'table', className: ['stack-table'] };
  for (const section of elements(table)) {
    section.properties = { ...section.properties, role: 'rowgroup' };
    for (const row of elements(section, 'tr')) {
      row.properties = { ...row.properties, role: 'row' };
      elements(row).forEach((cell, i) => {
        const header = cell.tagName === 'th' && section.tagName === 'thead';
        cell.properties = { ...cell.properties, role: header ? 'columnheader' : 'cell', ...(header || !labels[i] ? {} : { dataLabel: labels[i] }) };
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
