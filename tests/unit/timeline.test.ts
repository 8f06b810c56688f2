/**
 * The WVP timeline must match the fact sheet (../shared/brief/wvp-facts.md,
 * §1 "Timeline, week by week" and its "Uncertain" list). Each expectation
 * quotes the fact it checks, so a change to the data needs a source.
 */
import { describe, expect, it } from 'vitest';
import { DURATIONS, MOMENTS, getMoment, weekLabel } from '../../src/data/timeline';

const FACT_SHEET: Record<string, { week: number; weekTo?: number; approximate: boolean; fact: string }> = {
  ziekmelding: { week: 1, approximate: false, fact: 'Day 1: the employee reports sick' },
  'melding-bedrijfsarts': { week: 1, approximate: true, fact: 'within one week is practice, the law says "tijdig"' },
  probleemanalyse: { week: 6, approximate: false, fact: 'bedrijfsarts judgement within six weeks (Regeling art. 2)' },
  'plan-van-aanpak': { week: 8, approximate: false, fact: 'PvA within two weeks of the judgement: "uiterlijk in de achtste week"' },
  '42e-weeksmelding': { week: 42, approximate: false, fact: 'first working day after the 42nd week of illness' },
  eerstejaarsevaluatie: { week: 46, weekTo: 52, approximate: true, fact: 'practice puts it between weeks 46 and 52' },
  'spoor-2': { week: 52, weekTo: 58, approximate: true, fact: 'at the latest within 6 weeks after the eerstejaarsevaluatie (UWV practice)' },
  'uwv-brief': { week: 88, approximate: true, fact: 'UWV letter after 88 weeks; a law firm says 89: follow your letter' },
  eindevaluatie: { week: 91, approximate: true, fact: 'around week 91; Randstad 89, XpertHR 87' },
  'wia-aanvraag': { week: 93, approximate: false, fact: 'apply at the latest in week 93, 11 weeks before week 104' },
  'einde-loondoorbetaling': { week: 104, approximate: false, fact: 'BW 7:629 lid 1: 104 weeks' },
};

describe('WVP timeline matches the fact sheet', () => {
  it('has exactly the moments of the fact sheet, in order of time', () => {
    expect(MOMENTS.map((m) => m.id)).toEqual(Object.keys(FACT_SHEET));
    const weeks = MOMENTS.map((m) => m.week);
    expect([...weeks].sort((a, b) => a - b)).toEqual(weeks);
  });

  for (const [id, expected] of Object.entries(FACT_SHEET)) {
    it(`${id}: ${expected.fact}`, () => {
      const m = getMoment(id);
      expect(m.week).toBe(expected.week);
      expect(m.weekTo).toBe(expected.weekTo);
      expect(m.approximate).toBe(expected.approximate);
      // The Dutch wording says "rond"/"meestal"/"tussen" exactly when the week is uncertain.
      if (expected.approximate) expect(m.when).toMatch(/rond|meestal|tussen/);
      // Labels shown to readers contain the same number as the data.
      if (m.when.includes('week ')) expect(m.when).toContain(String(m.week));
    });
  }

  it('durations match the fact sheet', () => {
    expect(DURATIONS).toEqual({
      pvaNaOordeel: 2, // PvA within two weeks of the bedrijfsarts's judgement
      evaluatieInterval: 6, // UWV: at least once every 6 weeks
      spoor2NaEerstejaars: 6, // spoor 2 within 6 weeks after the eerstejaarsevaluatie
      wachttijd: 104, // wage payment and opzegverbod
      loonsanctieMax: 52, // loonsanctie: at most 52 weeks
      eersteJaar: 52, // minimumloon floor in the first 52 weeks
      samentellenBinnen: 4, // periods less than 4 weeks apart are added together
      wiaBeslistermijn: 16, // temporary WIA decision period since 1 January 2026
      ivaStartNaAanvraag: 10, // early IVA starts 10 weeks after the application
      vervroegdeIvaVan: 3, // early IVA window: week 3 ...
      vervroegdeIvaTot: 68, // ... to week 68 (UWV employer page)
      aowLoondoorbetaling: 6, // past AOW age: 6 weeks
      brieftermijn: 6, // newer UWV page: "usually 6 weeks" after the letter
      ivaVroegsteStart: 13, // early IVA never starts before week 13 (WIA art. 23 lid 6)
      bezwaartermijn: 6, // bezwaar against a UWV decision: 6 weeks (Awb 6:7)
      herstelBinnen: 26, // UWV dismissal permission: no recovery expected within 26 weeks (BW 7:669 lid 3 b)
      vsoOntbindenZonderVermelding: 3, // VSO: 14 days, 3 weeks if the right was not mentioned (BW 7:670b lid 3)
    });
  });

  it('derived moments agree with each other', () => {
    expect(getMoment('plan-van-aanpak').week).toBe(getMoment('probleemanalyse').week + DURATIONS.pvaNaOordeel);
    expect(getMoment('spoor-2').weekTo).toBe(getMoment('eerstejaarsevaluatie').weekTo! + DURATIONS.spoor2NaEerstejaars);
    expect(getMoment('einde-loondoorbetaling').week).toBe(DURATIONS.wachttijd);
    expect(getMoment('einde-loondoorbetaling').week - getMoment('wia-aanvraag').week).toBe(11);
  });

  it('labels read naturally', () => {
    expect(weekLabel(getMoment('probleemanalyse'))).toBe('week 6');
    expect(weekLabel(getMoment('eerstejaarsevaluatie'))).toBe('week 46 tot 52');
    expect(() => getMoment('week-99')).toThrow(/Onbekend WVP-moment/);
  });
});
