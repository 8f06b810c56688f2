/** Helpers around the `phases` collection. */
import { getCollection, type CollectionEntry } from 'astro:content';

export type Phase = CollectionEntry<'phases'>;

let cache: Phase[] | null = null;
export async function allPhases(): Promise<Phase[]> {
  cache ??= (await getCollection('phases')).sort((a, b) => a.data.number - b.data.number);
  return cache;
}
