/**
 * Money figures: the single source of every amount and percentage on the site
 * that depends on a date or on a rule about money.
 *
 * Content never types these figures. MDX uses <Bedrag id="..." /> (see
 * src/components/mdx/Bedrag.astro); the WGA wijzer reads them from here.
 * Each entry names its rule and source and the period it is valid for.
 * A euro amount always has a `validUntil`: tests/unit/amounts.test.ts fails
 * the day after it, and the build stops too, so an outdated figure cannot be
 * published silently. Renew the entry (new value, dates and source) then.
 * Percentages fixed in a statute have no end date (`validUntil: null`): they
 * change only when the law changes, and the page's `reviewed` date covers them.
 *
 * Prefer rules and percentages over euro amounts. There is deliberately no
 * hourly minimum wage here: it changes on 1 January and 1 July, and no
 * checked figure for the current half year was available (fact sheet §2).
 */
import { LOCALE_TAG } from '../model/locale.ts';

export interface AmountSource {
  title: string;
  url: string;
}

export interface Amount {
  /** Stable key used in content: <Bedrag id="..." />. */
  id: string;
  /** What the figure is, for maintainers (English). */
  label: string;
  kind: 'euro' | 'percent';
  value: number;
  /** Dutch unit shown after a euro amount ("per dag"). */
  unit?: string;
  /** First day the figure applies (ISO date). */
  validFrom: string;
  /** Last day the figure applies (ISO date); null for a statutory percentage without an end date. */
  validUntil: string | null;
  /** Article or rule, and where we found the figure. */
  rule: string;
  source: AmountSource;
}

const BW7 = { title: 'Burgerlijk Wetboek Boek 7', url: 'https://wetten.overheid.nl/BWBR0005290/' };
const WIA = { title: 'Wet werk en inkomen naar arbeidsvermogen', url: 'https://wetten.overheid.nl/BWBR0019057/' };
const ZW = { title: 'Ziektewet', url: 'https://wetten.overheid.nl/BWBR0001888/' };
const SINCE_WIA = '2006-01-01';

export const AMOUNTS = [
  {
    id: 'maximumdagloon',
    label: 'Maximum daily wage 2026 (1/261 of the maximum premieloon)',
    kind: 'euro',
    value: 304.25,
    unit: 'per dag',
    validFrom: '2026-01-01',
    validUntil: '2026-12-31',
    rule: 'Stcrt 2025, 42324; check on uwv.nl before publishing (fact sheet §2, uncertain item 7)',
    source: { title: 'Premiepercentages en maximum premieloon 2026 (Reintjes Advies)', url: 'https://reintjesadvies.pl/premiepercentages-en-maximum-premieloon-2026' },
  },
  {
    id: 'maximumpremieloon',
    label: 'Maximum premieloon 2026, per year',
    kind: 'euro',
    value: 79409,
    unit: 'per jaar',
    validFrom: '2026-01-01',
    validUntil: '2026-12-31',
    rule: 'Stcrt 2025, 42324; check on uwv.nl before publishing',
    source: { title: 'Premiepercentages en maximum premieloon 2026 (Reintjes Advies)', url: 'https://reintjesadvies.pl/premiepercentages-en-maximum-premieloon-2026' },
  },
  { id: 'loon-bij-ziekte', label: 'Statutory sick pay', kind: 'percent', value: 70, validFrom: '2004-01-01', validUntil: null, rule: 'BW 7:629 lid 1', source: BW7 },
  { id: 'ziektewet', label: 'Ziektewet benefit, of the daily wage', kind: 'percent', value: 70, validFrom: SINCE_WIA, validUntil: null, rule: 'Ziektewet; fact sheet round 3 (about 70% of the daily wage)', source: ZW },
  { id: 'wia-drempel', label: 'Minimum degree of disability for WIA', kind: 'percent', value: 35, validFrom: SINCE_WIA, validUntil: null, rule: 'WIA; fact sheet §2 (WIA basics)', source: WIA },
  { id: 'wia-restverdienste', label: 'Earning capacity left at the WIA threshold', kind: 'percent', value: 65, validFrom: SINCE_WIA, validUntil: null, rule: 'WIA; fact sheet §2 (WIA basics)', source: WIA },
  { id: 'iva-grens', label: 'Fully unable to work from', kind: 'percent', value: 80, validFrom: SINCE_WIA, validUntil: null, rule: 'WIA; fact sheet §2 (WIA basics)', source: WIA },
  { id: 'iva', label: 'IVA, of the (capped) daily wage', kind: 'percent', value: 75, validFrom: SINCE_WIA, validUntil: null, rule: 'WIA, IVA; fact sheet §2 and round 3', source: WIA },
  { id: 'lgu-start', label: 'WGA loongerelateerde uitkering, first 2 months', kind: 'percent', value: 75, validFrom: SINCE_WIA, validUntil: null, rule: 'WIA art. 54-62 (WGA), fact sheet round 3', source: WIA },
  // Also the loonaanvulling of someone fully but not permanently unable (80% or more): no income test,
  // 70% of old wage minus actual earnings, like the LGU (WIA art. 60 lid 3, art. 61 lid 2). Not 70% of
  // the minimum wage: art. 61 lid 6 sub f is only the floor percentage of lid 5.
  { id: 'lgu', label: 'WGA loongerelateerde uitkering after 2 months; also the loonaanvulling when fully but not permanently unable', kind: 'percent', value: 70, validFrom: SINCE_WIA, validUntil: null, rule: 'WIA art. 61 lid 1 sub b; art. 60 lid 3 and art. 61 lid 2 for fully but not permanently unable', source: WIA },
  { id: 'loonaanvulling', label: 'WGA loonaanvullingsuitkering, of old wage minus restverdiencapaciteit', kind: 'percent', value: 70, validFrom: SINCE_WIA, validUntil: null, rule: 'WIA art. 60 lid 1-2 and art. 61 lid 4; earning more than the restverdiencapaciteit: 70% of old wage minus actual earnings (art. 61 lid 2)', source: WIA },
  { id: 'loonaanvulling-drempel', label: 'Earn at least this share of your restverdiencapaciteit for loonaanvulling', kind: 'percent', value: 50, validFrom: SINCE_WIA, validUntil: null, rule: 'WIA art. 54-62 (WGA), fact sheet round 3', source: WIA },
  { id: 'vervolg-35-45', label: 'WGA vervolguitkering, 35-45% disabled, of the minimum wage (or of the old wage if that was lower, art. 62 lid 1)', kind: 'percent', value: 28, validFrom: SINCE_WIA, validUntil: null, rule: 'WIA art. 61 lid 6, art. 62 lid 1', source: WIA },
  { id: 'vervolg-45-55', label: 'WGA vervolguitkering, 45-55%', kind: 'percent', value: 35, validFrom: SINCE_WIA, validUntil: null, rule: 'WIA art. 54-62 (WGA), fact sheet round 3', source: WIA },
  { id: 'vervolg-55-65', label: 'WGA vervolguitkering, 55-65%', kind: 'percent', value: 42, validFrom: SINCE_WIA, validUntil: null, rule: 'WIA art. 54-62 (WGA), fact sheet round 3', source: WIA },
  { id: 'vervolg-65-80', label: 'WGA vervolguitkering, 65-80%', kind: 'percent', value: 50.75, validFrom: SINCE_WIA, validUntil: null, rule: 'WIA art. 54-62 (WGA), fact sheet round 3', source: WIA },
] as const satisfies readonly Amount[];

export type AmountId = (typeof AMOUNTS)[number]['id'];

export function getAmount(id: string): Amount {
  const a = (AMOUNTS as readonly Amount[]).find((x) => x.id === id);
  if (!a) throw new Error(`Onbekend bedrag: ${id}`);
  return a;
}

/** ISO date (yyyy-mm-dd) of a Date, in UTC. */
export function isoDate(d: Date): string {
  return d.toISOString().slice(0, 10);
}

/** Entries whose validity ended before `today` (ISO date). */
export function expiredAmounts(list: readonly Amount[], today: string): Amount[] {
  return list.filter((a) => a.validUntil !== null && a.validUntil < today);
}

/** Dutch notation: 304.25 → "€ 304,25", 79409 → "€ 79.409", 50.75 → "50,75%". */
export function formatAmount(a: Amount): string {
  const n = new Intl.NumberFormat(LOCALE_TAG, { maximumFractionDigits: 2, minimumFractionDigits: a.kind === 'euro' && !Number.isInteger(a.value) ? 2 : 0 }).format(a.value);
  return a.kind === 'euro' ? `€ ${n}${a.unit ? ` ${a.unit}` : ''}` : `${n}%`;
}

/** The figure for use on a page built `today`; throws once its validity has passed. */
export function currentAmount(id: string, today: string = isoDate(new Date())): Amount {
  const a = getAmount(id);
  if (expiredAmounts([a], today).length > 0) {
    throw new Error(`Bedrag ${id} gold tot ${a.validUntil}. Werk src/data/amounts.ts bij voordat je publiceert.`);
  }
  return a;
}
