/** Helpers around the `stories` collection. */
import { getCollection, type CollectionEntry } from 'astro:content';
import { relatedStories } from './related';

export type Story = CollectionEntry<'stories'>;

export function storyUrl(id: string): string {
  return `/ervaringen/${id}/`;
}

let cache: Story[] | null = null;
export async function allStories(): Promise<Story[]> {
  cache ??= (await getCollection('stories')).sort((a, b) => a.data.alias.localeCompare(b.data.alias, 'nl'));
  return cache;
}

/** 1-3 stories for an information page (same phase, shared theme, mixed experiences). */
export async function storiesFor(page: { phases: number[]; themes: { id: string }[] }, max = 3): Promise<Story[]> {
  const stories = await allStories();
  const like = stories.map((s) => ({
    id: s.id,
    phases: s.data.phases,
    themes: s.data.themes.map((t) => t.id),
    experience: s.data.experience,
    story: s,
  }));
  return relatedStories(like, { phases: page.phases, themes: page.themes.map((t) => t.id) }, max).map((x) => x.story);
}
