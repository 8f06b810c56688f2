/** Week arithmetic for the private week calculator, and week placeholders in text. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DURATIONS, MOMENTS } from '../../src/data/timeline';
import { addDays, formatDate, parseDate, toIso, type CalendarDate } from '../../src/lib/calendar';
import { durationText, fillWeeks, firstWorkingDayAfter, weekOfIllness, weekPlan, weekRange, type DatedMoment } from '../../src/lib/weeks';
import { plural } from '../../src/i18n/format';
import { WEEKS } from '../../src/i18n/nl/dates';
import { listFiles } from '../support/content-files';

const d = (s: string): CalendarDate => parseDate(s)!;
/** The moments not yet over, from the current week up to `horizon` weeks ahead. */
const inRange = (...args: Parameters<typeof weekPlan>) => weekPlan(...args).inRange;

describe('parseDate', () => {
  it('accepts real dates only', () => {
    expect(parseDate('2026-02-28')).toEqual({ y: 2026, m: 2, d: 28 });
    expect(parseDate('2028-02-29')).toEqual({ y: 2028, m: 2, d: 29 });
    expect(parseDate('2026-02-29')).toBeNull(); // 2026 is no leap year
    expect(parseDate('2100-02-29')).toBeNull(); // century rule
    expect(parseDate('2000-02-29')).not.toBeNull(); // 400-year rule
    expect(parseDate('2026-13-01')).toBeNull();
    expect(parseDate('24-11-2026')).toBeNull();
    expect(parseDate('')).toBeNull();
    expect(parseDate('2026-11-24T10:00')).toBeNull();
  });
});

describe('week of illness', () => {
  it('counts the first day of illness as day 1 of week 1', () => {
    const first = d('2026-11-24');
    expect(weekOfIllness(first, first)).toBe(1);
    expect(weekOfIllness(first, d('2026-11-30'))).toBe(1);
    expect(weekOfIllness(first, d('2026-12-01'))).toBe(2);
    expect(weekOfIllness(first, d('2026-11-23'))).toBe(0);
  });

  it('crosses year ends', () => {
    const first = d('2026-12-28');
    expect(weekRange(first, 1)).toEqual({ start: d('2026-12-28'), end: d('2027-01-03') });
    expect(weekRange(first, 2).start).toEqual(d('2027-01-04'));
    expect(weekOfIllness(first, d('2027-01-03'))).toBe(1);
    expect(weekOfIllness(first, d('2027-01-04'))).toBe(2);
  });

  it('handles leap days', () => {
    const first = d('2028-02-22');
    expect(weekRange(first, 2)).toEqual({ start: d('2028-02-29'), end: d('2028-03-06') });
    expect(addDays(d('2028-02-28'), 1)).toEqual(d('2028-02-29'));
    expect(addDays(d('2027-02-28'), 1)).toEqual(d('2027-03-01'));
  });

  it('puts week 104 just under two years after the first day', () => {
    const first = d('2026-03-02');
    const { end } = weekRange(first, 104);
    expect(toIso(end)).toBe('2028-02-27'); // 728 days minus one, across the 2028 leap day
    expect(weekRange(first, 6)).toEqual({ start: d('2026-04-06'), end: d('2026-04-12') });
  });

  it('is independent of the time zone (no daylight-saving drift)', () => {
    // Across the Dutch DST change (29 March 2026) a day is still one day.
    expect(addDays(d('2026-03-28'), 2)).toEqual(d('2026-03-30'));
    expect(addDays(d('2026-10-24'), 2)).toEqual(d('2026-10-26'));
  });
});

describe('moments in range (what the calculator lists for the chosen horizon)', () => {
  it('shows what comes within the horizon and nothing that is over', () => {
    const first = d('2026-01-05');
    const today = d('2026-02-09'); // day 36: week 6
    const list = inRange(MOMENTS, first, today, 8);
    expect(list.map((u) => u.moment.id)).toEqual(['probleemanalyse', 'plan-van-aanpak']);
    expect(list[0]!.inWeeks).toBe(0);
    expect(list[1]!.inWeeks).toBe(2);
    expect(list[1]!.start).toEqual(d('2026-02-23'));
  });

  it('keeps a window until its last week has passed', () => {
    const first = d('2026-01-05');
    const today = addDays(first, 50 * 7); // week 51
    const ids = inRange(MOMENTS, first, today, 10).map((u) => u.moment.id);
    expect(ids).toContain('eerstejaarsevaluatie');
    expect(ids).not.toContain('42e-weeksmelding');
  });

  it('returns nothing after week 104', () => {
    const first = d('2024-01-01');
    expect(inRange(MOMENTS, first, d('2026-06-01'), 52)).toEqual([]);
  });

  it('starts at week 1 for a date in the future', () => {
    const list = inRange(MOMENTS, d('2027-01-04'), d('2026-12-20'), 6);
    expect(list.map((u) => u.moment.id)).toEqual(['probleemanalyse']);
  });
});

describe('week plan (the calculator later in the process)', () => {
  const ids = (list: readonly DatedMoment[]) => list.map((u) => u.moment.id);
  const dates = (u: DatedMoment | null) => u && [toIso(u.start), toIso(u.end)];
  // Monday 3 March 2025; week 60 starts on Monday 20 April 2026 (day 414).
  const first = d('2025-03-03');

  it('in week 1: nothing is over, the next moment is the probleemanalyse', () => {
    const plan = weekPlan(MOMENTS, d('2026-01-05'), d('2026-01-05'), 8);
    expect(plan.status).toBe('during');
    expect(plan.week).toBe(1);
    expect(plan.past).toEqual([]);
    expect(plan.next?.moment.id).toBe('probleemanalyse');
    expect(dates(plan.next)).toEqual(['2026-02-09', '2026-02-15']);
    expect(plan.next?.inWeeks).toBe(5);
    expect(ids(plan.inRange)).toEqual(['probleemanalyse', 'plan-van-aanpak']);
    expect(ids(plan.all)).toEqual(MOMENTS.filter((m) => m.calendar).map((m) => m.id));
  });

  it('in week 60 with the longest range: what is over, the next moment months away, and all moments to week 104', () => {
    const today = d('2026-04-20');
    expect(weekOfIllness(first, today)).toBe(60);
    const plan = weekPlan(MOMENTS, first, today, 26);
    expect(plan.status).toBe('during');
    expect(plan.week).toBe(60);
    expect(ids(plan.past)).toEqual(['probleemanalyse', 'plan-van-aanpak', '42e-weeksmelding', 'eerstejaarsevaluatie', 'spoor-2']);
    // The report to UWV keeps its single due day: Monday after week 42.
    expect(dates(plan.past[2]!)).toEqual(['2025-12-22', '2025-12-22']);
    expect(plan.ongoing).toEqual([]);
    // Nothing within 26 weeks, but the next moment is still there, with its date.
    expect(plan.inRange).toEqual([]);
    expect(plan.next?.moment.id).toBe('uwv-brief');
    expect(dates(plan.next)).toEqual(['2026-11-02', '2026-11-08']);
    expect(plan.next?.inWeeks).toBe(28);
    expect(ids(plan.all)).toEqual(['uwv-brief', 'eindevaluatie', 'wia-aanvraag', 'einde-loondoorbetaling']);
    expect(plan.all.map((u) => u.startWeek)).toEqual([88, 91, 93, 104]);
    expect(plan.lastWeek).toBe(DURATIONS.wachttijd);
    expect(dates(plan.all.at(-1)!)).toEqual(['2027-02-22', '2027-02-28']);
  });

  it('orders every list by date and keeps the next moment within the full list', () => {
    for (const week of [1, 7, 30, 43, 50, 60, 90, 100]) {
      const plan = weekPlan(MOMENTS, first, weekRange(first, week).start, 4);
      const all = plan.all.map((u) => toIso(u.start));
      expect(all).toEqual([...all].sort());
      expect(plan.all.every((u) => u.startWeek >= week || u.ongoing)).toBe(true);
      expect(plan.past.every((u) => toIso(u.end) < toIso(weekRange(first, week).start))).toBe(true);
      expect(plan.all).toContain(plan.next);
    }
  });

  it('always has a next moment from week 1 up to and including week 104', () => {
    for (let week = 1; week <= DURATIONS.wachttijd; week++) {
      for (const day of [0, 6]) {
        const plan = weekPlan(MOMENTS, first, addDays(weekRange(first, week).start, day), 4);
        expect(plan.status, `week ${week}`).toBe('during');
        expect(plan.next, `week ${week}`).not.toBeNull();
        expect(plan.next!.startWeek).toBeGreaterThanOrEqual(week);
      }
    }
  });

  it('in week 48 shows the running evaluation apart from the next moment', () => {
    const plan = weekPlan(MOMENTS, d('2026-01-05'), d('2026-11-30'), 8);
    expect(plan.week).toBe(48);
    expect(ids(plan.ongoing)).toEqual(['eerstejaarsevaluatie']);
    expect(plan.next?.moment.id).toBe('spoor-2');
    expect(plan.next?.inWeeks).toBe(4);
    expect(ids(plan.inRange)).toEqual(['eerstejaarsevaluatie', 'spoor-2']);
    expect(ids(plan.past)).toContain('42e-weeksmelding');
  });

  it('keeps the report to UWV as the next moment until its due day has passed', () => {
    // First day Saturday 3 January 2026: week 43 starts Saturday 24 October, the report is due Monday 26 October.
    const sat = d('2026-01-03');
    const before = weekPlan(MOMENTS, sat, d('2026-10-24'), 4);
    expect(before.week).toBe(43);
    expect(before.next?.moment.id).toBe('42e-weeksmelding');
    expect(before.next?.inWeeks).toBe(0);
    expect(dates(before.next)).toEqual(['2026-10-26', '2026-10-26']);
    expect(ids(weekPlan(MOMENTS, sat, d('2026-10-26'), 4).all)).toContain('42e-weeksmelding');
    const after = weekPlan(MOMENTS, sat, d('2026-10-27'), 4);
    expect(ids(after.past)).toContain('42e-weeksmelding');
    expect(after.next?.moment.id).toBe('eerstejaarsevaluatie');
  });

  it('in week 103 the end of the two years is next, one week away', () => {
    const plan = weekPlan(MOMENTS, first, d('2027-02-15'), 4);
    expect(plan.week).toBe(103);
    expect(plan.next?.moment.id).toBe('einde-loondoorbetaling');
    expect(plan.next?.inWeeks).toBe(1);
    expect(ids(plan.all)).toEqual(['einde-loondoorbetaling']);
    expect(plan.past).toHaveLength(MOMENTS.filter((m) => m.calendar).length - 1);
  });

  it('after week 104: everything is over and there is no next moment', () => {
    expect(weekPlan(MOMENTS, first, d('2027-02-28'), 4).status).toBe('during'); // last day of week 104
    const plan = weekPlan(MOMENTS, first, d('2027-03-01'), 26);
    expect(plan.status).toBe('after');
    expect(plan.week).toBe(105);
    expect(plan.next).toBeNull();
    expect(plan.all).toEqual([]);
    expect(plan.inRange).toEqual([]);
    expect(ids(plan.past).at(-1)).toBe('einde-loondoorbetaling');
  });

  it('counts across a leap day (first sick day 29 February 2028)', () => {
    const leap = d('2028-02-29');
    const plan = weekPlan(MOMENTS, leap, d('2029-02-28'), 8); // day 366: week 53
    expect(plan.week).toBe(53);
    expect(ids(plan.ongoing)).toEqual(['spoor-2']);
    expect(plan.next?.moment.id).toBe('uwv-brief');
    expect(toIso(plan.next!.start)).toBe('2029-10-30');
    expect(plan.next?.inWeeks).toBe(35);
    // Tuesday 29 February: week 42 ends on a Monday, the report is due the Tuesday after.
    expect(dates(plan.past.find((u) => u.moment.id === '42e-weeksmelding')!)).toEqual(['2028-12-19', '2028-12-19']);
  });

  it('says clearly when the first sick day is still to come', () => {
    const plan = weekPlan(MOMENTS, d('2026-12-01'), d('2026-11-20'), 8);
    expect(plan.status).toBe('future');
    expect(plan.week).toBe(0);
    expect(plan.past).toEqual([]);
    expect(plan.next?.moment.id).toBe('probleemanalyse');
  });
});

describe('fillWeeks', () => {
  it('replaces placeholders from the timeline', () => {
    expect(fillWeeks('Rond {week:plan-van-aanpak}.')).toBe('Rond week 8.');
    expect(fillWeeks('{when:probleemanalyse}')).toBe('uiterlijk in week 6');
    expect(fillWeeks('Minstens eens in de {weken:evaluatieInterval}.')).toBe('Minstens eens in de 6 weken.');
    expect(fillWeeks('{week:eerstejaarsevaluatie}')).toBe('week 46 tot 52');
  });

  it('fails loudly on a typo', () => {
    expect(() => fillWeeks('{week:probleem-analyse}')).toThrow(/Onbekend WVP-moment "probleem-analyse"/);
    expect(() => fillWeeks('{weken:loonsanctie}')).toThrow(/Onbekende duur/);
  });
});

describe('durations as text', () => {
  it('go through plural(), one form for one week', () => {
    expect(durationText('wachttijd')).toBe('104 weken');
    expect(plural(WEEKS, 1)).toBe('1 week');
  });

  it('are never typed as "… weken" next to a number in code (use durationText or plural)', () => {
    const typed = listFiles('src', /\.(ts|tsx|astro)$/)
      .filter((f) => !f.startsWith(join('src', 'i18n')))
      .flatMap((f) => [...readFileSync(f, 'utf8').matchAll(/\}\s*weken\b/g)].map(() => f));
    expect(typed).toEqual([]);
  });
});

describe('formatDate', () => {
  it('writes Dutch dates', () => {
    expect(formatDate(d('2026-11-24'))).toBe('24 november 2026');
    expect(formatDate(d('2027-01-01'))).toBe('1 januari 2027');
  });
});

describe('moments due after a week (the report to UWV after week 42)', () => {
  it('fall on the first working day after that week, never on a weekend', () => {
    // First day of illness Monday 5 January 2026: week 42 ends Sunday 25 October, so Monday 26 October.
    expect(toIso(firstWorkingDayAfter({ y: 2026, m: 1, d: 5 }, 42))).toBe('2026-10-26');
    // First day Wednesday 7 January 2026: week 42 ends Tuesday 27 October, the next day is Wednesday.
    expect(toIso(firstWorkingDayAfter({ y: 2026, m: 1, d: 7 }, 42))).toBe('2026-10-28');
    // First day Saturday 3 January 2026: week 42 ends Friday 23 October; Saturday and Sunday are skipped.
    expect(toIso(firstWorkingDayAfter({ y: 2026, m: 1, d: 3 }, 42))).toBe('2026-10-26');
  });

  it('show that one day in the calculator, not the days of week 42 itself', () => {
    const first = { y: 2026, m: 1, d: 5 };
    const [report] = inRange(MOMENTS.filter((m) => m.id === '42e-weeksmelding'), first, { y: 2026, m: 10, d: 1 }, 8);
    expect(report && [toIso(report.start), toIso(report.end)]).toEqual(['2026-10-26', '2026-10-26']);
  });
});
