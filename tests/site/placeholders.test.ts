/** No placeholder text reaches readers: not in content, not in the built pages. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { builtPagesList, htmlFor } from '../support/dist';

const PLACEHOLDER = /lorem ipsum|\bTODO\b|\bTBD\b|\bFIXME\b|nog invullen|stand-in|\bxxx\b|\[placeholder\]/i;

describe('no placeholders', () => {
  it('in the text of any built page', () => {
    const hits: string[] = [];
    for (const p of builtPagesList()) {
      const text = htmlFor(p)
        .replace(/<script[\s\S]*?<\/script>/g, '')
        .replace(/<[^>]+>/g, ' ')
        .replace(/\s+/g, ' ');
      const m = PLACEHOLDER.exec(text);
      if (m) hits.push(`${p}: …${text.slice(Math.max(0, m.index - 40), m.index + 40)}…`);
    }
    expect(hits).toEqual([]);
  });

  it('the search input hint is not counted as placeholder text', () => {
    // The placeholder attribute of the search field is fine: it is not content.
    expect(readFileSync('src/components/SearchForm.astro', 'utf8')).toMatch(/placeholder=/);
  });
});
