/** Helpers around the question bank. */
import type { CollectionEntry } from 'astro:content';
import { loadCollection } from './collection';
import { CONVERSATION_KEYS } from '../data/vocab';
import type { PhaseNumber } from '../data/site';

export type Question = CollectionEntry<'questions'>;

let cache: Question[] | null = null;
export async function allQuestions(): Promise<Question[]> {
  cache ??= await loadCollection('questions');
  return cache;
}

/**
 * A few questions for a phase hub: one per conversation type that has one,
 * in the order of the bank, so the hub shows a spread rather than one kind.
 */
export function sampleForPhase(questions: readonly Question[], phase: PhaseNumber, max: number): Question[] {
  const fits = questions.filter((q) => q.data.phases.includes(phase) && !q.data.threeGood);
  const picked: Question[] = [];
  for (const key of CONVERSATION_KEYS) {
    const q = fits.find((x) => x.data.conversation === key);
    if (q && picked.length < max) picked.push(q);
  }
  for (const q of fits) if (picked.length < max && !picked.includes(q)) picked.push(q);
  return picked;
}
