/**
 * Small helpers for the interface dictionary (src/i18n/nl/): filling in
 * {placeholders} and choosing a plural form with Intl.PluralRules, as GOV.UK
 * Frontend's i18n does. Pure and tiny, so islands and scripts can use them.
 */
import { LOCALE } from '../model/locale';

/** Fill {placeholders}: fmt('{n} van {totaal}', { n: 3, totaal: 7 }) → "3 van 7". */
export function fmt(text: string, values: Record<string, string | number> = {}): string {
  return text.replace(/\{(\w+)\}/g, (_, k: string) => String(values[k] ?? ''));
}

/** A text with plural forms; Dutch needs `one` and `other` (CLDR). */
export interface Plural {
  one: string;
  other: string;
}

let rules: Intl.PluralRules | null = null;

/** The right form for `count`, with {n} filled in (plus any other values). */
export function plural(forms: Plural, count: number, values: Record<string, string | number> = {}): string {
  rules ??= new Intl.PluralRules(LOCALE);
  const form = rules.select(count) === 'one' ? forms.one : forms.other;
  return fmt(form, { n: count, ...values });
}

/** "uiterlijk in week 6" → "Uiterlijk in week 6". */
export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** "1, 2 en 3" from a list, the Dutch way. */
export function listAnd(items: readonly (string | number)[], and = 'en'): string {
  const s = items.map(String);
  return s.length <= 1 ? (s[0] ?? '') : `${s.slice(0, -1).join(', ')} ${and} ${s.at(-1)}`;
}
