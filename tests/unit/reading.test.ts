/**
 * Reading aids: reading time, sentence splitting for read-aloud, and the
 * local memory ("verder waar je was", saved pages) with the worksheet's
 * "niets bewaren" choice, full and blocked storage, and "Alles wissen".
 */
import { describe, expect, it } from 'vitest';
import { countWords, readingMinutes } from '../../src/lib/reading/time';
import { splitSentences } from '../../src/lib/reading/sentences';
import { LAST_KEY, MAX_SAVED, READING_KEYS, SAVED_KEY, TRAIL_KEY, readLast, readSaved, setSaved, setTrail, trailOn, writeLast } from '../../src/lib/reading/storage';
import { DATE_KEY, PHASE_KEY } from '../../src/lib/storage-keys';
import { readPhase, writePhase } from '../../src/lib/phase-store';
import { SAVING_OFF, SETTING_KEY, savingAllowed } from '../../src/lib/saving-choice';
import { DATA_KEY, save, setSaving, wipe } from '../../src/lib/worksheet/storage';
import { emptyDoc } from '../../src/lib/worksheet/model';
import { plural } from '../../src/i18n/format';
import { reading } from '../../src/i18n/nl/reading';
import { FakeStorage, NOW, quotaError, securityError } from './worksheet-fixtures';

const words = (n: number) => Array.from({ length: n }, (_, i) => `woord${i}`).join(' ');

describe('reading time', () => {
  it('counts words, not markup, link targets or import lines', () => {
    expect(countWords('Je mag iemand meenemen.')).toBe(4);
    expect(countWords("import { Week } from '../x';\n\nDe <Week m=\"probleemanalyse\" /> komt [hier](/regels-en-rollen/stap/).")).toBe(3);
    expect(countWords('<p>Twee <strong>woorden</strong></p> https://example.nl/a/b')).toBe(2);
    expect(countWords('re-integratie op zo’n dag')).toBe(4);
  });

  it('is words / 150, rounded, at least one minute', () => {
    expect(readingMinutes('')).toBe(1);
    expect(readingMinutes(words(40))).toBe(1);
    expect(readingMinutes(words(224))).toBe(1);
    expect(readingMinutes(words(226))).toBe(2);
    expect(readingMinutes(words(450))).toBe(3);
    expect(readingMinutes(words(300), words(150))).toBe(3);
  });

  it('reads as Dutch with the right plural', () => {
    expect(plural(reading.minutes, 1)).toBe('1 minuut lezen');
    expect(plural(reading.minutes, 3)).toBe('3 minuten lezen');
  });
});

describe('sentences for read-aloud', () => {
  const split = (t: string) => splitSentences(t).map(([a, b]) => t.slice(a, b));

  it('splits at . ! ? and … followed by a capital', () => {
    expect(split('Een gesprek kan spannend zijn. Neem iemand mee! Mag dat? Ja… Dat mag.')).toEqual([
      'Een gesprek kan spannend zijn.',
      'Neem iemand mee!',
      'Mag dat?',
      'Ja…',
      'Dat mag.',
    ]);
  });

  it('keeps closing quotes and brackets with their sentence and trims spaces', () => {
    expect(split('  “Ik wil graag mijn partner meenemen.” Gesprekken kosten energie. (Dat mag.) Klaar  ')).toEqual([
      '“Ik wil graag mijn partner meenemen.”',
      'Gesprekken kosten energie.',
      '(Dat mag.)',
      'Klaar',
    ]);
  });

  it('does not split after abbreviations or before a small letter', () => {
    expect(split('Vraag bijv. De bedrijfsarts om uitleg. Zie art. 7:658 BW. Lees o.a. Het plan. Dat is 1.5 keer zo veel.')).toEqual([
      'Vraag bijv. De bedrijfsarts om uitleg.',
      'Zie art. 7:658 BW.',
      'Lees o.a. Het plan.',
      'Dat is 1.5 keer zo veel.',
    ]);
    expect(split('Het is week 6. daarna volgt het plan.')).toEqual(['Het is week 6. daarna volgt het plan.']);
  });

  it('splits before a number and returns offsets into the text', () => {
    const text = 'Het is week 6. 42 weken later komt de evaluatie.';
    expect(splitSentences(text)).toEqual([
      [0, 14],
      [15, text.length],
    ]);
  });

  it('leaves out pieces without words', () => {
    expect(split('')).toEqual([]);
    expect(split('   ')).toEqual([]);
    expect(split('Klaar. … ')).toEqual(['Klaar.']);
    expect(split('Een kop zonder punt')).toEqual(['Een kop zonder punt']);
  });
});

const page = (n: number) => ({ path: `/pagina-${n}/`, title: `Pagina ${n}` });

describe('reading memory: verder waar je was', () => {
  it('is off until the reader says yes: nothing is written or shown before', () => {
    const s = new FakeStorage();
    expect(trailOn(s)).toBe(false);
    expect(writeLast(s, page(1), NOW)).toBe(false);
    expect(s.data.size).toBe(0);
    // A last page written by an older version of the site is not shown either.
    s.data.set(LAST_KEY, JSON.stringify(page(1)));
    expect(readLast(s)).toBeNull();
    expect(setTrail(s, true)).toBe(true);
    expect(s.data.get(TRAIL_KEY)).toBe('ja');
    expect(writeLast(s, page(2), NOW)).toBe(true);
    expect(readLast(s)).toEqual(page(2));
    // "Nee, zet dit uit" forgets the last page too.
    expect(setTrail(s, false)).toBe(true);
    expect([...s.data.keys()]).toEqual([]);
    expect(writeLast(s, page(3), NOW)).toBe(false);
  });

  it('survives a new read (it is what was written) and ignores unusable data', () => {
    const s = new FakeStorage();
    setTrail(s, true);
    expect(readLast(s)).toBeNull();
    expect(writeLast(s, page(1), NOW)).toBe(true);
    expect(JSON.parse(s.data.get(LAST_KEY)!)).toEqual({ ...page(1), at: NOW.toISOString() });
    expect(readLast(s)).toEqual(page(1));
    for (const bad of ['{', '"x"', '{"path":"//evil.example/","title":"x"}', '{"path":"javascript:alert(1)","title":"x"}', '{"path":"/a/"}']) {
      s.data.set(LAST_KEY, bad);
      expect(readLast(s), bad).toBeNull();
    }
  });

  it('is never written when the reader chose "niets bewaren", and not shown either', () => {
    const s = new FakeStorage();
    setTrail(s, true);
    writeLast(s, page(1), NOW);
    s.data.set(SETTING_KEY, SAVING_OFF);
    expect(setTrail(s, true)).toBe(false);
    expect(writeLast(s, page(2), NOW)).toBe(false);
    expect(JSON.parse(s.data.get(LAST_KEY)!).path).toBe('/pagina-1/');
    expect(readLast(s)).toBeNull();
  });

  it('fails silently on blocked or full storage', () => {
    const blocked = new FakeStorage();
    blocked.failAll = securityError();
    expect(writeLast(blocked, page(1), NOW)).toBe(false);
    expect(readLast(blocked)).toBeNull();
    expect(writeLast(null, page(1), NOW)).toBe(false);
    const full = new FakeStorage();
    full.failWrite = quotaError();
    expect(writeLast(full, page(1), NOW)).toBe(false);
    expect(full.data.size).toBe(0);
  });
});

describe('reading memory: bewaar voor later', () => {
  it('keeps saved pages newest first, once each, and removes them', () => {
    const s = new FakeStorage();
    expect(setSaved(s, page(1), true)).toBe(true);
    expect(setSaved(s, page(2), true)).toBe(true);
    expect(setSaved(s, { ...page(1), title: 'Nieuwe titel' }, true)).toBe(true);
    expect(readSaved(s)).toEqual([{ ...page(1), title: 'Nieuwe titel' }, page(2)]);
    expect(setSaved(s, page(1), false)).toBe(true);
    expect(readSaved(s)).toEqual([page(2)]);
  });

  it(`keeps at most ${MAX_SAVED}: the oldest goes`, () => {
    const s = new FakeStorage();
    for (let i = 1; i <= MAX_SAVED + 2; i++) setSaved(s, page(i), true);
    const list = readSaved(s);
    expect(list).toHaveLength(MAX_SAVED);
    expect(list[0]).toEqual(page(MAX_SAVED + 2));
    expect(list.at(-1)).toEqual(page(3));
  });

  it('drops unusable entries and never throws on broken data', () => {
    const s = new FakeStorage();
    s.data.set(SAVED_KEY, JSON.stringify([page(1), { path: 'https://evil.example/', title: 'x' }, null, 3, { path: '/b/', title: 'B' }]));
    expect(readSaved(s)).toEqual([page(1), { path: '/b/', title: 'B' }]);
    s.data.set(SAVED_KEY, 'kapot');
    expect(readSaved(s)).toEqual([]);
  });

  it('writes nothing with "niets bewaren", blocked or full storage', () => {
    const off = new FakeStorage();
    off.data.set(SETTING_KEY, SAVING_OFF);
    expect(setSaved(off, page(1), true)).toBe(false);
    expect([...off.data.keys()]).toEqual([SETTING_KEY]);
    const blocked = new FakeStorage();
    blocked.failAll = securityError();
    expect(setSaved(blocked, page(1), true)).toBe(false);
    const full = new FakeStorage();
    setSaved(full, page(1), true);
    full.failWrite = quotaError();
    expect(setSaved(full, page(2), true)).toBe(false);
    full.failWrite = null;
    expect(readSaved(full)).toEqual([page(1)]);
  });
});

describe('one "niets bewaren" choice for the whole site', () => {
  it('savingAllowed follows the worksheet setting and is false for blocked storage', () => {
    const s = new FakeStorage();
    expect(savingAllowed(s)).toBe(true);
    s.data.set(SETTING_KEY, SAVING_OFF);
    expect(savingAllowed(s)).toBe(false);
    s.failAll = securityError();
    expect(savingAllowed(s)).toBe(false);
    expect(savingAllowed(null)).toBe(false);
  });

  it('the worksheet\'s "Alles wissen" wipes everything: the trail and its yes, saved pages, the phase and the calculator\'s date', () => {
    const s = new FakeStorage();
    save(s, emptyDoc());
    setTrail(s, true);
    writeLast(s, page(1), NOW);
    setSaved(s, page(2), true);
    writePhase(s, 2);
    s.data.set(DATE_KEY, '2026-10-01');
    expect([...s.data.keys()]).toHaveLength(6);
    expect(wipe(s)).toBe('ok');
    expect([...s.data.keys()]).toEqual([]);
    for (const k of READING_KEYS) expect(s.data.has(k)).toBe(false);
  });

  it('the phase is never written under "niets bewaren"', () => {
    const s = new FakeStorage();
    s.data.set(SETTING_KEY, SAVING_OFF);
    expect(writePhase(s, 3)).toBe(false);
    expect(readPhase(s)).toBeNull();
    expect([...s.data.keys()]).toEqual([SETTING_KEY]);
  });

  it('turning saving off on the worksheet removes them too, and nothing is written afterwards', () => {
    const s = new FakeStorage();
    save(s, emptyDoc());
    setTrail(s, true);
    writeLast(s, page(1), NOW);
    setSaved(s, page(2), true);
    writePhase(s, 1);
    s.data.set(DATE_KEY, '2026-10-01');
    expect(setSaving(s, false, emptyDoc())).toBe('ok');
    expect([...s.data.keys()]).toEqual([SETTING_KEY]);
    expect(writeLast(s, page(3), NOW)).toBe(false);
    expect(setSaved(s, page(3), true)).toBe(false);
    expect(writePhase(s, 2)).toBe(false);
    expect(s.data.has(DATA_KEY)).toBe(false);
    expect(s.data.has(PHASE_KEY)).toBe(false);
    // Turning saving on again allows it again; the trail needs a new yes.
    setSaving(s, true, emptyDoc());
    expect(writeLast(s, page(3), NOW)).toBe(false);
    setTrail(s, true);
    expect(writeLast(s, page(3), NOW)).toBe(true);
  });
});
