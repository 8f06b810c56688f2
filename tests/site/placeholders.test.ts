/** No placeholder text reaches readers in the built pages (the content gate checks the source files). */
import { describe, expect, it } from 'vitest';
import { builtPagesList, htmlFor } from '../support/dist';
import { PLACEHOLDER } from '../support/content-files';

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
});
