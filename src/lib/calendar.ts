/**
 * Calendar dates without time or zone, and how the site writes them ("3 maart
 * 2026"): for the week calculator, the worksheet, calendar files and the
 * dates on pages. Pure and small: it does not load the WVP timeline.
 */
import { MONTHS } from '../i18n/nl/dates';

const DAY_MS = 24 * 60 * 60 * 1000;

/** A calendar date without time or zone: { y, m (1-12), d }. */
export interface CalendarDate {
  y: number;
  m: number;
  d: number;
}

/** Parse "YYYY-MM-DD" strictly; returns null for anything else or an impossible date. */
export function parseDate(value: string): CalendarDate | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value.trim());
  if (!match) return null;
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const t = new Date(Date.UTC(y, m - 1, d));
  if (t.getUTCFullYear() !== y || t.getUTCMonth() !== m - 1 || t.getUTCDate() !== d) return null;
  return { y, m, d };
}

export function toIso(date: CalendarDate): string {
  return `${String(date.y).padStart(4, '0')}-${String(date.m).padStart(2, '0')}-${String(date.d).padStart(2, '0')}`;
}

function toDays(date: CalendarDate): number {
  return Math.round(Date.UTC(date.y, date.m - 1, date.d) / DAY_MS);
}

function fromDays(days: number): CalendarDate {
  const t = new Date(days * DAY_MS);
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}

export function addDays(date: CalendarDate, n: number): CalendarDate {
  return fromDays(toDays(date) + n);
}

export function daysBetween(a: CalendarDate, b: CalendarDate): number {
  return toDays(b) - toDays(a);
}

/** "3 maart 2026". */
export function formatDate(date: CalendarDate): string {
  return `${date.d} ${MONTHS[date.m - 1]} ${date.y}`;
}

/** The calendar date of a Date in this device's time zone (today, a time stamp). */
export function fromLocal(date: Date): CalendarDate {
  return { y: date.getFullYear(), m: date.getMonth() + 1, d: date.getDate() };
}

/** The calendar date of a Date read as UTC (dates from frontmatter such as `reviewed`). */
export function fromUtc(date: Date): CalendarDate {
  return { y: date.getUTCFullYear(), m: date.getUTCMonth() + 1, d: date.getUTCDate() };
}

/** The same day a year later (29 February becomes 1 March). */
export function nextYear(date: CalendarDate): CalendarDate {
  return parseDate(toIso({ ...date, y: date.y + 1 })) ?? { y: date.y + 1, m: 3, d: 1 };
}
