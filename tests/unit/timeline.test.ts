/**
 * The WVP timeline (src/data/timeline.ts) must match the fact sheet. The
 * expected values come from tests/fixtures/wvp-timeline.yaml, which quotes the
 * fact sheet (../shared/brief/wvp-facts.md) word for word with its source.
 * Where the fact sheet itself is available (on a team machine; it lives
 * outside this repository), the quotes are checked against it too, so the
 * fixture cannot silently drift from the facts.
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { DURATIONS, MOMENTS, getMoment, weekLabel } from '../../src/data/timeline';

interface Fixture {
  moments: { id: string; week: number; weekTo?: number; approximate: boolean; quote: string; source: string }[];
  durations: Record<string, { value: number; quote: string }>;
}
const fixture = parse(readFileSync('tests/fixtures/wvp-timeline.yaml', 'utf8')) as Fixture;
const FACT_SHEET = '../shared/brief/wvp-facts.md';

describe('WVP timeline matches the fact sheet', () => {
  it('has exactly the moments of the fact sheet, in order of time', () => {
    expect(MOMENTS.map((m) => m.id)).toEqual(fixture.moments.map((m) => m.id));
    const weeks = MOMENTS.map((m) => m.week);
    expect([...weeks].sort((a, b) => a - b)).toEqual(weeks);
  });

  for (const expected of fixture.moments) {
    it(`${expected.id} (${expected.source})`, () => {
      const m = getMoment(expected.id);
      expect(m.week).toBe(expected.week);
      expect(m.weekTo).toBe(expected.weekTo);
      expect(m.approximate).toBe(expected.approximate);
      // The Dutch wording says "rond"/"meestal"/"tussen" exactly when the week is uncertain.
      if (expected.approximate) expect(m.when).toMatch(/rond|meestal|tussen/);
      else expect(m.when).not.toMatch(/rond|meestal|tussen/);
      // Labels shown to readers contain the same number as the data.
      if (m.when.includes('week ')) expect(m.when).toContain(String(m.week));
    });
  }

  it('has the durations of the fact sheet', () => {
    expect(DURATIONS).toEqual(Object.fromEntries(Object.entries(fixture.durations).map(([k, d]) => [k, d.value])));
  });

  it('derived moments agree with each other', () => {
    expect(getMoment('plan-van-aanpak').week).toBe(getMoment('probleemanalyse').week + DURATIONS.pvaNaOordeel);
    expect(getMoment('spoor-2').weekTo).toBe(getMoment('eerstejaarsevaluatie').weekTo! + DURATIONS.spoor2NaEerstejaars);
    expect(getMoment('einde-loondoorbetaling').week).toBe(DURATIONS.wachttijd);
  });

  it('labels read naturally', () => {
    expect(weekLabel(getMoment('probleemanalyse'))).toBe('week 6');
    expect(weekLabel(getMoment('eerstejaarsevaluatie'))).toBe('week 46 tot 52');
    expect(() => getMoment('week-99')).toThrow(/Onbekend WVP-moment/);
  });

  it.skipIf(!existsSync(FACT_SHEET))('quotes the fact sheet as it is now (team machines only)', () => {
    const facts = readFileSync(FACT_SHEET, 'utf8');
    const quotes = [...fixture.moments.map((m) => m.quote), ...Object.values(fixture.durations).map((d) => d.quote)];
    expect(quotes.filter((q) => !facts.includes(q))).toEqual([]);
  });
});
