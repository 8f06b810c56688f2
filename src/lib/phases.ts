/** Helpers around the `phases` collection. */
import { getCollection, type CollectionEntry } from 'astro:content';

export type Phase = CollectionEntry<'phases'>;

export function phaseUrl(phase: Pick<Phase['data'], 'slug'>): string {
  return `/fase/${phase.slug}/`;
}

let cache: Phase[] | null = null;
export async function allPhases(): Promise<Phase[]> {
  cache ??= (await getCollection('phases')).sort((a, b) => a.data.number - b.data.number);
  return cache;
}

/** Plain data for islands and scripts: number, name, URL. */
export async function phaseSummaries(): Promise<{ number: number; name: string; url: string }[]> {
  return (await allPhases()).map((p) => ({ number: p.data.number, name: p.data.name, url: phaseUrl(p.data) }));
}
