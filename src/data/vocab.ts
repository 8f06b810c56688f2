/**
 * Fixed vocabularies shared by the content schemas, the pages and the islands.
 * Keys are what editors write in frontmatter; values are what readers see.
 */

/** The three components of the keuzehulp, plus general pages (about, privacy, ...). */
export const COMPONENTS = {
  'samen-beslissen': 'Samen beslissen',
  'regels-en-rollen': 'Regels en rollen',
  ervaringen: 'Ervaringsverhalen',
  algemeen: 'Algemeen',
} as const;
export type ComponentKey = keyof typeof COMPONENTS;

/** Components whose pages state facts and therefore must list sources. */
export const COMPONENTS_NEEDING_SOURCES: readonly ComponentKey[] = ['samen-beslissen', 'regels-en-rollen'];

/** Conversation types used by the question bank and the worksheet. */
export const CONVERSATIONS = {
  bedrijfsarts: 'Gesprek met de bedrijfsarts',
  leidinggevende: 'Gesprek met je leidinggevende of casemanager',
  arbeidsdeskundige: 'Gesprek met de arbeidsdeskundige',
  'plan-van-aanpak': 'Het plan van aanpak maken of bijstellen',
  evaluatie: 'Evaluatiegesprek',
  eerstejaarsevaluatie: 'De eerstejaarsevaluatie',
  algemeen: 'Elk gesprek',
} as const;
export type ConversationKey = keyof typeof CONVERSATIONS;

/** The four steps of Samen beslissen, plus evaluating afterwards. */
export const STEPS = {
  'keuze-en-doel': 'Stap 1: keuze en doel',
  opties: 'Stap 2: opties',
  voorkeur: 'Stap 3: voorkeur',
  besluit: 'Stap 4: besluit',
  evalueren: 'Daarna: evalueren',
} as const;
export type StepKey = keyof typeof STEPS;

/** How a story ends (for now). */
export const OUTCOMES = {
  'eigen-werk': 'Terug in eigen werk',
  'aangepast-werk': 'Aangepast werk',
  'ander-werk': 'Ander werk bij eigen werkgever',
  'spoor-2': 'Spoor 2: werk bij een andere werkgever',
  'uit-dienst-wia': 'Uit dienst of WIA',
  'nog-onderweg': 'Nog onderweg',
} as const;
export type OutcomeKey = keyof typeof OUTCOMES;

/** Who the person in a story lives with (maximum variation: not everyone has support at home). */
export const LIVING = {
  alleen: 'Woont alleen',
  samen: 'Woont samen met partner',
  gezin: 'Woont met partner en kinderen',
  'alleenstaande-ouder': 'Alleenstaande ouder',
  'bij-ouders': 'Woont bij ouders',
} as const;
export type LivingKey = keyof typeof LIVING;

/** Whether a story is mostly a good or a hard experience (IPDAS: show both). */
export const EXPERIENCES = {
  positief: 'Vooral een goede ervaring',
  gemengd: 'Goed en moeilijk',
  moeilijk: 'Vooral een moeilijke ervaring',
} as const;
export type ExperienceKey = keyof typeof EXPERIENCES;

/** Age ranges shown in a story's profile line. */
export const AGE_RANGES = ['20-30', '30-40', '40-50', '50-60', '60+'] as const;

export const PHASE_NUMBERS = [1, 2, 3, 4] as const;
export type PhaseNumber = (typeof PHASE_NUMBERS)[number];

/** Typed helper: Object.keys as a non-empty tuple, for z.enum. */
export function keysOf<T extends Record<string, string>>(o: T): [keyof T & string, ...(keyof T & string)[]] {
  return Object.keys(o) as [keyof T & string, ...(keyof T & string)[]];
}
