/** Helpers around the question bank. */
import { getCollection, type CollectionEntry } from 'astro:content';
import { CONVERSATIONS, type ConversationKey } from '../data/vocab';
import { fillWeeks } from './weeks';

export type Question = CollectionEntry<'questions'>;

/** Plain data for islands. */
export interface QuestionData {
  id: string;
  text: string;
  conversation: ConversationKey;
  phases: number[];
  step: string;
}

let cache: Question[] | null = null;
export async function allQuestions(): Promise<Question[]> {
  cache ??= await getCollection('questions');
  return cache;
}

export async function questionData(): Promise<QuestionData[]> {
  return (await allQuestions()).map((q) => ({
    id: q.id,
    text: fillWeeks(q.data.text),
    conversation: q.data.conversation,
    phases: q.data.phases,
    step: q.data.step,
  }));
}

export const conversationKeys = Object.keys(CONVERSATIONS) as ConversationKey[];

/**
 * A few questions for a phase hub: one per conversation type that has one,
 * in the order of the bank, so the hub shows a spread rather than one kind.
 */
export function sampleForPhase(questions: readonly Question[], phase: number, max: number): Question[] {
  const fits = questions.filter((q) => q.data.phases.includes(phase) && !q.data.threeGood);
  const picked: Question[] = [];
  for (const key of conversationKeys) {
    const q = fits.find((x) => x.data.conversation === key);
    if (q && picked.length < max) picked.push(q);
  }
  for (const q of fits) if (picked.length < max && !picked.includes(q)) picked.push(q);
  return picked;
}
