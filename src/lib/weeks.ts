/**
 * Week placeholders in YAML and frontmatter text, and week arithmetic for the
 * private week calculator. Pure functions: used at build time and in islands.
 */
import { getDuration, getMoment, weekLabel, type Moment } from '../data/timeline';
import { MONTHS } from './dates';

const PLACEHOLDER = /\{(week|when|weken):([a-z0-9-]+)\}/gi;

/**
 * Replace {week:id} ("week 6"), {when:id} ("uiterlijk in week 6") and
 * {weken:id} ("6 weken") with values from the timeline. Unknown ids throw,
 * so a typo fails the build instead of showing a wrong number.
 */
export function fillWeeks(text: string): string {
  return text.replace(PLACEHOLDER, (_all, kind: string, id: string) => {
    switch (kind.toLowerCase()) {
      case 'week':
        return weekLabel(getMoment(id));
      case 'when':
        return getMoment(id).when;
      default:
        return `${getDuration(id)} weken`;
    }
  });
}

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

/** First and last day of week N of illness; the first day of illness is day 1 of week 1. */
export function weekRange(firstSickDay: CalendarDate, week: number): { start: CalendarDate; end: CalendarDate } {
  const start = addDays(firstSickDay, (week - 1) * 7);
  return { start, end: addDays(start, 6) };
}

/** The week of illness that `today` falls in (1 on the first day); 0 or less before it. */
export function weekOfIllness(firstSickDay: CalendarDate, today: CalendarDate): number {
  const diff = daysBetween(firstSickDay, today);
  return diff < 0 ? 0 : Math.floor(diff / 7) + 1;
}

export interface UpcomingMoment {
  moment: Moment;
  start: CalendarDate;
  end: CalendarDate;
  /** Weeks from the current week until the moment's first week (0 = this week). */
  inWeeks: number;
}

/**
 * Moments that are not yet over, from the current week up to `horizon`
 * weeks ahead. A window counts as not over until its last week has passed.
 */
export function upcomingMoments(
  moments: readonly Moment[],
  firstSickDay: CalendarDate,
  today: CalendarDate,
  horizon: number,
): UpcomingMoment[] {
  const now = Math.max(1, weekOfIllness(firstSickDay, today));
  return moments
    .filter((m) => m.calendar)
    .filter((m) => (m.weekTo ?? m.week) >= now && m.week - now <= horizon)
    .map((m) => ({
      moment: m,
      start: weekRange(firstSickDay, m.week).start,
      end: weekRange(firstSickDay, m.weekTo ?? m.week).end,
      inWeeks: Math.max(0, m.week - now),
    }));
}

/** "3 maart 2026". */
export function formatDate(date: CalendarDate): string {
  return `${date.d} ${MONTHS[date.m - 1]} ${date.y}`;
}
