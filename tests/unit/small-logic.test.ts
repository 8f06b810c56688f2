/** Small pure helpers: readability, headers parsing, story filter, phase memory, date checks, related stories. */
import { describe, expect, it } from 'vitest';
import { mdxToText, readability, splitSentences } from '../../src/lib/readability';
import { buildHeaderFiles, headersFor, parseHeadersFile } from '../../src/lib/security-headers';
import { countText, matches } from '../../src/scripts/story-filter';
import { PHASE_KEY, readPhase, writePhase } from '../../src/scripts/phase-memory';
import { checkDate } from '../../src/scripts/week-calculator';
import { relatedStories } from '../../src/lib/related';

describe('readability', () => {
  it('splits Dutch sentences, lists and abbreviations', () => {
    expect(splitSentences('Dat is goed. Bijv. een arts. Wat nu?')).toEqual(['Dat is goed.', 'Bijv. een arts.', 'Wat nu?']);
    expect(splitSentences('Je kunt:\n- rusten\n- wandelen')).toEqual(['Je kunt:', 'rusten', 'wandelen']);
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
  it('announces counts in Dutch', () => {
    expect(countText(3, 28)).toBe('3 van de 28 verhalen');
    expect(countText(28, 28)).toBe('Alle 28 verhalen');
    expect(countText(0, 28)).toMatch(/Geen verhalen/);
  });
});

describe('phase memory', () => {
  it('stores only a phase 1-4 and survives blocked storage', () => {
    const store = new Map<string, string>();
    const storage = { getItem: (k: string) => store.get(k) ?? null, setItem: (k: string, v: string) => void store.set(k, v) };
    writePhase(storage, 3);
    expect(store.get(PHASE_KEY)).toBe('3');
    expect(readPhase(storage)).toBe(3);
    store.set(PHASE_KEY, '7');
    expect(readPhase(storage)).toBeNull();
    const blocked = {
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => {
        throw new Error('SecurityError');
      },
    };
    expect(readPhase(blocked)).toBeNull();
    expect(() => writePhase(blocked, 2)).not.toThrow();
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
});
