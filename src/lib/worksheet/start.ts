/**
 * Starting a worksheet from a link: a decision card's form sends
 * /werkblad/?kaart=<id>&optie=<id>…&waarde=<key>…&eigen=<text>, the question
 * page sends /werkblad/?vraag=<id>…. This turns those parameters into the
 * first answers of a new worksheet, using only known cards, options, values
 * and questions (the address is untrusted input). Pure, for unit tests.
 */
import type { BankQuestion, CardSummary } from './data';
import type { Worksheet } from './model';

export type Start = { from: 'kaart' | 'vragen'; answers: Partial<Worksheet> };

/** The card asks for at most three values; more ticked boxes are ignored after the third. */
export const MAX_VALUES = 3;
/** The own value is one short line. */
const OWN_MAX = 120;

/**
 * One short line from the address: every invisible or control character
 * (Unicode category C, which includes newlines and bidi overrides) becomes a
 * space, then at most OWN_MAX characters, never half a surrogate pair. No
 * import of validate.ts, so this module stays its own small chunk.
 */
function ownLine(v: string | null): string {
  return Array.from((v ?? '').replace(/\p{C}+/gu, ' ').replace(/\s+/g, ' ').trim())
    .slice(0, OWN_MAX)
    .join('')
    .trim();
}

/** What matters to you, from the ticked values (the card's own keys, first three, once each) and your own words. */
function importantFrom(params: URLSearchParams, card: CardSummary, values: Readonly<Record<string, string>>): string {
  const keys = params.getAll('waarde').filter((k, i, all) => card.values.includes(k) && Object.hasOwn(values, k) && all.indexOf(k) === i);
  const lines = keys.slice(0, MAX_VALUES).map((k) => values[k]!);
  const own = ownLine(params.get('eigen'));
  if (own) lines.push(own);
  return lines.map((l) => `- ${l}`).join('\n');
}

export function startFromLink(
  params: URLSearchParams,
  cards: Readonly<Record<string, CardSummary>>,
  bank: readonly BankQuestion[],
  /** New option ids: the island passes `newId` (kept out of this module so it loads on its own). */
  makeId: () => string,
  /** The values a card offers (key → text), see CARD_VALUES in src/i18n/nl/cards.ts. */
  values: Readonly<Record<string, string>>,
): Start | null {
  const card = Object.hasOwn(cards, params.get('kaart') ?? '') ? cards[params.get('kaart')!] : undefined;
  if (card) {
    const ticked = new Set(params.getAll('optie'));
    const chosen = card.options.filter((o) => ticked.has(o.id));
    // Nothing ticked: the whole card, so the reader can weigh every option.
    const options = (chosen.length ? chosen : card.options).map((o) => ({ id: makeId(), name: o.title, pros: [], cons: [] }));
    const important = importantFrom(params, card, values);
    // Named after the card, and opened at "Keuze en doel": the first step with answers from the card
    // (the decision and what matters to you), before the options are weighed.
    return { from: 'kaart', answers: { title: card.question, decision: card.question, options, ...(important && { important }), block: 'keuze' } };
  }
  const wanted = params.getAll('vraag');
  const picked = wanted.flatMap((id) => bank.filter((q) => q.id === id)).filter((q, i, all) => all.indexOf(q) === i);
  if (picked.length) return { from: 'vragen', answers: { picked: picked.map((q) => ({ id: q.id, text: q.text })), block: 'vragen' } };
  return null;
}
