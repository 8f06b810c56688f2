/**
 * Turns untrusted data (from localStorage or an imported file) into a valid
 * current-format Doc. Lenient per field (a wrong type becomes the empty value),
 * strict on structure (no worksheet list, or a list entry that is not an
 * object, is an error). Strings are length-limited and stripped of control
 * characters; they are only ever rendered as text.
 */
import { FIELDS, FORM, isBlockKey, type CheckItem, type Field } from './form';
import { LEANING_UNSURE, LIMITS, newId, type Doc, type Fields, type Option, type Point, type Question, type Worksheet, type YesNo } from './model';

type Rec = Record<string, unknown>;

export function isRecord(v: unknown): v is Rec {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

// C0 controls except tab and newline, DEL, C1 controls, and bidi overrides/isolates
// (which can make text look like something else).
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g;

/** A clean string: not a string → ''; controls removed; single-line unless `multiline`; at most `max` characters. */
export function cleanText(v: unknown, max: number = LIMITS.short, multiline = false): string {
  if (typeof v !== 'string') return '';
  let s = v.replace(/\r\n?/g, '\n').replace(/\t/g, ' ').replace(CONTROL, '');
  if (!multiline) s = s.replace(/\n+/g, ' ');
  if (s.length > max) {
    s = s.slice(0, max);
    // Do not leave half of a surrogate pair at the end.
    if (/[\uD800-\uDBFF]$/.test(s)) s = s.slice(0, -1);
  }
  return s;
}

export function cleanChoice<V extends string>(v: unknown, allowed: readonly V[]): V | '' {
  return typeof v === 'string' && (allowed as readonly string[]).includes(v) ? (v as V) : '';
}

/** YYYY-MM-DD of a real date (not 2026-02-30), else ''. */
export function cleanDate(v: unknown): string {
  const m = typeof v === 'string' ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(v) : null;
  if (!m) return '';
  const t = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return t.toISOString().slice(0, 10) === v ? v : '';
}

export function cleanTime(v: unknown): string {
  return typeof v === 'string' && /^([01]\d|2[0-3]):[0-5]\d$/.test(v) ? v : '';
}

function cleanStamp(v: unknown, fallback: string): string {
  return typeof v === 'string' && v.length <= 40 && !Number.isNaN(Date.parse(v)) ? v : fallback;
}

const ID = /^[A-Za-z0-9_-]{1,40}$/;

/** Keeps ids unique within one scope; replaces missing, malformed and duplicate ids. */
function idKeeper(makeId: () => string) {
  const seen = new Set<string>();
  return (v: unknown): string => {
    let id = typeof v === 'string' && ID.test(v) && !seen.has(v) ? v : makeId();
    while (seen.has(id)) id = makeId();
    seen.add(id);
    return id;
  };
}

function list(v: unknown, max: number): unknown[] {
  return Array.isArray(v) ? v.slice(0, max) : [];
}

function cleanPoints(v: unknown, id: (v: unknown) => string): Point[] {
  return list(v, LIMITS.points)
    .filter(isRecord)
    .map((p) => {
      const w = p['weight'];
      return {
        id: id(p['id']),
        text: cleanText(p['text']),
        weight: typeof w === 'number' && Number.isInteger(w) && w >= 0 && w <= 3 ? w : null,
      };
    });
}

function cleanQuestions(v: unknown, max: number, id: (v: unknown) => string): Question[] {
  return list(v, max)
    .filter(isRecord)
    .map((q) => ({ id: id(q['id']), text: cleanText(q['text']) }));
}

/** One field of a worksheet from untrusted data; `sheet` holds the fields cleaned so far (in FORM order). */
function cleanField(f: Field, raw: Rec, sheet: Partial<Fields>, id: (v: unknown) => string, makeId: () => string): Fields[keyof Fields] {
  const v = raw[f.key];
  switch (f.kind) {
    case 'text':
      return cleanText(v);
    case 'long':
      return cleanText(v, LIMITS.long, true);
    case 'date':
      return cleanDate(v);
    case 'time':
      return cleanTime(v);
    case 'choice':
    case 'select':
      return cleanChoice(v, f.values);
    case 'options':
      return list(v, LIMITS.options)
        .filter(isRecord)
        .map((o) => ({ id: id(o['id']), name: cleanText(o['name']), pros: cleanPoints(o['pros'], id), cons: cleanPoints(o['cons'], id) }));
    case 'leaning': {
      const options = (sheet[f.of as keyof Fields] ?? []) as Option[];
      return v === LEANING_UNSURE || options.some((o) => o.id === v) ? (v as string) : '';
    }
    case 'check': {
      const answers = isRecord(v) ? v : {};
      return Object.fromEntries(f.items.map((item) => [item, cleanChoice(answers[item], ['ja', 'nee'])])) as Record<CheckItem, YesNo>;
    }
    case 'picked':
      // Bank ids: one entry per bank question.
      return cleanQuestions(v, LIMITS.picked, idKeeper(makeId)).filter((q, i, all) => all.findIndex((o) => o.id === q.id) === i);
    case 'own':
      return cleanQuestions(v, LIMITS.own, id);
  }
}

/** One worksheet from untrusted data. `fallbackTime` fills missing time stamps. */
export function normalizeSheet(raw: Rec, fallbackTime: string, makeId: () => string = newId): Worksheet {
  const id = idKeeper(makeId);
  const fields: Partial<Fields> = {};
  for (const f of FIELDS) (fields as Record<string, unknown>)[f.key] = cleanField(f, raw, fields, id, makeId);
  const created = cleanStamp(raw['created'], fallbackTime);
  return {
    id: idKeeper(makeId)(raw['id']),
    created,
    updated: cleanStamp(raw['updated'], created),
    block: isBlockKey(raw['block']) ? raw['block'] : FORM[0].key,
    ...(fields as Fields),
  };
}

export type NormalizeError = 'invalid' | 'too-many';

/**
 * A current-format document from untrusted data ({ current?, worksheets }).
 * Worksheet ids are made unique; `current` must name one of them.
 */
export function normalizeDoc(
  raw: Rec,
  fallbackTime: string,
  makeId: () => string = newId,
): { ok: true; doc: Doc } | { ok: false; error: NormalizeError } {
  const sheets = raw['worksheets'];
  if (!Array.isArray(sheets) || !sheets.every(isRecord)) return { ok: false, error: 'invalid' };
  if (sheets.length > LIMITS.sheets) return { ok: false, error: 'too-many' };
  const id = idKeeper(makeId);
  const worksheets = sheets.map((s) => {
    const sheet = normalizeSheet(s, fallbackTime, makeId);
    return { ...sheet, id: id(sheet.id) };
  });
  const current = worksheets.some((s) => s.id === raw['current']) ? (raw['current'] as string) : null;
  return { ok: true, doc: { current, worksheets } };
}
