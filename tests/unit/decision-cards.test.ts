/**
 * Decision cards (content/keuzekaarten/): what the schema in
 * src/content.config.ts cannot say. (That every row is filled, the certainty
 * and known sources of "Wat weten we?", and the values offered are the
 * schema's job: the build fails on them.) Here: options are told apart, no
 * approving label stands on one option only, the money row tells options
 * apart, every decision in "Wie beslist wat" has a card shown on its page,
 * and the card texts read at B1 like the pages.
 */
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { CARD_ROWS, cards as T } from '../../src/i18n/nl/cards';
import { readability } from '../../src/lib/readability';
import { CONTENT, collection, listFiles } from '../support/content-files';

interface Evidence {
  text?: unknown;
  certainty?: unknown;
  sources?: unknown;
}
type Option = Record<string, unknown> & { id: string; title: string; evidence?: Evidence };
interface Card {
  page: string;
  question: string;
  finding?: Evidence;
  options: Option[];
}
const files = listFiles(join(CONTENT, 'keuzekaarten'), /\.yaml$/);
const cards = files.map((f) => ({ id: basename(f, '.yaml'), file: f, card: parse(readFileSync(f, 'utf8')) as Card }));
const pages = collection('pages');
const rows = Object.keys(CARD_ROWS);
const textRows = rows.filter((r) => r !== 'evidence');
const str = (v: unknown): string => (typeof v === 'string' ? v : '');
/** Every text of an option, evidence included. */
const optionText = (o: Option) => [...textRows.map((r) => str(o[r])), str(o.evidence?.text), str(o.evidence?.certainty)].join('\n');

/**
 * Labels: verdicts that steer the reader toward or away from an option
 * instead of informing ("Dit past goed bij de regels"). Such a phrase may
 * stand on every option of a card or on none, never on some only.
 */
const LABELS = [
  /past goed bij/i,
  /\baanrader\b/i,
  /\baanbevolen\b/i,
  /\bde beste (keuze|optie)\b/i,
  /\bhet veiligst\b/i,
  /\bveilige keuze\b/i,
  /\bzo hoort het\b/i,
  /\bideaal\b/i,
  /\bslim\b/i,
  /\bverstandige keuze\b/i,
  /\bgeen risico\b/i,
];

describe('decision cards', () => {
  it('give each option of a card its own title and its own text in every row but "who decides"', () => {
    const same: string[] = [];
    for (const { id, card } of cards) {
      // Who decides may well be the same person for every option.
      for (const key of ['title', ...textRows.filter((r) => r !== 'decides')]) {
        const texts = card.options.map((o) => str(o[key]).trim());
        // The money row may say for several options that they do not differ (checked below).
        const compared = key === 'money' ? texts.filter((t) => !/^Geen (kosten|verschil)/.test(t)) : texts;
        if (new Set(compared).size !== compared.length) same.push(`${id}: two options with the same ${key}`);
      }
    }
    expect(same).toEqual([]);
  });

  it('put no approving label on some options of a card only', () => {
    const uneven: string[] = [];
    for (const { id, card } of cards) {
      for (const label of LABELS) {
        const on = card.options.filter((o) => label.test(optionText(o))).map((o) => o.id);
        if (on.length > 0 && on.length < card.options.length) uneven.push(`${id}: ${label.source} only on ${on.join(', ')}`);
      }
    }
    expect(uneven).toEqual([]);
  });

  it('tell the options apart in the money row, without repeating that the wage continues', () => {
    const problems: string[] = [];
    for (const { id, card } of cards) {
      const money = card.options.map((o) => str(o['money']));
      // Options that really do not differ in money may say so; other money texts must differ.
      const differing = money.filter((m) => !/^Geen (kosten|verschil)/.test(m));
      if (new Set(differing).size !== differing.length) problems.push(`${id}: two options with the same money text`);
      for (const [i, m] of money.entries()) {
        const o = card.options[i]!.id;
        // The general fact is said once, above the options (cards.moneyBase).
        if (/loon( tijdens ziekte)? loopt (gewoon )?door/i.test(m)) problems.push(`${id} / ${o}: repeats that the wage continues`);
        // The employer's risk is not the employee's money.
        if (/loonsanctie/i.test(m)) problems.push(`${id} / ${o}: the employer's loonsanctie in the employee's money row`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('name the maximum wherever a card says "minstens 70%"', () => {
    const texts = [T.moneyBase, ...cards.flatMap(({ card }) => card.options.map(optionText))];
    const missing = texts.filter((t) => /70\s?%/.test(t) && !/maximum/i.test(t));
    expect(missing).toEqual([]);
    expect(T.moneyBase).toMatch(/maximum/);
  });

  it('mark the loonsanctie as the employer’s risk wherever a card names it', () => {
    const unmarked = cards.flatMap(({ id, card }) =>
      card.options.filter((o) => /loonsanctie/i.test(optionText(o)) && !/risico voor je werkgever/i.test(optionText(o))).map((o) => `${id} / ${o.id}`),
    );
    expect(unmarked).toEqual([]);
  });

  it('show what waiting costs, not only how it feels', () => {
    const waiting = cards.flatMap(({ id, card }) => card.options.filter((o) => /^(wachten|nog-niet|minder-contact)$/.test(o.id)).map((o) => ({ id, o })));
    expect(waiting.length).toBeGreaterThan(0);
    const soft = waiting.filter(({ o }) => !/(moeilijker|langer|lager|groter|kwijt|verstuurd|opschuiven|schuiven op)/i.test(str(o['cons']))).map(({ id, o }) => `${id} / ${o.id}`);
    expect(soft).toEqual([]);
  });

  it('give pros and cons comparable detail', () => {
    const words = (s: string) => s.split(/\s+/).filter(Boolean).length;
    const lopsided = cards.flatMap(({ id, card }) =>
      card.options
        .filter((o) => {
          const p = words(str(o['pros']));
          const c = words(str(o['cons']));
          return p > 2 * c || c > 2 * p;
        })
        .map((o) => `${id} / ${o.id}`),
    );
    expect(lopsided).toEqual([]);
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
      .map(({ id, card }) => ({ id, r: readability(card.options.map(optionText).join('\n')) }))
      .filter(({ r }) => r.wordsPerSentence > 13)
      .map(({ id, r }) => `${id}: ${r.wordsPerSentence.toFixed(1)}`);
    expect(heavy).toEqual([]);
  });
});

describe('card texts from issue #21 §2', () => {
  const option = (card: string, id: string) => cards.find((c) => c.id === card)!.card.options.find((o) => o.id === id)!;

  it('weer aan het werk: waiting states its cost; starting small is not called riskier without evidence', () => {
    expect(str(option('weer-aan-het-werk', 'wachten')['cons'])).toMatch(/hoe langer je helemaal weg bent, hoe moeilijker/i);
    expect(optionText(option('weer-aan-het-werk', 'eigen-werk'))).not.toMatch(/de kans is groter dat het te veel wordt/i);
  });

  it('tempo en uren: a build-up schedule agreed in advance, with signals, next to building up by feel', () => {
    expect(optionText(option('tempo-en-uren', 'schema'))).toMatch(/vooraf.*signalen|signalen.*vooraf/is);
    expect(option('tempo-en-uren', 'op-gevoel')).toBeDefined();
  });

  it('hoe vaak gesprekken: contact is not energy taken from recovery', () => {
    const all = cards.find((c) => c.id === 'hoe-vaak-gesprekken')!.card.options.map(optionText).join('\n');
    expect(all).not.toMatch(/energie die je nodig hebt om te herstellen/i);
  });
});
