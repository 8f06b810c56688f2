/**
 * Turns untrusted data (from localStorage or an imported file) into a valid
 * current-format Doc. Lenient per field (a wrong type becomes the empty value),
 * strict on structure (no worksheet list, or a list entry that is not an
 * object, is an error). Strings are length-limited and stripped of control
 * characters; they are only ever rendered as text.
 */
import {
  CHOICES,
  CONVERSATION_KEYS,
  LEANING_UNSURE,
  LIMITS,
  SURE_KEYS,
  emptySheet,
  newId,
  type Doc,
  type Option,
  type Point,
  type Question,
  type Worksheet,
  type YesNo,
} from './model';

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

export function cleanChoice(v: unknown, allowed: readonly string[]): string {
  return typeof v === 'string' && allowed.includes(v) ? v : '';
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

/** One worksheet from untrusted data. `fallbackTime` fills missing time stamps. */
export function normalizeSheet(raw: Rec, fallbackTime: string, makeId: () => string = newId): Worksheet {
  const base = emptySheet('x', new Date(0));
  const id = idKeeper(makeId);
  const short = (k: string) => cleanText(raw[k]);
  const long = (k: string) => cleanText(raw[k], LIMITS.long, true);
  const choice = (k: keyof typeof CHOICES) => cleanChoice(raw[k], CHOICES[k]);

  const options: Option[] = list(raw['options'], LIMITS.options)
    .filter(isRecord)
    .map((o) => ({
      id: id(o['id']),
      name: cleanText(o['name']),
      pros: cleanPoints(o['pros'], id),
      cons: cleanPoints(o['cons'], id),
    }));
  const leaningRaw = raw['leaning'];
  const leaning =
    leaningRaw === LEANING_UNSURE || options.some((o) => o.id === leaningRaw) ? (leaningRaw as string) : '';

  const sureRaw = isRecord(raw['sure']) ? raw['sure'] : {};
  const sure = { ...base.sure };
  for (const k of SURE_KEYS) sure[k] = cleanChoice(sureRaw[k], ['ja', 'nee']) as YesNo;

  const block = raw['block'];
  const created = cleanStamp(raw['created'], fallbackTime);
  return {
    id: idKeeper(makeId)(raw['id']),
    created,
    updated: cleanStamp(raw['updated'], created),
    block: typeof block === 'number' && Number.isInteger(block) && block >= 0 && block < 7 ? block : 0,
    title: short('title'),
    conversation: cleanChoice(raw['conversation'], CONVERSATION_KEYS),
    date: cleanDate(raw['date']),
    time: cleanTime(raw['time']),
    mode: choice('mode'),
    companion: choice('companion'),
    companionWho: short('companionWho'),
    decision: long('decision'),
    deadline: cleanDate(raw['deadline']),
    stage: choice('stage'),
    goal: long('goal'),
    options,
    leaning,
    involved: long('involved'),
    theirView: long('theirView'),
    pressure: choice('pressure'),
    pressureFrom: short('pressureFrom'),
    role: choice('role'),
    sure,
    picked: cleanQuestions(raw['picked'], LIMITS.picked, idKeeper(makeId)).filter(
      (q, i, all) => all.findIndex((o) => o.id === q.id) === i,
    ),
    own: cleanQuestions(raw['own'], LIMITS.own, id),
    agreements: long('agreements'),
    opinion: long('opinion'),
    evaluation: cleanDate(raw['evaluation']),
    report: choice('report'),
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
