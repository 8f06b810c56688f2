/**
 * The interface dictionary: every text the site's code shows, in Dutch, in
 * one typed object (in the spirit of Starlight's translation system). Reader
 * content (pages, stories, terms, questions) lives in content/, not here.
 *
 * Build-time code (pages, components) imports `nl`. Islands and scripts import
 * only their own slice module (or receive it as data), so no page ships texts
 * it does not use. Plurals go through plural() with Intl.PluralRules.
 */
import { frame } from './frame';
import { phase } from './phase';
import { search } from './search';
import { calculator } from './calculator';
import { stories } from './stories';
import { pages } from './pages';
import { worksheet } from './worksheet';
import { cards } from './cards';
import { reading } from './reading';
import { offline } from './offline';
import { wga } from './wga';
import { selfCheck } from './selfcheck';
import { readingList } from './reading-list';
import { professionalTools } from './professionals';
import * as vocab from './vocab';
import { MONTHS } from './dates';

export const nl = { frame, phase, search, calculator, stories, pages, worksheet, cards, reading, offline, wga, selfCheck, readingList, professionalTools, vocab, months: MONTHS };
export type Dictionary = typeof nl;
export { fmt, plural, capitalize, listAnd } from '../format';
