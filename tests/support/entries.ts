/**
 * Content entries for unit tests, parsed through the same schemas as the build
 * (src/model/schemas.ts): a test's entry gets the defaults and the checks a
 * real file gets, and is typed as the collection entry the site's helpers take.
 */
import type { CollectionEntry } from 'astro:content';
import { pageSchema, phaseSchema, questionSchema, stepSchema, storySchema } from '../../src/model/schemas';

const source = { title: 'Burgerlijk Wetboek Boek 7, artikel 629', publisher: 'Overheid', url: 'https://wetten.overheid.nl/BWBR0005290/' };

export function pageEntry(id: string, data: Record<string, unknown> = {}): CollectionEntry<'pages'> {
  const input = { title: `Titel ${id}`, summary: 'Samenvatting van deze pagina.', component: 'regels-en-rollen', phases: [1, 2, 3, 4], sources: [source], reviewed: '2026-11-30', ...data };
  return { id, collection: 'pages', data: pageSchema.parse(input) };
}

export function stepEntry(id: string, phase: number, order: number, data: Record<string, unknown> = {}): CollectionEntry<'steps'> {
  const input = { title: `Stap ${id}`, summary: 'Wat er gebeurt in deze stap.', phase, order, sources: [source], reviewed: '2026-11-30', ...data };
  return { id, collection: 'steps', data: stepSchema.parse(input) };
}

export function storyEntry(id: string, phases: number[], themes: string[], experience: string): CollectionEntry<'stories'> {
  const input = {
    alias: `Alias ${id}`,
    age: '30-40',
    work: 'administratief medewerker',
    summary: 'Een verhaal over de eerste weken thuis.',
    quote: 'Het ging beter dan ik dacht.',
    phases,
    themes,
    outcome: 'eigen-werk',
    experience,
    living: 'samen',
    composite: true,
    basis: 'onderzoek',
    helped: ['Rust en ritme.'],
    couldBeBetter: ['Eerder praten.'],
  };
  return { id, collection: 'stories', data: storySchema.parse(input) };
}

export function questionEntry(id: string, phases: number[], conversation: string, threeGood = false): CollectionEntry<'questions'> {
  return { id, collection: 'questions', data: questionSchema.parse({ text: `Vraag ${id}: wat kan ik doen?`, phases, conversation, step: 'opties', threeGood }) };
}

export function phaseEntry(number: number, decide: string[] = [], read: string[] = []): CollectionEntry<'phases'> {
  const input = { number, name: `Fase ${number}`, description: 'Zo voelt deze fase voor een lezer.', weeks: 'De eerste weken', card: 'Twee zinnen voor de kaart van een professional, lang genoeg.', decide, read };
  return { id: String(number), collection: 'phases', data: phaseSchema.parse(input) };
}
