/**
 * Fixed vocabularies shared by the content schemas, the pages and the islands:
 * the KEYS that editors write in frontmatter. What readers see for each key
 * is in the interface dictionary (src/i18n/nl/vocab.ts), typed against these
 * lists, so a new key without a Dutch label fails the type check.
 */

/** The three components of the keuzehulp, plus general pages (about, privacy, ...). */
export const COMPONENT_KEYS = ['samen-beslissen', 'regels-en-rollen', 'ervaringen', 'algemeen'] as const;
export type ComponentKey = (typeof COMPONENT_KEYS)[number];

/** Components whose pages state facts and therefore must list sources. */
export const COMPONENTS_NEEDING_SOURCES: readonly ComponentKey[] = ['samen-beslissen', 'regels-en-rollen'];

/** Conversation types used by the question bank and the worksheet. */
export const CONVERSATION_KEYS = [
  'bedrijfsarts',
  'leidinggevende',
  'casemanager',
  'arbeidsdeskundige',
  'plan-van-aanpak',
  'evaluatie',
  'eerstejaarsevaluatie',
  're-integratiebureau',
  'verzekeringsarts',
  'algemeen',
] as const;
export type ConversationKey = (typeof CONVERSATION_KEYS)[number];

/** The four steps of Samen beslissen, plus evaluating afterwards. */
export const STEP_KEYS = ['keuze-en-doel', 'opties', 'voorkeur', 'besluit', 'evalueren'] as const;
export type StepKey = (typeof STEP_KEYS)[number];

/** How a story ends (for now). */
export const OUTCOME_KEYS = ['eigen-werk', 'aangepast-werk', 'ander-werk', 'spoor-2', 'uit-dienst-wia', 'nog-onderweg'] as const;
export type OutcomeKey = (typeof OUTCOME_KEYS)[number];

/** Who the person in a story lives with (maximum variation: not everyone has support at home). */
export const LIVING_KEYS = ['alleen', 'samen', 'gezin', 'alleenstaande-ouder', 'bij-ouders'] as const;
export type LivingKey = (typeof LIVING_KEYS)[number];

/** Whether a story is mostly a good or a hard experience (IPDAS: show both). */
export const EXPERIENCE_KEYS = ['positief', 'gemengd', 'moeilijk'] as const;
export type ExperienceKey = (typeof EXPERIENCE_KEYS)[number];

/**
 * Where a story comes from (issue #19, labelled honestly): "onderzoek" is built
 * from what employees told in the research's interviews and questionnaire
 * (brief §7 and §9); "praktijk" is composed by us from practice, on a topic the
 * research did not cover (VSO, loonstop, a fixed-term contract, a conflict
 * with a time-out, ...).
 */
export const STORY_BASIS_KEYS = ['onderzoek', 'praktijk'] as const;
export type StoryBasisKey = (typeof STORY_BASIS_KEYS)[number];

/** Who tells a story: the person themself, or someone close to them (partner, friend). */
export const NARRATOR_KEYS = ['zelf', 'naaste'] as const;
export type NarratorKey = (typeof NARRATOR_KEYS)[number];

/** Age ranges shown in a story's profile line. */
export const AGE_RANGES = ['20-30', '30-40', '40-50', '50-60', '60+'] as const;

/**
 * Kinds of search results (the "onderdeel" filter of Pagefind): the components,
 * the phase hubs and the glossary terms. Stored as ids in the index, so a
 * renamed label never changes ranking or filters.
 */
export const SEARCH_KIND_KEYS = ['samen-beslissen', 'regels-en-rollen', 'ervaringen', 'fases', 'begrippen', 'algemeen'] as const;
export type SearchKind = (typeof SEARCH_KIND_KEYS)[number];
