/** Starting a worksheet from a decision card's form or from picked questions: the address is untrusted input. */
import { describe, expect, it } from 'vitest';
import { startFromLink } from '../../src/lib/worksheet/start';
import type { BankQuestion, CardSummary } from '../../src/lib/worksheet/data';

const cards: Record<string, CardSummary> = {
  'tempo-en-uren': {
    question: 'Hoe snel bouw je je uren op?',
    options: [
      { id: 'rustig', title: 'Rustig opbouwen', pros: ['Minder moe.'], cons: ['Duurt langer.'] },
      { id: 'sneller', title: 'Sneller opbouwen', pros: [], cons: [] },
      { id: 'wachten', title: 'Nog even niet', pros: [], cons: [] },
    ],
    values: ['herstel', 'geld', 'ritme', 'contact'],
  },
};
const bank = [
  { id: 'ba-01', text: 'Wat kan ik nu wel?' },
  { id: 'lg-02', text: 'Hoe houden we contact?' },
] as BankQuestion[];
let n = 0;
const ids = () => `id${++n}`;
const values = { herstel: 'Mijn herstel en gezondheid', geld: 'Zekerheid over geld', ritme: 'Een vast ritme', contact: 'Contact met collega’s', baan: 'Mijn baan houden' };
const start = (query: string) => startFromLink(new URLSearchParams(query), cards, bank, ids, values);

describe('startFromLink', () => {
  it('puts only the ticked options of a known card into a new worksheet', () => {
    const s = start('kaart=tempo-en-uren&optie=wachten&optie=rustig');
    expect(s?.from).toBe('kaart');
    expect(s?.answers.decision).toBe('Hoe snel bouw je je uren op?');
    expect(s?.answers.options?.map((o) => o.name)).toEqual(['Rustig opbouwen', 'Nog even niet']);
    // Named after the card, not "Werkblad zonder naam"; opened at the first step the card filled in.
    expect(s?.answers.title).toBe('Hoe snel bouw je je uren op?');
    expect(s?.answers.block).toBe('keuze');
  });

  it('takes every option of the card when none is ticked', () => {
    expect(start('kaart=tempo-en-uren')?.answers.options).toHaveLength(3);
  });

  it('ignores unknown cards, unknown options and inherited object keys', () => {
    expect(start('kaart=bestaat-niet&optie=rustig')).toBeNull();
    expect(start('kaart=__proto__')).toBeNull();
    expect(start('kaart=constructor')).toBeNull();
    expect(start('kaart=tempo-en-uren&optie=<script>')?.answers.options).toHaveLength(3);
  });

  it('writes the ticked values and an own value into "what matters to you"', () => {
    const s = start('kaart=tempo-en-uren&optie=rustig&waarde=geld&waarde=herstel&eigen=Tijd+voor+mijn+kinderen');
    expect(s?.answers.important).toBe('- Zekerheid over geld\n- Mijn herstel en gezondheid\n- Tijd voor mijn kinderen');
    expect(s?.answers.options?.map((o) => o.name)).toEqual(['Rustig opbouwen']);
  });

  it('keeps the first three values of this card once each, and ignores unknown, inherited or other cards\' keys', () => {
    const s = start('kaart=tempo-en-uren&waarde=__proto__&waarde=baan&waarde=geld&waarde=geld&waarde=<b>&waarde=ritme&waarde=contact&waarde=herstel');
    expect(s?.answers.important).toBe('- Zekerheid over geld\n- Een vast ritme\n- Contact met collega’s');
  });

  it('cleans a hostile own value: one short line without control characters', () => {
    const own = encodeURIComponent('a\u202Eb\nc\u0000' + 'x'.repeat(500));
    const important = start(`kaart=tempo-en-uren&eigen=${own}`)?.answers.important ?? '';
    expect(important.startsWith('- a b c x')).toBe(true);
    expect(important).not.toMatch(/[\u0000\u202E]/);
    expect(important.split('\n')).toHaveLength(1);
    expect(important.length).toBeLessThanOrEqual(2 + 120);
  });

  it('leaves "what matters to you" out when nothing was ticked or written', () => {
    expect(start('kaart=tempo-en-uren&eigen=+++')?.answers).not.toHaveProperty('important');
    expect(start('vraag=ba-01&waarde=geld')?.answers).not.toHaveProperty('important');
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
