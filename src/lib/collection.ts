/**
 * Astro's content collections, imported on first use: the helpers next to the
 * loaders (src/lib/pages.ts, steps.ts, stories.ts, phases.ts, questions.ts)
 * stay plain functions that unit tests call with entries parsed through the
 * schemas (src/model/schemas.ts), without a stand-in for `astro:content`.
 */
import type { CollectionEntry, CollectionKey } from 'astro:content';

export async function loadCollection<C extends CollectionKey>(name: C): Promise<CollectionEntry<C>[]> {
  const { getCollection } = await import('astro:content');
  return getCollection(name);
}
