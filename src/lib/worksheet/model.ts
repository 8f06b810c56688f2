/**
 * The worksheet ("werkblad") data model: one worksheet per conversation, kept
 * as a flat record so the island can patch fields cheaply. Pure data and
 * helpers only; no DOM, no storage.
 *
 * Field values that come from a fixed choice are stored as short Dutch keys
 * ('' means "not answered"). Nothing is required: every field may stay empty.
 */

/** The current storage and export format. See migrations.ts for the history. */
export const CURRENT_VERSION = 2;

/** Identifies our export files. */
export const APP_ID = 'keuzehulp-werkblad';

/** Limits that keep stored and imported data small and readable. */
export const LIMITS = {
  /** Single-line fields: names, titles, points. */
  short: 200,
  /** Multi-line fields: goal, agreements, views. */
  long: 4000,
  /** "Three options per conversation is plenty"; five is the hard maximum. */
  options: 5,
  /** Good or bad points per option. */
  points: 10,
  /** Own questions per worksheet. */
  own: 30,
  /** Questions picked from the bank per worksheet. */
  picked: 200,
  /** Worksheets kept on one device. */
  sheets: 100,
  /** Import files larger than this are refused before they are read. */
  importBytes: 1024 * 1024,
} as const;

export const BLOCKS = ['gesprek', 'keuze', 'opties', 'steun', 'check', 'vragen', 'na'] as const;
export type BlockKey = (typeof BLOCKS)[number];

/** Allowed values of the choice fields ('' = not answered). */
export const CHOICES = {
  mode: ['locatie', 'telefoon', 'video'],
  companion: ['ja', 'nee', 'weet-niet'],
  stage: ['niet', 'nadenken', 'bijna', 'gekozen'],
  pressure: ['ja', 'beetje', 'nee'],
  role: ['zelf', 'samen', 'ander'],
  report: ['ja', 'nee', 'niet-gezien'],
} as const;
export type ChoiceField = keyof typeof CHOICES;

/**
 * Keys of CONVERSATIONS (src/data/vocab.ts), repeated here so the island does
 * not bundle the Dutch names; a unit test keeps the two lists equal.
 */
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

/** The four questions of the check, based on the SURE test (our own wording lives in labels.ts). */
export const SURE_KEYS = ['zeker', 'snap', 'waarde', 'steun'] as const;
export type SureKey = (typeof SURE_KEYS)[number];
export type YesNo = '' | 'ja' | 'nee';

/** A good or bad point of an option; weight 0-3 ("niet" .. "heel belangrijk"), null = not rated. */
export interface Point {
  id: string;
  text: string;
  weight: number | null;
}

export interface Option {
  id: string;
  name: string;
  pros: Point[];
  cons: Point[];
}

/** A question: picked from the bank (id of the bank entry, text as it was when picked) or written by the reader. */
export interface Question {
  id: string;
  text: string;
}

export interface Worksheet {
  id: string;
  /** ISO date-times. */
  created: string;
  updated: string;
  /** Index of the block that was open last (restored on reload). */
  block: number;
  /** Optional own name for the worksheet. */
  title: string;

  // a. Over het gesprek
  /** A key of CONVERSATIONS, or ''. */
  conversation: string;
  /** YYYY-MM-DD or ''. */
  date: string;
  /** HH:MM or ''. */
  time: string;
  mode: string;
  companion: string;
  companionWho: string;

  // b. Keuze en doel
  decision: string;
  deadline: string;
  stage: string;
  goal: string;

  // c. Opties
  options: Option[];
  /** Id of an option, 'onbekend' ("weet ik nog niet") or ''. */
  leaning: string;

  // d. Steun
  involved: string;
  theirView: string;
  pressure: string;
  pressureFrom: string;
  role: string;

  // e. Check (SURE)
  sure: Record<SureKey, YesNo>;

  // f. Mijn vragen
  picked: Question[];
  own: Question[];

  // g. Na het gesprek
  agreements: string;
  opinion: string;
  /** Date of the evaluation, YYYY-MM-DD or ''. */
  evaluation: string;
  report: string;
}

/** What is stored under keuzehulp:werkbladen (plus `version`). */
export interface Doc {
  /** Id of the worksheet that is open, or null for the list. */
  current: string | null;
  worksheets: Worksheet[];
}

export const LEANING_UNSURE = 'onbekend';

/** A short random id; `random` is injectable for tests. */
export function newId(random: () => number = Math.random): string {
  return (Date.now().toString(36) + random().toString(36).slice(2, 8)).slice(-10);
}

export function emptySheet(id: string, now: Date): Worksheet {
  const at = now.toISOString();
  return {
    id,
    created: at,
    updated: at,
    block: 0,
    title: '',
    conversation: '',
    date: '',
    time: '',
    mode: '',
    companion: '',
    companionWho: '',
    decision: '',
    deadline: '',
    stage: '',
    goal: '',
    options: [],
    leaning: '',
    involved: '',
    theirView: '',
    pressure: '',
    pressureFrom: '',
    role: '',
    sure: { zeker: '', snap: '', waarde: '', steun: '' },
    picked: [],
    own: [],
    agreements: '',
    opinion: '',
    evaluation: '',
    report: '',
  };
}

export function emptyDoc(): Doc {
  return { current: null, worksheets: [] };
}
