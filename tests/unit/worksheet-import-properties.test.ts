/**
 * Importing a worksheet file, property-based (fast-check): over random and
 * hostile input (any text, any JSON, our envelope with wrong types, old and
 * future versions, prototype-pollution keys, huge strings, deep nesting) an
 * import through the session (src/lib/worksheet/session.ts, as the island
 * does it)
 *   - never throws;
 *   - never stores invalid data: what is stored reads back through readDoc()
 *     unchanged, without a single id having to be made up, so it already was
 *     a clean current-format document;
 *   - never loses the worksheets already there: each is stored exactly as it
 *     was, and a refused file changes nothing at all;
 *   - never pollutes Object.prototype.
 * The examples of each kind of file are in worksheet-transfer.test.ts; these
 * tests look for the cases nobody wrote down.
 */
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { BLOCK_KEYS, FIELDS } from '../../src/lib/worksheet/form';
import { APP_ID, CURRENT_VERSION, LIMITS, type Doc } from '../../src/lib/worksheet/model';
import { createSession } from '../../src/lib/worksheet/session';
import { DATA_KEY, save } from '../../src/lib/worksheet/storage';
import { exportJson, readDoc } from '../../src/lib/worksheet/transfer';
import { FakeStorage, NOW, counter, fullSheet } from './worksheet-fixtures';

/** Enough runs to meet the odd cases, few enough for a shared 2-core machine; FC_RUNS=5000 searches harder. */
const RUNS = { numRuns: Number(process.env["FC_RUNS"] ?? 200) };

const HOSTILE_KEYS = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'valueOf', 'polluted'];
const SHEET_KEYS = [...FIELDS.map((f) => f.key), 'id', 'created', 'updated', 'block'];

/** Nested arrays or objects, `depth` levels deep. */
const nested = (depth: number, open: string, close: string, inner = '1') => JSON.parse(open.repeat(depth) + inner + close.repeat(depth)) as unknown;

/** Values that break naive code: huge strings, control and bidi characters, lone surrogates, deep nesting. */
const nasty = fc.constantFrom<unknown>(
  'x'.repeat(LIMITS.long * 3),
  'é'.repeat(LIMITS.short - 1) + '😀',
  '\u202Eevil\u2066\u0000\u0007\r\n\t',
  '\uD800',
  '<img src=x onerror=alert(1)>',
  '2026-02-30',
  '24:00',
  '9999-12-31T23:59:59.999Z',
  nested(2000, '[', ']'),
  nested(500, '{"a":', '}'),
  Number.MAX_SAFE_INTEGER,
  -1,
  1.5,
  Number.NaN,
);

/** Any value a JSON file can hold (and some it cannot, which JSON.stringify turns into null). */
const value: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 3, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 300 }) },
  { weight: 1, arbitrary: nasty },
  { weight: 1, arbitrary: fc.constantFrom(...BLOCK_KEYS, 'ja', 'nee', 'o1', 'onbekend', 'bedrijfsarts') },
  { weight: 1, arbitrary: fc.integer({ min: -2, max: 9 }) },
);

const key = fc.oneof(fc.constantFrom(...SHEET_KEYS, ...HOSTILE_KEYS), fc.string({ maxLength: 10 }));
const id = fc.oneof(fc.constantFrom('a', 'b', 'blad1', 'o1', 'p1', '', '../x', 'a'.repeat(41), '__proto__'), fc.string({ maxLength: 12 }), value);

const point = fc.record({ id, text: value, weight: fc.oneof(fc.integer({ min: -1, max: 4 }), value) }, { requiredKeys: [] });
const option = fc.record({ id, name: value, pros: fc.oneof(fc.array(point, { maxLength: 12 }), value), cons: fc.oneof(fc.array(point, { maxLength: 3 }), value) }, { requiredKeys: [] });
const question = fc.record({ id, text: value }, { requiredKeys: [] });

/** Something like a worksheet: known fields with plausible or wrong values, plus any other keys. */
const sheetLike: fc.Arbitrary<unknown> = fc.oneof(
  fc
    .tuple(
      fc.record(
        {
          id,
          created: fc.oneof(fc.constant(NOW.toISOString()), value),
          updated: value,
          block: fc.oneof(fc.constantFrom(...BLOCK_KEYS), fc.integer({ min: -1, max: 8 }), value),
          title: value,
          goal: value,
          conversation: value,
          date: fc.oneof(fc.constant('2026-03-12'), value),
          options: fc.oneof(fc.array(option, { maxLength: 7 }), value),
          leaning: fc.oneof(fc.constantFrom('o1', 'onbekend'), value),
          sure: fc.oneof(fc.dictionary(fc.constantFrom('zeker', 'snap', 'waarde', 'steun', '__proto__'), value), value),
          picked: fc.oneof(fc.array(question, { maxLength: 5 }), value),
          own: fc.oneof(fc.array(question, { maxLength: 35 }), value),
        },
        { requiredKeys: [] },
      ),
      fc.dictionary(key, value, { maxKeys: 4 }),
    )
    .map(([known, extra]) => ({ ...extra, ...known })),
  fc.dictionary(key, value, { maxKeys: 8 }),
  fc.constant(fullSheet('blad1')),
  value,
);

/** Our envelope, right or wrong in every part; old (1, 2), current and future versions. */
const envelope = fc
  .tuple(
    fc.record(
      {
        app: fc.oneof({ weight: 5, arbitrary: fc.constant(APP_ID) }, { weight: 1, arbitrary: value }),
        version: fc.oneof({ weight: 5, arbitrary: fc.constantFrom(2, CURRENT_VERSION) }, { weight: 1, arbitrary: fc.constantFrom(1, CURRENT_VERSION + 1, '3', 2.5) }, { weight: 1, arbitrary: value }),
        exportedAt: value,
        current: value,
        worksheets: fc.oneof({ weight: 6, arbitrary: fc.array(sheetLike, { maxLength: 6 }) }, { weight: 1, arbitrary: value }),
      },
      { requiredKeys: ['app', 'version'] },
    ),
    fc.dictionary(fc.constantFrom(...HOSTILE_KEYS), value, { maxKeys: 2 }),
  )
  .map(([doc, extra]) => ({ ...extra, ...doc }));

/** `"__proto__": {…}` written into the text itself, where JSON.parse makes it an own key of some object. */
const withProtoKey = (text: string, at: number) => {
  const braces = [...text.matchAll(/\{/g)].map((m) => m.index);
  if (!braces.length) return text;
  const i = braces[at % braces.length]! + 1;
  const rest = text.slice(i).trimStart().startsWith('}') ? '' : ',';
  return `${text.slice(0, i)}"__proto__":{"polluted":"ja","block":"na"}${rest}${text.slice(i)}`;
};

/** The text of a file someone imports. */
const fileText: fc.Arbitrary<string> = fc.oneof(
  { weight: 6, arbitrary: envelope.map((e) => JSON.stringify(e)) },
  { weight: 2, arbitrary: fc.tuple(envelope, fc.nat()).map(([e, at]) => withProtoKey(JSON.stringify(e), at)) },
  { weight: 1, arbitrary: fc.jsonValue().map((v) => JSON.stringify(v)) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 200 }) },
  { weight: 1, arbitrary: fc.constantFrom('', '\uFEFF', '['.repeat(100_000), `{"app":"${APP_ID}","version":3,"worksheets":[` + '{},'.repeat(LIMITS.sheets) + '{}]}') },
  { weight: 1, arbitrary: envelope.map((e) => JSON.stringify(e).slice(0, -3)) },
);

/**
 * A file that also holds copies of worksheets already there (as a second
 * export would): some unchanged, some changed, all with the same ids.
 */
const fileTextAgainst = (doc: Doc): fc.Arbitrary<string> => {
  if (!doc.worksheets.length) return fileText;
  const copy = fc
    .tuple(fc.constantFrom(...doc.worksheets), fc.option(fc.record({ title: value, goal: value, block: value }, { requiredKeys: [] })))
    .map(([sheet, change]) => ({ ...sheet, ...(change ?? {}) }));
  return fc.oneof(
    fileText,
    fc.tuple(envelope, fc.array(copy, { minLength: 1, maxLength: 3 })).map(([e, copies]) =>
      JSON.stringify({ ...e, app: APP_ID, version: CURRENT_VERSION, worksheets: [...copies, ...(Array.isArray(e['worksheets']) ? e['worksheets'] : [])] }),
    ),
  );
};

/** A valid document to start from: whatever readDoc makes of random input (at most `max` worksheets). */
const existingDoc = (max: number): fc.Arbitrary<Doc> =>
  fc.array(sheetLike, { maxLength: max }).map((sheets) => {
    const read = readDoc({ version: CURRENT_VERSION, current: null, worksheets: sheets.filter((s) => typeof s === 'object' && s !== null && !Array.isArray(s)) }, NOW, counter('e'));
    if (!read.ok) throw new Error(`test set-up: ${read.error}`);
    return read.value;
  });

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069\r]/;
const ID = /^[A-Za-z0-9_-]{1,40}$/;
const sameKeys = (o: object, keys: readonly string[]) => JSON.stringify(Object.keys(o).sort()) === JSON.stringify([...keys].sort());

/**
 * What makes a stored document valid, written down independently of
 * src/lib/worksheet/validate.ts (reading back through readDoc alone would not
 * notice a fault in the cleaning itself). Returns what is wrong.
 */
function problemsOf(doc: Doc): string[] {
  const out: string[] = [];
  const text = (where: string, v: unknown, max: number, multiline = false): void => {
    if (typeof v !== 'string') {
      out.push(`${where}: no text`);
      return;
    }
    if (v.length > max) out.push(`${where}: ${v.length} characters`);
    if (CONTROL.test(v)) out.push(`${where}: control character`);
    if (!multiline && v.includes('\n')) out.push(`${where}: line break`);
  };
  const idsOf = (where: string, list: readonly { id: unknown }[]) => {
    const ids = list.map((x) => x.id);
    if (!ids.every((i) => typeof i === 'string' && ID.test(i))) out.push(`${where}: bad id`);
    if (new Set(ids).size !== ids.length) out.push(`${where}: duplicate id`);
  };
  const questions = (where: string, v: unknown, max: number): void => {
    if (!Array.isArray(v) || v.length > max) {
      out.push(`${where}: not a list of at most ${max}`);
      return;
    }
    for (const q of v) {
      if (!sameKeys(q, ['id', 'text'])) out.push(`${where}: keys ${Object.keys(q).join(',')}`);
      text(where, q.text, LIMITS.short);
    }
    idsOf(where, v);
  };
  if (!sameKeys(doc, ['current', 'worksheets'])) out.push(`doc keys ${Object.keys(doc).join(',')}`);
  idsOf('worksheets', doc.worksheets);
  if (doc.worksheets.length > LIMITS.sheets) out.push('too many worksheets');
  if (doc.current !== null && !doc.worksheets.some((w) => w.id === doc.current)) out.push('current names no worksheet');
  for (const w of doc.worksheets) {
    const at = `worksheet ${String(w.id)}`;
    if (Object.getPrototypeOf(w) !== Object.prototype || !sameKeys(w, SHEET_KEYS)) out.push(`${at}: keys ${Object.keys(w).join(',')}`);
    for (const t of [w.created, w.updated]) if (typeof t !== 'string' || Number.isNaN(Date.parse(t))) out.push(`${at}: bad time ${String(t)}`);
    if (!(BLOCK_KEYS as readonly unknown[]).includes(w.block)) out.push(`${at}: bad block`);
    const r = w as unknown as Record<string, unknown>;
    for (const f of FIELDS) {
      const v = r[f.key];
      const where = `${at}.${f.key}`;
      switch (f.kind) {
        case 'text':
          text(where, v, LIMITS.short);
          break;
        case 'long':
          text(where, v, LIMITS.long, true);
          break;
        case 'date':
          if (v !== '' && !(typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v) && new Date(`${v}T00:00:00Z`).toISOString().startsWith(v))) out.push(`${where}: ${String(v)}`);
          break;
        case 'time':
          if (v !== '' && !(typeof v === 'string' && /^([01]\d|2[0-3]):[0-5]\d$/.test(v))) out.push(`${where}: ${String(v)}`);
          break;
        case 'choice':
        case 'select':
          if (v !== '' && !(f.values as readonly unknown[]).includes(v)) out.push(`${where}: ${String(v)}`);
          break;
        case 'options': {
          if (!Array.isArray(v) || v.length > LIMITS.options) {
            out.push(`${where}: not a list of at most ${LIMITS.options}`);
            break;
          }
          for (const o of v) {
            if (!sameKeys(o, ['id', 'name', 'pros', 'cons'])) out.push(`${where}: keys ${Object.keys(o).join(',')}`);
            text(where, o.name, LIMITS.short);
            for (const points of [o.pros, o.cons]) {
              if (!Array.isArray(points) || points.length > LIMITS.points) out.push(`${where}: points`);
              else
                for (const pt of points) {
                  if (!sameKeys(pt, ['id', 'text', 'weight'])) out.push(`${where}: point keys`);
                  text(where, pt.text, LIMITS.short);
                  if (pt.weight !== null && !(Number.isInteger(pt.weight) && pt.weight >= 0 && pt.weight <= 3)) out.push(`${where}: weight ${String(pt.weight)}`);
                }
            }
          }
          // Ids are unique per worksheet across options and points (one id scope per worksheet).
          idsOf(where, v.flatMap((o: { id: string; pros: { id: string }[]; cons: { id: string }[] }) => [o, ...o.pros, ...o.cons]));
          break;
        }
        case 'leaning':
          if (v !== '' && v !== 'onbekend' && !(r[f.of] as { id: string }[]).some((o) => o.id === v)) out.push(`${where}: ${String(v)}`);
          break;
        case 'check':
          if (typeof v !== 'object' || v === null || !sameKeys(v, f.items) || !Object.values(v).every((a) => ['', 'ja', 'nee'].includes(a as string))) out.push(`${where}: ${JSON.stringify(v)}`);
          break;
        case 'picked':
          questions(where, v, LIMITS.picked);
          break;
        case 'own':
          questions(where, v, LIMITS.own);
          break;
      }
    }
  }
  return out;
}

const noNewIds = () => {
  throw new Error('an id had to be made up while reading the stored data: it was not a clean document');
};

/** Import `text` into a session whose storage holds `existing`; check every property; return the outcome. */
function importInto(existing: Doc, text: string) {
  const storage = new FakeStorage();
  expect(save(storage, existing)).toBe('ok');
  const before = storage.data.get(DATA_KEY)!;
  const session = createSession(storage, { now: () => NOW, makeId: counter('n') });
  const outcome = session.importText(text);
  const raw = storage.data.get(DATA_KEY)!;

  // Never stores invalid data: it is valid on its own terms, and reads back as exactly itself.
  const stored = JSON.parse(raw) as { version: number } & Doc;
  expect(problemsOf({ current: stored.current, worksheets: stored.worksheets })).toEqual([]);
  const reread = readDoc(stored, NOW, noNewIds);
  expect(reread.ok, raw.slice(0, 300)).toBe(true);
  const { version, ...doc } = stored;
  expect(version).toBe(CURRENT_VERSION);
  expect(reread.ok && reread.value).toEqual(doc);
  expect(session.state.doc).toEqual(doc);

  // Never loses what was there: every worksheet exactly as it was, in its place.
  expect(doc.worksheets.slice(0, existing.worksheets.length)).toEqual(existing.worksheets);
  if (outcome.ok) expect(doc.worksheets.length).toBe(existing.worksheets.length + outcome.added);
  else expect(raw).toBe(before);

  // Never pollutes the prototype of every object.
  expect(Object.keys(Object.prototype)).toEqual([]);
  expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  return outcome;
}

afterEach(() => {
  // A failed run must not leave a polluted prototype behind for the other tests.
  delete (Object.prototype as Record<string, unknown>)['polluted'];
});

describe('worksheet import, over random and hostile files (fast-check)', () => {
  it('never throws, never stores invalid data, never loses the worksheets already there', () => {
    const outcomes = new Set<string>();
    fc.assert(
      fc.property(existingDoc(4).chain((doc) => fc.tuple(fc.constant(doc), fileTextAgainst(doc))), ([existing, text]) => {
        const outcome = importInto(existing, text);
        outcomes.add(outcome.ok ? 'ok' : outcome.error);
      }),
      RUNS,
    );
    // The generators reach both sides: files that import and files that are refused for each reason.
    expect([...outcomes].sort()).toEqual(expect.arrayContaining(['empty', 'invalid', 'future', 'not-json', 'not-ours', 'ok']));
  });

  it('refuses a file that would go over the limit of worksheets, and keeps everything', () => {
    fc.assert(
      fc.property(fc.integer({ min: LIMITS.sheets - 3, max: LIMITS.sheets }), fc.array(sheetLike, { minLength: 1, maxLength: 6 }), (count, incoming) => {
        const existing: Doc = { current: null, worksheets: Array.from({ length: count }, (_, i) => ({ ...fullSheet(`bestaand${i}`), title: `Blad ${i}` })) };
        const text = JSON.stringify({ app: APP_ID, version: CURRENT_VERSION, worksheets: incoming });
        const outcome = importInto(existing, text);
        if (outcome.ok) expect(existing.worksheets.length + outcome.added).toBeLessThanOrEqual(LIMITS.sheets);
      }),
      { numRuns: 50 },
    );
  });

  it('imports an export of any valid worksheets as they were, and a second import adds nothing', () => {
    fc.assert(
      fc.property(existingDoc(6), (doc) => {
        const text = exportJson(doc.worksheets, NOW);
        const storage = new FakeStorage();
        const session = createSession(storage, { now: () => NOW, makeId: counter('n') });
        expect(session.importText(text)).toEqual({ ok: true, added: doc.worksheets.length });
        expect(session.state.doc.worksheets).toEqual(doc.worksheets);
        expect(session.importText(text)).toEqual({ ok: true, added: 0 });
        expect(session.state.doc.worksheets).toEqual(doc.worksheets);
      }),
      { numRuns: 100 },
    );
  });
});
