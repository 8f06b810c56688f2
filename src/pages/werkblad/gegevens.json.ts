/**
 * /werkblad/gegevens.json: the worksheet's texts (its slice of the interface
 * dictionary), the question bank and the phase names, fetched by the island
 * when it starts.
 *
 * Why not props: as props they would sit in the HTML of /werkblad/ (about
 * 8 KB gzip with the full question bank), which breaks the 14 KB budget for
 * HTML + render-blocking CSS; in the island's JavaScript they would break the
 * 20 KB JS budget. As a separate file they load in parallel with hydration
 * and are cached like any other file.
 */
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { STEP_KEYS } from '../../data/vocab';
import { nl } from '../../i18n/nl';
import { CARD_VALUES } from '../../i18n/nl/cards';
import type { WorksheetData } from '../../lib/worksheet/data';
import { allPhases } from '../../lib/phases';
import { allQuestions } from '../../lib/questions';
import { fillWeeks } from '../../lib/weeks';
import { splitSentences } from '../../lib/reading/sentences';

/** A card's "good" or "hard" text as separate points ("Je blijft in je team. Je gaat stap voor stap." → two). */
const points = (text: string) => {
  const filled = fillWeeks(text);
  return splitSentences(filled).map(([a, b]) => filled.slice(a, b).trim()).filter(Boolean);
};

export const GET: APIRoute = async () => {
  const data: WorksheetData = {
    labels: nl.worksheet,
    bank: (await allQuestions()).map((q) => ({
      id: q.id,
      text: fillWeeks(q.data.text),
      conversation: q.data.conversation,
      phases: q.data.phases,
      step: q.data.step,
    })),
    phases: (await allPhases()).map((p) => ({ number: p.data.number, name: p.data.name })),
    steps: STEP_KEYS.map((k) => [k, nl.vocab.STEPS[k]]),
    cards: Object.fromEntries(
      (await getCollection('cards')).map((c) => [
        c.id,
        {
          question: c.data.question,
          options: c.data.options.map((o) => ({ id: o.id, title: o.title, pros: points(o.pros), cons: points(o.cons) })),
          values: c.data.values,
        },
      ]),
    ),
    values: CARD_VALUES,
  };
  return new Response(JSON.stringify(data), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
