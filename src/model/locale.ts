/**
 * The site's language, as one explicit dimension of the content model: the
 * HTML `lang`, sorting, number formats, the search index and the content
 * folder all follow LOCALE. The site is Dutch only today; a second language
 * would add its code to LOCALES, a folder under content/ and a dictionary
 * under src/i18n/.
 */
export const LOCALES = ['nl'] as const;
export type Locale = (typeof LOCALES)[number];

/** The language of this build. */
export const LOCALE: Locale = 'nl';

/** BCP 47 tags for Intl formats (numbers, dates) per language. */
export const LOCALE_TAGS: Record<Locale, string> = { nl: 'nl-NL' };
/** The Intl tag of this build ("nl-NL"). */
export const LOCALE_TAG = LOCALE_TAGS[LOCALE];

/** Content folder per language, relative to the project (src/model/read.ts: contentDir()). */
export const CONTENT_DIRS: Record<Locale, string> = { nl: 'content' };
