/**
 * Week placeholders in YAML and frontmatter text, and week arithmetic for the
 * private week calculator. Pure functions. This module loads the WVP timeline;
 * code that only needs dates imports ./calendar instead.
 */
import { getDuration, getMoment, weekLabel, type Moment } from '../data/timeline';
import { plural } from '../i18n/format';
import { WEEKS } from '../i18n/nl/dates';
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
        return durationText(id);
    }
  });
}

/** A duration from the timeline as text: "6 weken" (DURATIONS in src/data/timeline.ts; an unknown id throws). */
export function durationText(id: string): string {
  return plural(WEEKS, getDuration(id));
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

/** A calculator moment placed on the reader's calendar. */
export interface DatedMoment {
  moment: Moment;
  /** First day (the single due day for moments due after a week). */
  start: CalendarDate;
  /** Last day; the same as `start` for a single due day. */
  end: CalendarDate;
  /** The week of illness that `start` falls in. */
  startWeek: number;
  /** Weeks from the current week until `startWeek` (0 = this week, or already running). */
  inWeeks: number;
  /** Started in an earlier week and not over yet (a window such as the eerstejaarsevaluatie). */
  ongoing: boolean;
}

/** Everything the calculator shows for one first sick day and one day "today". */
export interface WeekPlan {
  /** 'future': the first sick day is after today; 'after': past the last week of the timeline. */
  status: 'future' | 'during' | 'after';
  /** The week of illness today; 0 before the first day. */
  week: number;
  /** The last week of the timeline (the end of the two years, week 104). */
  lastWeek: number;
  /** Moments whose last day is before today, oldest first. */
  past: DatedMoment[];
  /** Windows that started in an earlier week and are not over yet. */
  ongoing: DatedMoment[];
  /** The first moment that starts this week or later, however far away; null after the last one. */
  next: DatedMoment | null;
  /** Ongoing moments and those starting within `horizon` weeks of the current week. */
  inRange: DatedMoment[];
  /** Every moment not yet over, in order from the current week up to the last week. */
  all: DatedMoment[];
}

function placeMoment(m: Moment, firstSickDay: CalendarDate, current: number): DatedMoment {
  const due = m.dueAfter ? firstWorkingDayAfter(firstSickDay, m.week) : null;
  const start = due ?? weekRange(firstSickDay, m.week).start;
  const end = due ?? weekRange(firstSickDay, m.weekTo ?? m.week).end;
  const startWeek = weekOfIllness(firstSickDay, start);
  return { moment: m, start, end, startWeek, inWeeks: Math.max(0, startWeek - current), ongoing: startWeek < current };
}

/**
 * The calculator's view of the timeline: what is over, what runs now, the
 * next fixed moment (always, however far away), the moments within the chosen
 * range and all moments from now to the end of the two years. A moment is
 * over once its last day has passed; a date in the future counts from week 1.
 */
export function weekPlan(
  moments: readonly Moment[],
  firstSickDay: CalendarDate,
  today: CalendarDate,
  horizon: number,
): WeekPlan {
  const week = weekOfIllness(firstSickDay, today);
  const current = Math.max(1, week);
  const lastWeek = Math.max(...moments.map((m) => m.weekTo ?? m.week));
  const placed = moments
    .filter((m) => m.calendar)
    .map((m) => placeMoment(m, firstSickDay, current))
    .sort((a, b) => daysBetween(b.start, a.start));
  const past = placed.filter((p) => daysBetween(p.end, today) > 0);
  const all = placed.filter((p) => daysBetween(p.end, today) <= 0);
  return {
    status: week < 1 ? 'future' : week > lastWeek ? 'after' : 'during',
    week,
    lastWeek,
    past,
    ongoing: all.filter((p) => p.ongoing),
    next: all.find((p) => !p.ongoing) ?? null,
    inRange: all.filter((p) => p.startWeek - current <= horizon),
    all,
  };
}
