/** Small pure helpers: readability, headers parsing, story filter, phase store, date checks, related stories, dictionary helpers, routes. */
import { describe, expect, it } from 'vitest';
import { mdxToText, readability, sentenceTexts } from '../../src/lib/readability';
import { buildHeaderFiles } from '../../src/lib/security-headers';
import { headersFor, parseHeadersFile } from '../support/headers';
import { asksLater, countText, matches } from '../../src/scripts/story-filter';
import { PHASE_KEY, forgetPhase, readPhase, writePhase } from '../../src/lib/phase-store';
import { fmt, listAnd, plural } from '../../src/i18n/format';
import { dedicatedPageIds, shortLinkRedirects } from '../../src/lib/routes';
import { PHASES, isLaterPhase, isLaterTopic, toPhase } from '../../src/data/site';
import { checkDate } from '../../src/scripts/week-calculator';
import { relatedStories } from '../../src/lib/related';

describe('readability', () => {
  it('splits Dutch sentences, lists and abbreviations', () => {
    expect(sentenceTexts('Dat is goed. Bijv. een arts. Wat nu?')).toEqual(['Dat is goed.', 'Bijv. een arts.', 'Wat nu?']);
    expect(sentenceTexts('Je kunt:\n- rusten\n- wandelen')).toEqual(['Je kunt:', 'rusten', 'wandelen']);
    // One abbreviation list for the gate and read-aloud: "t/m" and "d.w.z." end no sentence in either.
    expect(sentenceTexts('Van week 1 t/m. Week 6. Dat is d.w.z. Rust. Let op: nog een zin.')).toEqual(['Van week 1 t/m. Week 6.', 'Dat is d.w.z. Rust.', 'Let op:', 'nog een zin.']);
  });

  it('measures words per sentence and long sentences', () => {
    const r = readability('Kort is fijn. Dit is een veel te lange zin met heel erg veel woorden die maar doorgaat en doorgaat tot de lezer moe is.');
    expect(r.sentences).toBe(2);
    expect(r.longSentenceShare).toBe(0.5);
    expect(r.wordsPerSentence).toBeCloseTo(12.5);
  });

  it('reads MDX as prose: no frontmatter, components or URLs', () => {
    const text = mdxToText('---\ntitle: x\n---\n\n## Kop\n\nZie [de pagina](/x/) <When m="probleemanalyse" />.\n\n<Note>Let op.</Note>');
    expect(text).not.toMatch(/title|Kop|\/x\/|<|When/);
    expect(text).toMatch(/Zie de pagina week 6/);
  });

  it('reads MDX for the regression tests: week ids, headings and option lists as sentences', () => {
    const text = mdxToText('## Wat nu?\n\nNa <Weeks d="wachttijd" /> en in <Week m="probleemanalyse" />.\n\n<Options good={["Rust", "Ritme"]} />', { weeks: 'ids', headings: true });
    expect(sentenceTexts(text)).toEqual(['Wat nu?', 'Na {weken:wachttijd} en in {week:probleemanalyse}.', 'Rust.', 'Ritme.']);
  });
});

describe('headers', () => {
  it('round-trip through the _headers format and combine matching rules', () => {
    const files = buildHeaderFiles({ script: ["'sha256-abc'"], style: [] }, { '/f1': '/fase/1/' });
    const rules = parseHeadersFile(files.headers);
    const js = headersFor('/_astro/a.js', rules);
    expect(js['Cache-Control']).toMatch(/immutable/);
    expect(js['Content-Security-Policy']).toMatch(/script-src 'self' 'wasm-unsafe-eval' 'sha256-abc'/);
    expect(headersFor('/over/', rules)['Cache-Control']).toBeUndefined();
    expect(files.redirects).toContain('/f1 /fase/1/ 301');
  });
});

describe('story filter', () => {
  const card = { phases: ['1', '2'], themes: ['steun'], outcome: 'nog-onderweg' };
  it('matches on every chosen filter, ignores empty ones', () => {
    expect(matches(card, { fase: '', thema: '', uitkomst: '' })).toBe(true);
    expect(matches(card, { fase: '2', thema: 'steun', uitkomst: '' })).toBe(true);
    expect(matches(card, { fase: '3', thema: '', uitkomst: '' })).toBe(false);
    expect(matches(card, { fase: '', thema: '', uitkomst: 'spoor-2' })).toBe(false);
  });
  it('opens the fold of later stories only for a later phase or outcome chosen on purpose', () => {
    const later = ['3', '4', 'spoor-2', 'uit-dienst-wia'];
    expect(asksLater({ fase: '', thema: '', uitkomst: '' }, later)).toBe(false);
    expect(asksLater({ fase: '2', thema: 'steun', uitkomst: '' }, later)).toBe(false);
    expect(asksLater({ fase: '3', thema: '', uitkomst: '' }, later)).toBe(true);
    expect(asksLater({ fase: '1', thema: '', uitkomst: 'spoor-2' }, later)).toBe(true);
  });
  it('announces counts in Dutch', () => {
    expect(countText(3, 28)).toBe('3 van de 28 verhalen');
    expect(countText(28, 28)).toBe('Alle 28 verhalen');
    expect(countText(0, 28)).toMatch(/Geen verhalen/);
  });
});

describe('phase store', () => {
  it('stores only a known phase, forgets it, and survives blocked storage', () => {
    const store = new Map<string, string>();
    const storage = { getItem: (k: string) => store.get(k) ?? null, setItem: (k: string, v: string) => void store.set(k, v), removeItem: (k: string) => void store.delete(k) };
    writePhase(storage, 3);
    expect(store.get(PHASE_KEY)).toBe('3');
    expect(readPhase(storage)).toBe(3);
    store.set(PHASE_KEY, '7');
    expect(readPhase(storage)).toBeNull();
    store.set(PHASE_KEY, '2.5');
    expect(readPhase(storage)).toBeNull();
    writePhase(storage, 2);
    forgetPhase(storage);
    expect(readPhase(storage)).toBeNull();
    const tried: string[] = [];
    const blocked = {
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: (key: string, value: string) => {
        tried.push(`${key}=${value}`);
        throw new Error('SecurityError');
      },
    };
    expect(readPhase(blocked)).toBeNull();
    // Blocked storage: the saving choice cannot be read, so nothing is written; no error, the phase is simply not remembered.
    expect(writePhase(blocked, 2)).toBe(false);
    expect(tried).toEqual([]);
    // Storage that accepts reads but refuses writes (full): the write is tried and reported as failed.
    const full = { getItem: () => null, setItem: (key: string, value: string) => { tried.push(`${key}=${value}`); throw new Error('QuotaExceededError'); } };
    expect(writePhase(full, 2)).toBe(false);
    expect(tried).toEqual([`${PHASE_KEY}=2`]);
  });
});

describe('week calculator input', () => {
  const today = { y: 2026, m: 11, d: 24 };
  it('accepts a real past date and explains every other case in Dutch', () => {
    expect(checkDate('2026-10-01', today)).toEqual({ date: { y: 2026, m: 10, d: 1 } });
    expect(checkDate('', today)).toEqual({ error: expect.stringMatching(/Vul de dag in/) });
    expect(checkDate('2026-02-30', today)).toEqual({ error: expect.stringMatching(/bestaat niet/) });
    expect(checkDate('2026-12-01', today)).toEqual({ error: expect.stringMatching(/toekomst/) });
    expect(checkDate('2021-01-01', today)).toEqual({ error: expect.stringMatching(/drie jaar/) });
  });
});

describe('related stories', () => {
  const s = (id: string, phases: number[], themes: string[], experience: 'positief' | 'gemengd' | 'moeilijk') => ({ id, phases, themes, experience });
  it('picks same phase and theme, a good and a hard experience first', () => {
    const stories = [s('a', [1], ['x'], 'positief'), s('b', [1], ['x'], 'positief'), s('c', [1], ['x'], 'moeilijk'), s('d', [3], ['x'], 'moeilijk'), s('e', [1], ['y'], 'moeilijk')];
    expect(relatedStories(stories, { phases: [1], themes: ['x'] }, 2).map((x) => x.id)).toEqual(['a', 'c']);
    expect(relatedStories(stories, { phases: [1], themes: ['z'] })).toEqual([]);
  });
  it('takes any theme when none is asked (a phase hub): the phase alone decides', () => {
    const stories = [s('a', [1], ['x'], 'positief'), s('b', [3], ['x'], 'moeilijk'), s('c', [1], ['y'], 'moeilijk'), s('d', [1], [], 'gemengd')];
    expect(relatedStories(stories, { phases: [1] }).map((x) => x.id)).toEqual(['a', 'c', 'd']);
    expect(relatedStories(stories, { phases: [1], themes: [] })).toEqual([]);
  });
});

describe('site facts', () => {
  it('reads phases from untrusted input', () => {
    expect(toPhase('3')).toBe(3);
    expect(toPhase(4)).toBe(4);
    for (const bad of ['0', '5', '', ' ', '1.5', null, undefined, 'fase 1']) expect(toPhase(bad)).toBeNull();
  });

  it('calls a topic "later" only when every phase it is for is a later phase', () => {
    const later = PHASES.filter((p) => p.later).map((p) => p.number);
    const early = PHASES.filter((p) => !p.later).map((p) => p.number);
    expect(later.length).toBeGreaterThan(0);
    expect(early.length).toBeGreaterThan(0);
    expect(isLaterTopic(later)).toBe(true);
    expect(isLaterTopic([...early, ...later])).toBe(false);
    expect(isLaterTopic([])).toBe(false);
    expect(isLaterPhase(99)).toBe(false);
  });
});

describe('routes', () => {
  it('derives the content pages with a route of their own from the route files', () => {
    const ids = dedicatedPageIds([
      './index.astro',
      './vragen.astro',
      './werkblad/index.astro',
      './werkblad/leeg.astro',
      './werkblad/gegevens.json.ts',
      './manifest.webmanifest.ts',
      './fase/[slug].astro',
      './[...slug].astro',
      './regels-en-rollen/de-weg-in-twee-jaar/index.astro',
      './regels-en-rollen/de-weg-in-twee-jaar/[step].astro',
    ]);
    expect([...ids].sort()).toEqual(['regels-en-rollen/de-weg-in-twee-jaar', 'vragen', 'werkblad', 'werkblad/leeg']);
  });

  it('has one short link per phase, to its hub', () => {
    const r = shortLinkRedirects();
    expect(Object.keys(r)).toHaveLength(PHASES.length);
    expect(new Set(Object.values(r)).size).toBe(PHASES.length);
  });
});

describe('dictionary helpers', () => {
  it('fill placeholders and leave unknown ones empty', () => {
    expect(fmt('{n} van {totaal}', { n: 3, totaal: 7 })).toBe('3 van 7');
    expect(fmt('Hallo {naam}')).toBe('Hallo ');
  });

  it('choose the Dutch plural form with Intl.PluralRules', () => {
    const forms = { one: '{n} resultaat voor ‘{q}’', other: '{n} resultaten voor ‘{q}’' };
    expect(plural(forms, 1, { q: 'uwv' })).toBe('1 resultaat voor ‘uwv’');
    expect(plural(forms, 0, { q: 'uwv' })).toBe('0 resultaten voor ‘uwv’');
    expect(plural(forms, 2, { q: 'uwv' })).toBe('2 resultaten voor ‘uwv’');
  });

  it('join lists the Dutch way', () => {
    expect(listAnd([1])).toBe('1');
    expect(listAnd([1, 2])).toBe('1 en 2');
    expect(listAnd([1, 2, 3])).toBe('1, 2 en 3');
  });
});

describe('jumpSections ("Op deze pagina")', () => {
  const h = (text: string, depth = 2) => ({ depth, slug: text.toLowerCase().replace(/\W+/g, '-'), text });
  it('lists the ## sections of a long page, and none of a short one', async () => {
    const { jumpSections } = await import('../../src/lib/pages');
    expect(jumpSections([h('Een'), h('Twee')], '')).toEqual([]);
    expect(jumpSections([h('Een'), h('Twee'), h('Sub', 3), h('Drie'), h('Vier')], '').map((s) => s.text)).toEqual(['Een', 'Twee', 'Drie', 'Vier']);
  });
  it('leaves out sections inside a "verder vooruitkijken" fold', async () => {
    const { jumpSections } = await import('../../src/lib/pages');
    const body = '## Een\n\n## Twee\n\n<Later title="Later">\n\n## WIA aanvragen\n\ntekst\n\n</Later>\n\n## Drie\n\n## Vier\n';
    const out = jumpSections([h('Een'), h('Twee'), h('WIA aanvragen'), h('Drie'), h('Vier')], body).map((s) => s.text);
    expect(out).toEqual(['Een', 'Twee', 'Drie', 'Vier']);
  });
});
