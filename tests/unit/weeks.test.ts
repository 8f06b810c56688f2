/** Week arithmetic for the private week calculator, and week placeholders in text. */
import { describe, expect, it } from 'vitest';
import { MOMENTS } from '../../src/data/timeline';
import { addDays, formatDate, parseDate, toIso, type CalendarDate } from '../../src/lib/calendar';
import { fillWeeks, firstWorkingDayAfter, upcomingMoments, weekOfIllness, weekRange } from '../../src/lib/weeks';

const d = (s: string): CalendarDate => parseDate(s)!;

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

describe('upcoming moments', () => {
  it('shows what comes within the horizon and nothing that is over', () => {
    const first = d('2026-01-05');
    const today = d('2026-02-09'); // day 36: week 6
    const list = upcomingMoments(MOMENTS, first, today, 8);
    expect(list.map((u) => u.moment.id)).toEqual(['probleemanalyse', 'plan-van-aanpak']);
    expect(list[0]!.inWeeks).toBe(0);
    expect(list[1]!.inWeeks).toBe(2);
    expect(list[1]!.start).toEqual(d('2026-02-23'));
  });

  it('keeps a window until its last week has passed', () => {
    const first = d('2026-01-05');
    const today = addDays(first, 50 * 7); // week 51
    const ids = upcomingMoments(MOMENTS, first, today, 10).map((u) => u.moment.id);
    expect(ids).toContain('eerstejaarsevaluatie');
    expect(ids).not.toContain('42e-weeksmelding');
  });

  it('returns nothing after week 104', () => {
    const first = d('2024-01-01');
    expect(upcomingMoments(MOMENTS, first, d('2026-06-01'), 52)).toEqual([]);
  });

  it('starts at week 1 for a date in the future', () => {
    const list = upcomingMoments(MOMENTS, d('2027-01-04'), d('2026-12-20'), 6);
    expect(list.map((u) => u.moment.id)).toEqual(['probleemanalyse']);
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
    const [report] = upcomingMoments(MOMENTS.filter((m) => m.id === '42e-weeksmelding'), first, { y: 2026, m: 10, d: 1 }, 8);
    expect(report && [toIso(report.start), toIso(report.end)]).toEqual(['2026-10-26', '2026-10-26']);
  });
});
