/** Helpers around the `steps` collection (De weg in twee jaar). */
import { getCollection, type CollectionEntry } from 'astro:content';
import { getMoment } from '../data/timeline';
import { fillWeeks } from './weeks';

export type Step = CollectionEntry<'steps'>;

export const JOURNEY_URL = '/regels-en-rollen/de-weg-in-twee-jaar/';

let cache: Step[] | null = null;
export async function allSteps(): Promise<Step[]> {
  cache ??= (await getCollection('steps')).sort((a, b) => a.data.order - b.data.order);
  return cache;
}

/** URL part of a step: the file name without its order number ("03-probleemanalyse" → "probleemanalyse"). */
export function stepSlug(step: Step): string {
  return step.id.replace(/^\d+-/, '');
}

/** The step's own page. */
export function stepUrl(step: Step): string {
  return `${JOURNEY_URL}${stepSlug(step)}/`;
}

/** The step's anchor on the journey overview. */
export function stepAnchor(step: Step): string {
  return `stap-${stepSlug(step)}`;
}

/** "Wanneer": from the timeline moment, else the step's own wording. */
export function stepWhen(step: Step): string | null {
  if (step.data.moment) {
    const m = getMoment(step.data.moment);
    return m.when.charAt(0).toUpperCase() + m.when.slice(1);
  }
  return step.data.when ? fillWeeks(step.data.when) : null;
}
