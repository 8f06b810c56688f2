import type { Plural } from '../format';

/** A number of weeks, for every duration the site shows ("6 weken", "1 week"); through plural(). */
export const WEEKS: Plural = { one: '{n} week', other: '{n} weken' };

/** Dutch month names, for every date the site shows ("3 maart 2026"). */
export const MONTHS = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'] as const;
