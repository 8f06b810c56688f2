/** Helpers around the `stories` collection. */
import type { CollectionEntry } from 'astro:content';
import { loadCollection } from './collection';
import { LOCALE } from '../model/locale';
import { relatedStories, type StoryLike } from './related';
import { isLaterTopic } from '../data/site';
import type { OutcomeKey } from '../data/vocab';

/** Outcomes that are later topics (spoor 2, WIA, leaving): their quotes sit behind "verder vooruitkijken". */
export const LATER_OUTCOMES: readonly OutcomeKey[] = ['spoor-2', 'uit-dienst-wia'];

export type Story = CollectionEntry<'stories'>;

let cache: Story[] | null = null;
export async function allStories(): Promise<Story[]> {
  cache ??= (await loadCollection('stories')).sort((a, b) => a.data.alias.localeCompare(b.data.alias, LOCALE));
  return cache;
}

/** A story about later topics: only about later phases, or ending in spoor 2, WIA or leaving. */
export function isLaterStory(s: Pick<Story, 'data'>): boolean {
  return isLaterTopic(s.data.phases) || LATER_OUTCOMES.includes(s.data.outcome);
}

/** A story in the shape relatedStories() works with, carrying the story itself. */
export function storyLike(s: Story): StoryLike & { story: Story } {
  return { id: s.id, phases: s.data.phases, themes: s.data.themes, experience: s.data.experience, story: s };
}

/** 1-3 stories for an information page (same phase, shared theme, mixed experiences). */
export function storiesIn(stories: readonly Story[], page: { phases: readonly number[]; themes: readonly string[] }, max = 3): Story[] {
  return relatedStories(stories.map(storyLike), { phases: page.phases, themes: page.themes }, max).map((x) => x.story);
}

export async function storiesFor(page: { phases: readonly number[]; themes: readonly string[] }, max = 3): Promise<Story[]> {
  return storiesIn(await allStories(), page, max);
}
