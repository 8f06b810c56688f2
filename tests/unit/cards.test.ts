/**
 * Decision cards (content/keuzekaarten/): every option answers every row of
 * the card, every decision in "Wie beslist wat" has a card, and each card is
 * shown on the page it names. Also B1: the card texts read like the pages.
 */
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { CARD_ROWS } from '../../src/i18n/nl/cards';
import { readability } from '../../src/lib/readability';
import { CONTENT, collection, listFiles } from '../support/content-files';

interface Card {
  page: string;
  question: string;
  options: Record<string, string>[];
}
const files = listFiles(join(CONTENT, 'keuzekaarten'), /\.yaml$/);
const cards = files.map((f) => ({ id: basename(f, '.yaml'), file: f, card: parse(readFileSync(f, 'utf8')) as Card }));
const pages = collection('pages');
const rows = Object.keys(CARD_ROWS);

describe('decision cards', () => {
  it('exist', () => {
    expect(cards.length).toBeGreaterThan(0);
  });

  it('fill every row for every option, each option different', () => {
    const gaps: string[] = [];
    for (const { id, card } of cards) {
      for (const o of card.options) {
        for (const r of rows) if (typeof o[r] !== 'string' || o[r]!.trim().length < 10) gaps.push(`${id} / ${o['id']}: ${r}`);
      }
      const titles = card.options.map((o) => o['title']);
      if (new Set(titles).size !== titles.length) gaps.push(`${id}: two options with the same title`);
    }
    expect(gaps).toEqual([]);
  });

  it('give every decision in "Wie beslist wat" a card, shown on that page', () => {
    const decisions = pages.filter((p) => p.id.startsWith('regels-en-rollen/wie-beslist-wat/'));
    expect(decisions.length).toBeGreaterThan(0);
    const problems: string[] = [];
    for (const d of decisions) {
      const card = cards.find((c) => c.card.page === d.id);
      if (!card) problems.push(`${d.path}: geen keuzekaart`);
      else if (!d.body.includes(`<Keuzekaart id="${card.id}"`)) problems.push(`${d.path}: toont <Keuzekaart id="${card.id}" /> niet`);
    }
    for (const c of cards) if (!pages.some((p) => p.id === c.card.page)) problems.push(`${c.file}: pagina ${c.card.page} bestaat niet`);
    expect(problems).toEqual([]);
  });

  it('read at B1 level (≤ 13 words per sentence on average)', () => {
    const heavy = cards
      .map(({ id, card }) => ({ id, r: readability(card.options.flatMap((o) => rows.map((r) => o[r])).join('\n')) }))
      .filter(({ r }) => r.wordsPerSentence > 13)
      .map(({ id, r }) => `${id}: ${r.wordsPerSentence.toFixed(1)}`);
    expect(heavy).toEqual([]);
  });
});
