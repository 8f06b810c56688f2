/** Starting a worksheet from a decision card's form or from picked questions: the address is untrusted input. */
import { describe, expect, it } from 'vitest';
import { startFromLink } from '../../src/lib/worksheet/start';
import type { BankQuestion, CardSummary } from '../../src/lib/worksheet/data';

const cards: Record<string, CardSummary> = {
  'tempo-en-uren': {
    question: 'Hoe snel bouw je je uren op?',
    options: [
      { id: 'rustig', title: 'Rustig opbouwen' },
      { id: 'sneller', title: 'Sneller opbouwen' },
      { id: 'wachten', title: 'Nog even niet' },
    ],
  },
};
const bank = [
  { id: 'ba-01', text: 'Wat kan ik nu wel?' },
  { id: 'lg-02', text: 'Hoe houden we contact?' },
] as BankQuestion[];
let n = 0;
const ids = () => `id${++n}`;
const start = (query: string) => startFromLink(new URLSearchParams(query), cards, bank, ids);

describe('startFromLink', () => {
  it('puts only the ticked options of a known card into a new worksheet', () => {
    const s = start('kaart=tempo-en-uren&optie=wachten&optie=rustig');
    expect(s?.from).toBe('kaart');
    expect(s?.answers.decision).toBe('Hoe snel bouw je je uren op?');
    expect(s?.answers.options?.map((o) => o.name)).toEqual(['Rustig opbouwen', 'Nog even niet']);
    expect(s?.answers.block).toBe('opties');
  });

  it('takes every option of the card when none is ticked', () => {
    expect(start('kaart=tempo-en-uren')!.answers.options).toHaveLength(3);
  });

  it('ignores unknown cards, unknown options and inherited object keys', () => {
    expect(start('kaart=bestaat-niet&optie=rustig')).toBeNull();
    expect(start('kaart=__proto__')).toBeNull();
    expect(start('kaart=constructor')).toBeNull();
    expect(start('kaart=tempo-en-uren&optie=<script>')!.answers.options).toHaveLength(3);
  });

  it('picks known questions once each, in the order asked, with the text from the bank', () => {
    const s = start('vraag=lg-02&vraag=xx-99&vraag=ba-01&vraag=lg-02');
    expect(s?.from).toBe('vragen');
    expect(s?.answers.picked).toEqual([
      { id: 'lg-02', text: 'Hoe houden we contact?' },
      { id: 'ba-01', text: 'Wat kan ik nu wel?' },
    ]);
    expect(s?.answers.block).toBe('vragen');
  });

  it('starts nothing from an address without known parameters', () => {
    expect(start('')).toBeNull();
    expect(start('vraag=onbekend&fase=2')).toBeNull();
  });
});
