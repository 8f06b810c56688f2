/**
 * Money figures: the typed accessor of content/bedragen.yaml, the single
 * source of every amount and percentage on the site that depends on a date or
 * on a rule about money. The data (value, dates, rule, source) is content,
 * edited in the file or in the editor (`npm run redactie`, "Bedragen"); it is
 * checked here with the same schema (amountSchema in src/model/schemas.ts),
 * and a file that does not match stops the build with a Dutch message.
 *
 * Content never types these figures. MDX uses <Bedrag id="..." /> (see
 * src/components/mdx/Bedrag.astro); the WGA wijzer reads them from here.
 * A euro amount always has a `validUntil`: tests/unit/amounts.test.ts fails
 * the day after it, and the build stops too (currentAmount), so an outdated
 * figure cannot be published silently.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { CONTENT_DIRS, LOCALE, LOCALE_TAG } from '../model/locale.ts';
import { COLLECTIONS, amountSchema } from '../model/schemas.ts';

export interface AmountSource {
  title: string;
  url: string;
}

export interface Amount {
  /** Stable key used in content: <Bedrag id="..." />. */
  id: string;
  /** What the figure is, for maintainers. */
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

/** The file the figures live in (the amounts are the same for every language, so always the site's own content folder). */
export const AMOUNTS_FILE = join(CONTENT_DIRS[LOCALE], COLLECTIONS.amounts.storage.file);

/** Parse and check a list of figures as stored in content/bedragen.yaml; throws a Dutch message naming the entry and field. */
export function parseAmounts(raw: unknown, file = AMOUNTS_FILE): Amount[] {
  if (!Array.isArray(raw)) throw new Error(`${file}: verwacht een lijst van bedragen.`);
  const out = raw.map((item: unknown, i) => {
    const { id, ...data } = (item ?? {}) as Record<string, unknown>;
    if (typeof id !== 'string' || id === '') throw new Error(`${file}: bedrag ${i + 1} heeft geen "id".`);
    const result = amountSchema.safeParse(data);
    if (!result.success) {
      const issue = result.error.issues[0]!;
      throw new Error(`${file}: bedrag "${id}", het veld "${issue.path.join('.')}": ${issue.message}`);
    }
    const { unit, ...rest } = result.data;
    return { id, ...rest, ...(unit === undefined ? {} : { unit }) } as Amount;
  });
  const ids = out.map((a) => a.id);
  const twice = ids.find((id, i) => ids.indexOf(id) !== i);
  if (twice) throw new Error(`${file}: het id "${twice}" staat er twee keer in.`);
  return out;
}

/** Every figure, read once from content/bedragen.yaml. */
export const AMOUNTS: readonly Amount[] = parseAmounts(parseYaml(readFileSync(AMOUNTS_FILE, 'utf8')));

export function getAmount(id: string): Amount {
  const a = AMOUNTS.find((x) => x.id === id);
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
    throw new Error(`Bedrag ${id} gold tot ${a.validUntil}. Werk content/bedragen.yaml bij (of “Bedragen” in npm run redactie) voordat je publiceert.`);
  }
  return a;
}

/** Kept for callers: ids are checked when the file is read. */
export type AmountId = string;
