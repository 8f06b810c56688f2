/** Helpers around the `steps` collection (De weg in twee jaar). */
import type { CollectionEntry } from 'astro:content';
import { loadCollection } from './collection';
import { getMoment } from '../data/timeline';
import { capitalize } from '../i18n/format';
import { routes } from './routes';
import { fillWeeks } from './weeks';

export type Step = CollectionEntry<'steps'>;

/** Steps in journey order. */
export function inJourneyOrder<S extends Pick<Step, 'data'>>(steps: readonly S[]): S[] {
  return [...steps].sort((a, b) => a.data.order - b.data.order);
}

let cache: Step[] | null = null;
export async function allSteps(): Promise<Step[]> {
  cache ??= inJourneyOrder(await loadCollection('steps'));
  return cache;
}

/** URL part of a step: the file name without its order number ("03-probleemanalyse" → "probleemanalyse"). */
export function stepSlug(step: Pick<Step, 'id'>): string {
  return step.id.replace(/^\d+-/, '');
}

/** The step's own page. */
export function stepUrl(step: Pick<Step, 'id'>): string {
  return routes.step(stepSlug(step));
}

/** The step's anchor on the journey overview. */
export function stepAnchor(step: Pick<Step, 'id'>): string {
  return `stap-${stepSlug(step)}`;
}

/** "Wanneer": from the timeline moment, else the step's own wording. */
export function stepWhen(step: Pick<Step, 'data'>): string | null {
  if (step.data.moment) return capitalize(getMoment(step.data.moment).when);
  return step.data.when ? fillWeeks(step.data.when) : null;
}
