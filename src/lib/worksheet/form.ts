/**
 * The worksheet's structure as data, in the spirit of GOV.UK Frontend's
 * component params: blocks → fields, each with the key it is stored under, a
 * kind and, for choices, its typed values. Everything else is derived from
 * this one list: the worksheet type and its empty value (model.ts), cleaning
 * of stored and imported data (validate.ts), progress (progress.ts), the
 * editor and print view (src/islands/worksheet/) and the blank printable page
 * (src/pages/werkblad/leeg.astro). The Dutch texts for every block, field and
 * value are in src/i18n/nl/worksheet.ts, typed against these keys.
 *
 * Adding a field: one entry here plus its label in the dictionary. Its key is
 * its stored name, so an old saved worksheet simply gets the empty value.
 */
import { CONVERSATION_KEYS } from '../../data/vocab';

/** Single-line text (names, short answers). */
interface TextField {
  key: string;
  kind: 'text';
  /** Shown only when another choice field has one of these values (or when this field has a value). */
  showIf?: { field: string; values: readonly string[] };
  /** Printed after that field's answer on the same line ("Ja: mijn partner") instead of on its own. */
  printWith?: string;
  /** About the worksheet itself (its name): edited here, not printed as an answer, not counted as progress. */
  meta?: true;
}
/** Multi-line text. */
interface LongField {
  key: string;
  kind: 'long';
}
/** A date (YYYY-MM-DD) or time (HH:MM). Fields with the same `group` share one question ("Wanneer?"). */
interface DateTimeField {
  key: string;
  kind: 'date' | 'time';
  group?: 'when';
  /** Offer the date as a calendar file. */
  calendar?: true;
}
/** One of a few fixed values, as radio buttons. */
interface ChoiceField {
  key: string;
  kind: 'choice';
  values: readonly string[];
  /** Short labels side by side. */
  row?: true;
}
/** One of a longer list, as a select. */
interface SelectField {
  key: string;
  kind: 'select';
  values: readonly string[];
}
/** Options with good and bad points, each weighed 0-3. */
interface OptionsField {
  key: string;
  kind: 'options';
}
/** Which of the options you lean towards (or "weet ik nog niet"). */
interface LeaningField {
  key: string;
  kind: 'leaning';
  /** Key of the options field it refers to. */
  of: string;
}
/** Yes/no questions with a next step for every "nee" (the check, based on SURE). */
interface CheckField {
  key: string;
  kind: 'check';
  items: readonly string[];
}
/** Questions picked from the question bank, or written by the reader. */
interface QuestionsField {
  key: string;
  kind: 'picked' | 'own';
}

export type FieldDef = TextField | LongField | DateTimeField | ChoiceField | SelectField | OptionsField | LeaningField | CheckField | QuestionsField;
export type FieldKind = FieldDef['kind'];

export interface BlockDef {
  key: string;
  fields: readonly FieldDef[];
}

export const FORM = [
  {
    key: 'gesprek',
    fields: [
      { key: 'conversation', kind: 'select', values: CONVERSATION_KEYS },
      { key: 'date', kind: 'date', group: 'when' },
      { key: 'time', kind: 'time', group: 'when' },
      { key: 'mode', kind: 'choice', values: ['locatie', 'telefoon', 'video'] },
      { key: 'companion', kind: 'choice', values: ['ja', 'nee', 'weet-niet'], row: true },
      { key: 'companionWho', kind: 'text', showIf: { field: 'companion', values: ['ja', 'weet-niet'] }, printWith: 'companion' },
      { key: 'title', kind: 'text', meta: true },
    ],
  },
  {
    key: 'keuze',
    fields: [
      { key: 'decision', kind: 'long' },
      { key: 'deadline', kind: 'date' },
      { key: 'stage', kind: 'choice', values: ['niet', 'nadenken', 'bijna', 'gekozen'] },
      { key: 'goal', kind: 'long' },
      // What matters most to you: filled from the values ticked on a decision card.
      { key: 'important', kind: 'long' },
    ],
  },
  {
    key: 'opties',
    fields: [
      { key: 'options', kind: 'options' },
      { key: 'leaning', kind: 'leaning', of: 'options' },
    ],
  },
  {
    key: 'steun',
    fields: [
      { key: 'involved', kind: 'long' },
      { key: 'theirView', kind: 'long' },
      { key: 'pressure', kind: 'choice', values: ['ja', 'beetje', 'nee'], row: true },
      { key: 'pressureFrom', kind: 'text', showIf: { field: 'pressure', values: ['ja', 'beetje'] }, printWith: 'pressure' },
      { key: 'role', kind: 'choice', values: ['zelf', 'samen', 'ander'] },
    ],
  },
  {
    key: 'check',
    // Based on the SURE test: Sure of myself, Understand, Risk-benefit ratio, Encouragement.
    fields: [{ key: 'sure', kind: 'check', items: ['zeker', 'snap', 'waarde', 'steun'] }],
  },
  {
    key: 'vragen',
    fields: [
      { key: 'picked', kind: 'picked' },
      { key: 'own', kind: 'own' },
    ],
  },
  {
    key: 'na',
    fields: [
      { key: 'agreements', kind: 'long' },
      { key: 'opinion', kind: 'long' },
      { key: 'evaluation', kind: 'date', calendar: true },
      { key: 'report', kind: 'choice', values: ['ja', 'nee', 'niet-gezien'] },
      // The evaluation after some time: would you choose this way again, and what would you do differently?
      { key: 'again', kind: 'choice', values: ['ja', 'twijfel', 'nee'], row: true },
      { key: 'different', kind: 'long' },
    ],
  },
] as const satisfies readonly BlockDef[];

// ---- Types derived from FORM ------------------------------------------------

type Form = typeof FORM;
export type Block = Form[number];
export type BlockKey = Block['key'];
export type Field = Block['fields'][number];
export type FieldKey = Field['key'];
/** The field with this key. */
export type FieldOf<K extends FieldKey> = Extract<Field, { key: K }>;
/** The fields of one kind. */
export type FieldOfKind<Kind extends FieldKind> = Extract<Field, { kind: Kind }>;
/** Keys of fields of some kinds. */
export type KeysOfKind<Kind extends FieldKind> = Extract<Field, { kind: Kind }>['key'];
/** The allowed values of a choice or select field. */
export type ValuesOf<K extends KeysOfKind<'choice' | 'select'>> = FieldOf<K> extends { values: readonly (infer V)[] } ? V : never;
export type CheckKey = KeysOfKind<'check'>;
export type CheckItem = FieldOf<CheckKey> extends { items: readonly (infer I)[] } ? I : never;

export const BLOCK_KEYS: readonly BlockKey[] = FORM.map((b) => b.key);
export const FIELDS: readonly Field[] = FORM.flatMap((b): readonly Field[] => b.fields);

export function blockOf(key: BlockKey): Block {
  return FORM.find((b) => b.key === key)!;
}

export function isBlockKey(v: unknown): v is BlockKey {
  return BLOCK_KEYS.includes(v as BlockKey);
}
