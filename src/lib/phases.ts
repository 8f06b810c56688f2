/** Helpers around the `phases` collection. */
import type { CollectionEntry } from 'astro:content';
import { loadCollection } from './collection';

export type Phase = CollectionEntry<'phases'>;

let cache: Phase[] | null = null;
export async function allPhases(): Promise<Phase[]> {
  cache ??= (await loadCollection('phases')).sort((a, b) => a.data.number - b.data.number);
  return cache;
}
