/**
 * The WVP timeline: the single source of every week number on the site.
 *
 * Content never writes a week number itself. MDX uses <Week m="..." /> and
 * <Weeks d="..." />; YAML and frontmatter use {week:id}, {when:id} and
 * {weken:id} (see src/lib/weeks.ts). A unit test checks these values against
 * ../shared/brief/wvp-facts.md, and another fails when content hard-codes a
 * week number.
 *
 * Week N of illness runs from day (N-1)*7+1 to day N*7, counting the first
 * day of illness as day 1.
 */
import type { PhaseNumber } from './site';

export interface Moment {
  /** Stable key used in content. */
  id: string;
  /** Short Dutch name of the moment. */
  title: string;
  /** Week of illness in which it happens, or the first week of its window. */
  week: number;
  /** Last week of the window, when the moment is a period. */
  weekTo?: number;
  /** How the site says when, in Dutch ("uiterlijk in week 6"). */
  when: string;
  /** The phase in which a reader meets this moment. */
  phase: PhaseNumber;
  /** True when sources differ or practice varies: say "rond" and point to the letter. */
  approximate: boolean;
  /** Offered in the private week calculator and its calendar file. */
  calendar: boolean;
  /** One B1 sentence for the calculator and the calendar file. */
  note: string;
  /** Due on the first working day after the week (not during it): the calculator shows that day. */
  dueAfter?: boolean;
}

export const MOMENTS = [
  {
    id: 'ziekmelding',
    title: 'Je meldt je ziek',
    week: 1,
    when: 'op de eerste dag',
    phase: 1,
    approximate: false,
    calendar: false,
    note: 'Je meldt je ziek bij je werkgever, zoals dat in de verzuimregels staat.',
  },
  {
    id: 'melding-bedrijfsarts',
    title: 'Je werkgever schakelt de bedrijfsarts in',
    week: 1,
    when: 'meestal in de eerste week',
    phase: 1,
    approximate: true,
    calendar: false,
    note: 'Je werkgever geeft je ziekmelding door aan de bedrijfsarts of arbodienst.',
  },
  {
    id: 'probleemanalyse',
    title: 'Probleemanalyse door de bedrijfsarts',
    week: 6,
    when: 'uiterlijk in week 6',
    phase: 1,
    approximate: false,
    calendar: true,
    note: 'De bedrijfsarts schrijft op wat je wel en niet kunt. Je mag het lezen voordat je werkgever het krijgt.',
  },
  {
    id: 'plan-van-aanpak',
    title: 'Plan van aanpak',
    week: 8,
    when: 'rond week 8',
    phase: 2,
    approximate: true,
    calendar: true,
    note: 'Binnen twee weken na de probleemanalyse maken jij en je werkgever samen een plan. Jouw visie komt erin.',
  },
  {
    id: '42e-weeksmelding',
    title: 'Je werkgever meldt je ziek bij UWV',
    week: 42,
    when: 'uiterlijk op de eerste werkdag na week 42',
    phase: 3,
    approximate: false,
    calendar: true,
    dueAfter: true,
    note: 'Je werkgever meldt bij UWV dat je lang ziek bent. Dat is een vaste stap, geen oordeel over jou.',
  },
  {
    id: 'eerstejaarsevaluatie',
    title: 'Eerstejaarsevaluatie',
    week: 46,
    weekTo: 52,
    when: 'tussen week 46 en week 52',
    phase: 3,
    approximate: true,
    calendar: true,
    note: 'Jullie kijken terug op het eerste jaar en spreken een doel af voor het tweede jaar.',
  },
  {
    id: 'spoor-2',
    title: 'Mogelijk start spoor 2',
    week: 52,
    weekTo: 58,
    when: 'meestal uiterlijk 6 weken na de eerstejaarsevaluatie',
    phase: 3,
    approximate: true,
    calendar: true,
    note: 'Als terugkeer bij je eigen werkgever niet lukt, zoek je ook werk bij een andere werkgever.',
  },
  {
    id: 'uwv-brief',
    title: 'Brief van UWV over de WIA',
    week: 88,
    when: 'rond week 88',
    phase: 4,
    approximate: true,
    calendar: true,
    note: 'UWV stuurt je een brief over de WIA-aanvraag. Volg de datum in die brief.',
  },
  {
    id: 'eindevaluatie',
    title: 'Eindevaluatie',
    week: 91,
    when: 'rond week 91',
    phase: 4,
    approximate: true,
    calendar: true,
    note: 'Jij en je werkgever kijken samen terug op de twee jaar, voor het re-integratieverslag.',
  },
  {
    id: 'wia-aanvraag',
    title: 'WIA aanvragen',
    week: 93,
    when: 'uiterlijk in week 93',
    phase: 4,
    approximate: false,
    calendar: true,
    note: 'Je vraagt zelf de WIA aan bij UWV. Volg de datum in de brief van UWV.',
  },
  {
    id: 'einde-loondoorbetaling',
    title: 'Einde van twee jaar loondoorbetaling',
    week: 104,
    when: 'na week 104',
    phase: 4,
    approximate: false,
    calendar: true,
    note: 'De twee jaar loondoorbetaling zijn meestal voorbij. Soms loopt je loon langer door, bijvoorbeeld bij een loonsanctie.',
  },
] as const satisfies readonly Moment[];

export type MomentId = (typeof MOMENTS)[number]['id'];

/** Durations in weeks that content mentions. Each comment names the rule. */
export const DURATIONS = {
  /** Plan van aanpak within 2 weeks of the bedrijfsarts's judgement (Regeling procesgang art. 4). */
  pvaNaOordeel: 2,
  /** UWV expects an evaluation at least every 6 weeks (guidance, not law). */
  evaluatieInterval: 6,
  /** Spoor 2 at the latest about 6 weeks after the eerstejaarsevaluatie (UWV practice). */
  spoor2NaEerstejaars: 6,
  /** Statutory wage payment and dismissal protection: 104 weeks (BW 7:629, 7:670). */
  wachttijd: 104,
  /** A loonsanctie extends wage payment by at most 52 weeks. */
  loonsanctieMax: 52,
  /** Minimum-wage floor applies in the first 52 weeks (BW 7:629 lid 1). */
  eersteJaar: 52,
  /** Periods of illness less than 4 weeks apart are added together. */
  samentellenBinnen: 4,
  /** UWV's temporary WIA decision period since 1 January 2026. */
  wiaBeslistermijn: 16,
  /** An early IVA benefit starts at the earliest 10 weeks after the application (WIA art. 23 lid 6). */
  ivaStartNaAanvraag: 10,
  /** Early IVA can be requested from week 3 ... */
  vervroegdeIvaVan: 3,
  /** ... up to week 68 of illness (UWV employer page). */
  vervroegdeIvaTot: 68,
  /** Wage payment for employees past AOW age: 6 weeks. */
  aowLoondoorbetaling: 6,
  /** UWV letter comes about 6 weeks before you have to apply ("usually 6 weeks"). */
  brieftermijn: 6,
  /** ... and never before week 13 of illness (WIA art. 23 lid 6: "ten minste 13 weken"). */
  ivaVroegsteStart: 13,
  /** Bezwaar (and beroep) against a UWV decision: within 6 weeks (Awb art. 6:7). */
  bezwaartermijn: 6,
  /** Dismissal for long-term illness: recovery not expected within 26 weeks (BW 7:669 lid 3 sub b, 7:671a). */
  herstelBinnen: 26,
  /** A vaststellingsovereenkomst can be dissolved within 14 days, or 3 weeks if the right was not mentioned (BW 7:670b lid 3). */
  vsoOntbindenZonderVermelding: 3,
  /** WGA wekeneis: worked at least 26 weeks ... (WIA art. 58) */
  wekeneisGewerkt: 26,
  /** ... of the 36 weeks before you fell ill. */
  wekeneisPeriode: 36,
} as const;

export type DurationId = keyof typeof DURATIONS;

const byId = new Map<string, Moment>(MOMENTS.map((m) => [m.id, m]));

export function isMomentId(id: string): id is MomentId {
  return byId.has(id);
}

export function getMoment(id: string): Moment {
  const m = byId.get(id);
  if (!m) throw new Error(`Onbekend WVP-moment "${id}". Kies uit: ${[...byId.keys()].join(', ')}`);
  return m;
}

export function isDurationId(id: string): id is DurationId {
  return Object.hasOwn(DURATIONS, id);
}

export function getDuration(id: string): number {
  if (!isDurationId(id)) {
    throw new Error(`Onbekende duur "${id}". Kies uit: ${Object.keys(DURATIONS).join(', ')}`);
  }
  return DURATIONS[id];
}

/** "week 6" or "week 46 tot 52". */
export function weekLabel(m: Moment): string {
  return m.weekTo ? `week ${m.week} tot ${m.weekTo}` : `week ${m.week}`;
}
