/**
 * The review date on save (issue #25 §1): an entry that states facts carries
 * `reviewed` ("Laatst gecontroleerd"). In the editor, a save that changes such
 * an entry must either change that date or tick the choice next to Opslaan,
 * which sets it to today (the server's clock, its own time zone). An
 * unchanged save stays untouched; ticking without other changes sets only the
 * date ("I checked it again"). Enforced by saveEntry() when the editor passes
 * a ReviewChoice (src/redactie/store.ts).
 */
import type { z } from 'zod';
import { MONTHS } from '../i18n/nl/dates.ts';
import { COLLECTIONS, type CollectionName } from '../model/schemas.ts';

/** The form field of the choice (not a schema field, like `__body`). */
export const REVIEW_FIELD = '__gecontroleerd';

/** What the editor says when content changed but the date did not. */
export const REVIEW_NEEDED = 'Je hebt de inhoud veranderd. Zet een datum bij ‘laatst gecontroleerd’, of vink aan dat je vandaag hebt gecontroleerd.';

/** The maintainer's choice on a save: the box ticked or not, and today as jjjj-mm-dd. */
export interface ReviewChoice {
  ticked: boolean;
  today: string;
}

/** Whether entries of a collection carry a `reviewed` date (pages, steps, keuzekaarten, zelfchecks). */
export function hasReviewed(name: CollectionName): boolean {
  return 'reviewed' in (COLLECTIONS[name].schema as unknown as { shape: Record<string, z.ZodType> }).shape;
}

/** Today's calendar date in the server's own time zone, as jjjj-mm-dd. */
export function todayIso(now: Date): string {
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

/** "2026-12-07" → "7 december 2026", as the site writes dates. */
export function dutchDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return `${d} ${MONTHS[(m ?? 1) - 1]} ${y}`;
}

/** The label of the choice; no field label is part of it (forms are found by label). */
export function reviewLabel(today: string): string {
  return `Ik heb de feiten vandaag nagekeken: zet de controledatum op ${dutchDate(today)}`;
}
