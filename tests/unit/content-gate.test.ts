/**
 * Content quality gate (README, "Content quality gate"). Summaries and
 * sources are required by the content schema (src/content.config.ts), which
 * fails the build naming file and field; this gate checks what a schema cannot:
 * - "laatst gecontroleerd" is at most 12 months old (fails), with a warning from 10 months;
 * - Dutch readability per text: average words per sentence ≤ 13 and at most 12% of
 *   sentences over 20 words (B1 aims at about 10 words per sentence);
 * - no placeholder text.
 * Readability figures per file are written to test-results/readability.json.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { B1, mdxToText, readability } from '../../src/lib/readability';
import { CONTENT, PLACEHOLDER, collection, listFiles, yamlList } from '../support/content-files';

export const MAX_WORDS_PER_SENTENCE = B1.maxWordsPerSentence;
export const MAX_LONG_SENTENCE_SHARE = B1.maxLongSentenceShare;
const DAY = 24 * 60 * 60 * 1000;

const pages = collection('pages');
const steps = collection('steps');
const bodies = [...pages, ...steps, ...collection('stories'), ...collection('phases')];

function monthsOld(date: unknown, now = new Date()): number {
  const d = date instanceof Date ? date : new Date(String(date));
  return (now.getTime() - d.getTime()) / (30.44 * DAY);
}

describe('content quality gate', () => {
  it('no page was last checked more than 12 months ago (warning from 10)', () => {
    const stale: string[] = [];
    for (const p of [...pages, ...steps]) {
      const age = monthsOld(p.data['reviewed']);
      if (age > 12) stale.push(`${p.path}: ${age.toFixed(1)} maanden`);
      else if (age > 10) console.warn(`Let op: ${p.path} is ${age.toFixed(1)} maanden geleden gecontroleerd. Plan een controle.`);
    }
    expect(stale).toEqual([]);
  });

  it(`reads at B1 level: ≤ ${MAX_WORDS_PER_SENTENCE} words per sentence, ≤ ${MAX_LONG_SENTENCE_SHARE * 100}% long sentences`, () => {
    const report: Record<string, ReturnType<typeof readability>> = {};
    const problems: string[] = [];
    for (const f of bodies) {
      const r = readability(mdxToText(readFileSync(f.path, 'utf8')));
      report[f.path] = r;
      if (r.sentences < 3) continue; // too short to judge (intros of tool pages)
      if (r.wordsPerSentence > MAX_WORDS_PER_SENTENCE || r.longSentenceShare > MAX_LONG_SENTENCE_SHARE) {
        problems.push(`${f.path}: ${r.wordsPerSentence.toFixed(1)} woorden per zin, ${(r.longSentenceShare * 100).toFixed(0)}% lange zinnen. Bijvoorbeeld: "${r.longest[0]}"`);
      }
    }
    const glossaryText = yamlList<{ long: string; short: string }>('glossary.yaml')
      .map((t) => `${t.short}\n\n${t.long}`)
      .join('\n\n');
    const g = readability(glossaryText);
    report['content/glossary.yaml'] = g;
    if (g.wordsPerSentence > MAX_WORDS_PER_SENTENCE) problems.push(`content/glossary.yaml: ${g.wordsPerSentence.toFixed(1)} woorden per zin`);
    // The self-checks for professionals (content/zelfcheck/): summary and behaviours, per role.
    for (const f of listFiles(`${CONTENT}/zelfcheck`, /\.yaml$/)) {
      const check = parseYaml(readFileSync(f, 'utf8')) as { summary: string; groups: { items: { text: string }[] }[] };
      const r = readability([check.summary, ...check.groups.flatMap((g) => g.items.map((i) => i.text))].join('\n\n'));
      report[f] = r;
      if (r.wordsPerSentence > MAX_WORDS_PER_SENTENCE || r.longSentenceShare > MAX_LONG_SENTENCE_SHARE) {
        problems.push(`${f}: ${r.wordsPerSentence.toFixed(1)} woorden per zin, ${(r.longSentenceShare * 100).toFixed(0)}% lange zinnen. Bijvoorbeeld: "${r.longest[0]}"`);
      }
    }
    mkdirSync('test-results', { recursive: true });
    writeFileSync('test-results/readability.json', JSON.stringify(report, null, 2));
    const all = Object.values(report);
    const avg = all.reduce((s, r) => s + r.wordsPerSentence * r.sentences, 0) / all.reduce((s, r) => s + r.sentences, 0);
    console.log(`Leesbaarheid: ${all.length} teksten, gemiddeld ${avg.toFixed(1)} woorden per zin.`);
    expect(problems).toEqual([]);
  });

  it('has no placeholder text', () => {
    const hits = listFiles(CONTENT, /\.(mdx|ya?ml)$/).filter((f) => PLACEHOLDER.test(readFileSync(f, 'utf8')));
    expect(hits).toEqual([]);
  });
});
