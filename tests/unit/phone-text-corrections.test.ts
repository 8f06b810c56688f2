/**
 * Texts must be true on a phone as well as on a wide screen (issue #23 §5):
 * a phone shows no table (rows stack as cards) and no options side by side.
 * Each block fails when an old sentence comes back.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cards } from '../../src/i18n/nl/cards';

const mdx = (id: string) => readFileSync(`content/pages/${id}.mdx`, 'utf8');

describe('texts that match what a phone shows', () => {
  it('the bezwaar page does not send the reader to "the table"', () => {
    const body = mdx('regels-en-rollen/rechten-en-plichten/bezwaar-en-klachten');
    expect(body).not.toMatch(/Zoek in de tabel/i);
    expect(body).toMatch(/Zoek hieronder waar jouw probleem over gaat/);
  });

  it('wat-ligt-vast speaks of "hieronder", not "in de tabel", and of options "op een rij"', () => {
    const body = mdx('samen-beslissen/wat-ligt-vast');
    expect(body).not.toMatch(/In de tabel zie je/i);
    expect(body).not.toMatch(/mogelijkheden naast elkaar/i);
  });

  it('a decision card does not say its options stand side by side', () => {
    expect(cards.intro).not.toMatch(/naast elkaar/i);
  });
});
