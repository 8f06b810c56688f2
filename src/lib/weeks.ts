/**
 * Week placeholders in YAML and frontmatter text, and week arithmetic for the
 * private week calculator. Pure functions. This module loads the WVP timeline;
 * code that only needs dates imports ./calendar instead.
 */
import { getDuration, getMoment, weekLabel, type Moment } from '../data/timeline';
import { addDays, daysBetween, type CalendarDate } from './calendar';


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

/** The first working day (Monday to Friday) after week N; public holidays are not known here. */
export function firstWorkingDayAfter(firstSickDay: CalendarDate, week: number): CalendarDate {
  let day = addDays(weekRange(firstSickDay, week).end, 1);
  while ([0, 6].includes(new Date(Date.UTC(day.y, day.m - 1, day.d)).getUTCDay())) day = addDays(day, 1);
  return day;
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
    .map((m) => {
      const due = m.dueAfter ? firstWorkingDayAfter(firstSickDay, m.week) : null;
      return {
        moment: m,
        start: due ?? weekRange(firstSickDay, m.week).start,
        end: due ?? weekRange(firstSickDay, m.weekTo ?? m.week).end,
        inWeeks: Math.max(0, m.week - now),
      };
    });
}
