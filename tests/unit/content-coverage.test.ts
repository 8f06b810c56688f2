/**
 * The content set is complete and balanced: stories cover every phase with a
 * good and a hard experience, the question bank covers every conversation type,
 * phase and step, and every WVP term used in content is in the glossary.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CONVERSATION_KEYS, OUTCOME_KEYS, STEP_KEYS } from '../../src/data/vocab';
import { PHASE_NUMBERS, isLaterTopic } from '../../src/data/site';
import { CONTENT, collection, listFiles, yamlList } from '../support/content-files';

interface QuestionYaml {
  id: string;
  text: string;
  conversation: string;
  phases: number[];
  step: string;
  threeGood?: boolean;
  first?: number[];
}
interface TermYaml {
  id: string;
  term: string;
  forms?: string[];
}

const stories = collection('stories');
const questions = yamlList<QuestionYaml>('questions.yaml');
const glossary = yamlList<TermYaml>('glossary.yaml');

describe('phases', () => {
  it('has exactly one content file per phase of src/data/site.ts', () => {
    const numbers = collection('phases').map((p) => p.data['number']).sort();
    expect(numbers).toEqual([...PHASE_NUMBERS]);
  });
});

describe('stories', () => {
  it('at least 24, all labelled as composed', () => {
    expect(stories.length).toBeGreaterThanOrEqual(24);
    expect(stories.filter((s) => s.data['composite'] !== true).map((s) => s.path)).toEqual([]);
  });

  for (const phase of PHASE_NUMBERS) {
    it(`phase ${phase} has both a good and a hard experience`, () => {
      const inPhase = stories.filter((s) => (s.data['phases'] as number[]).includes(phase));
      expect(inPhase.some((s) => s.data['experience'] === 'positief')).toBe(true);
      expect(inPhase.some((s) => s.data['experience'] === 'moeilijk')).toBe(true);
    });
  }

  it('covers every outcome', () => {
    const outcomes = new Set(stories.map((s) => s.data['outcome']));
    expect([...OUTCOME_KEYS].filter((o) => !outcomes.has(o))).toEqual([]);
  });

  it('quotes appear in the story they come from', () => {
    const bad = stories.filter((s) => !s.body.replace(/\s+/g, ' ').includes(String(s.data['quote']).replace(/\s+/g, ' ')));
    expect(bad.map((s) => s.path)).toEqual([]);
  });
});

describe('question bank', () => {
  it('has at least 60 questions with unique ids', () => {
    expect(questions.length).toBeGreaterThanOrEqual(60);
    expect(new Set(questions.map((q) => q.id)).size).toBe(questions.length);
  });

  it('covers every conversation type, phase and Samen-beslissen step', () => {
    for (const type of CONVERSATION_KEYS) expect(questions.filter((q) => q.conversation === type).length, type).toBeGreaterThanOrEqual(5);
    for (const phase of PHASE_NUMBERS) expect(questions.filter((q) => q.phases.includes(phase)).length, `fase ${phase}`).toBeGreaterThanOrEqual(10);
    for (const step of STEP_KEYS) expect(questions.filter((q) => q.step === step).length, step).toBeGreaterThanOrEqual(5);
  });

  it('has the "3 goede vragen" rewritten for work', () => {
    expect(questions.filter((q) => q.threeGood)).toHaveLength(3);
  });

  it('opens at most 10 questions per phase on /vragen/ (the 3 goede vragen and the starters), each fitting that phase', () => {
    for (const phase of PHASE_NUMBERS) {
      const first = questions.filter((q) => q.first?.includes(phase));
      expect(first.length + 3, `fase ${phase}`).toBeLessThanOrEqual(10);
      expect(first.filter((q) => !q.phases.includes(phase)).map((q) => q.id), `fase ${phase}`).toEqual([]);
    }
    expect(questions.filter((q) => q.first?.includes(1)).length, 'fase 1 heeft vragen om mee te beginnen').toBeGreaterThanOrEqual(5);
  });

  it('keeps later-phase topics out of phase 1 and 2 questions', () => {
    const early = questions.filter((q) => !isLaterTopic(q.phases));
    expect(early.filter((q) => /spoor 2|\bWIA\b|loonsanctie|ontslag/i.test(q.text)).map((q) => q.id)).toEqual([]);
  });
});

describe('glossary', () => {
  const known = new Set(glossary.flatMap((t) => [t.term.toLowerCase(), ...(t.forms ?? []).map((f) => f.toLowerCase())]));
  const wvpTerms = readFileSync('tests/fixtures/wvp-terms.txt', 'utf8')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'));
  const text = listFiles(CONTENT, /\.(mdx|ya?ml)$/)
    .filter((f) => !f.endsWith('glossary.yaml') && !f.endsWith('synonyms.yaml'))
    .map((f) => readFileSync(f, 'utf8').toLowerCase())
    .join('\n');

  it('explains every WVP term that content uses', () => {
    const used = wvpTerms.filter((t) => new RegExp(`(?<![\\p{L}-])${t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}])`, 'u').test(text));
    expect(used.length).toBeGreaterThan(30);
    expect(used.filter((t) => !known.has(t))).toEqual([]);
  });

  it('has unique ids and terms', () => {
    expect(new Set(glossary.map((t) => t.id)).size).toBe(glossary.length);
    expect(new Set(glossary.map((t) => t.term.toLowerCase())).size).toBe(glossary.length);
  });

  it('gives no two terms the same form (the first use would be ambiguous)', () => {
    const seen = new Map<string, string>();
    const clashes: string[] = [];
    for (const t of glossary) {
      for (const f of new Set([t.term.toLowerCase(), ...(t.forms ?? []).map((x) => x.toLowerCase())])) {
        if (seen.has(f)) clashes.push(`${f}: ${seen.get(f)} en ${t.id}`);
        seen.set(f, t.id);
      }
    }
    expect(clashes).toEqual([]);
  });
});

describe('the three good questions', () => {
  // They are quoted on pages in the same words everywhere: a near-copy confuses a reader who learns them by heart.
  const good = questions.filter((q) => q.threeGood).map((q) => q.text);
  const files = listFiles(CONTENT, /\.(mdx|ya?ml)$/).filter((f) => !f.endsWith('questions.yaml'));
  it('are quoted word for word wherever a page starts one', () => {
    const starts = good.map((q) => q.split(',')[0]!.replace(/\?$/, ''));
    const off: string[] = [];
    for (const f of files) {
      const body = readFileSync(f, 'utf8');
      good.forEach((q, i) => {
        for (const m of body.matchAll(new RegExp(`${starts[i]!.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}[^\\n"*]*`, 'g'))) {
          if (!m[0].startsWith(q)) off.push(`${f}: ${m[0]}`);
        }
      });
    }
    expect(off).toEqual([]);
  });
});

describe('typography', () => {
  it('uses the curly apostrophe in reader text (’s avonds, collega’s), never the straight one', () => {
    const straight = /(?<=\p{L})'(?=\p{L})|(?:^|[\s("“])'(?:s|t|n)\b/mu;
    const off = listFiles(CONTENT, /\.(mdx|ya?ml)$/)
      .flatMap((f) => readFileSync(f, 'utf8').split('\n').map((line, i) => ({ f, line, i })))
      .filter(({ line }) => straight.test(line))
      .map(({ f, line, i }) => `${f}:${i + 1}: ${line.trim().slice(0, 80)}`);
    expect(off).toEqual([]);
  });
});
