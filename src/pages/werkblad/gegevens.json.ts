/**
 * /werkblad/gegevens.json: the worksheet's texts, the question bank and the
 * phase names, fetched by the island when it starts.
 *
 * Why not props: as props they would sit in the HTML of /werkblad/ (about
 * 8 KB gzip with the full question bank), which breaks the 14 KB budget for
 * HTML + render-blocking CSS; in the island's JavaScript they would break the
 * 20 KB JS budget. As a separate file they load in parallel with hydration
 * and are cached like any other file.
 */
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { STEPS } from '../../data/vocab';
import { LABELS, type BankQuestion, type WorksheetData } from '../../lib/worksheet/labels';
import { fillWeeks } from '../../lib/weeks';

export const GET: APIRoute = async () => {
  const bank: BankQuestion[] = (await getCollection('questions')).map((q) => ({
    id: q.id,
    text: fillWeeks(q.data.text),
    conversation: q.data.conversation,
    phases: q.data.phases,
    step: q.data.step,
  }));
  const phases = (await getCollection('phases'))
    .map((p) => ({ number: p.data.number, name: p.data.name }))
    .sort((a, b) => a.number - b.number);
  const data: WorksheetData = { labels: LABELS, bank, phases, steps: Object.entries(STEPS) };
  return new Response(JSON.stringify(data), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
