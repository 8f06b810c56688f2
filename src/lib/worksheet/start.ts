/**
 * Starting a worksheet from a link: a decision card's form sends
 * /werkblad/?kaart=<id>&optie=<id>…, the question page sends
 * /werkblad/?vraag=<id>…. This turns those parameters into the first answers
 * of a new worksheet, using only known cards, options and questions (the
 * address is untrusted input). Pure, for unit tests.
 */
import type { BankQuestion, CardSummary } from './data';
import type { Worksheet } from './model';

export type Start = { from: 'kaart' | 'vragen'; answers: Partial<Worksheet> };

export function startFromLink(
  params: URLSearchParams,
  cards: Readonly<Record<string, CardSummary>>,
  bank: readonly BankQuestion[],
  /** New option ids: the island passes `newId` (kept out of this module so it loads on its own). */
  makeId: () => string,
): Start | null {
  const card = Object.hasOwn(cards, params.get('kaart') ?? '') ? cards[params.get('kaart')!] : undefined;
  if (card) {
    const ticked = new Set(params.getAll('optie'));
    const chosen = card.options.filter((o) => ticked.has(o.id));
    // Nothing ticked: the whole card, so the reader can weigh every option.
    const options = (chosen.length ? chosen : card.options).map((o) => ({ id: makeId(), name: o.title, pros: [], cons: [] }));
    return { from: 'kaart', answers: { decision: card.question, options, block: 'opties' } };
  }
  const wanted = params.getAll('vraag');
  const picked = wanted.flatMap((id) => bank.filter((q) => q.id === id)).filter((q, i, all) => all.indexOf(q) === i);
  if (picked.length) return { from: 'vragen', answers: { picked: picked.map((q) => ({ id: q.id, text: q.text })), block: 'vragen' } };
  return null;
}
