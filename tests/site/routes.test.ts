/**
 * Every internal address built in code points to something that exists in
 * dist/: each route builder (src/lib/routes.ts) for every phase, the links in
 * the interface dictionary (src/i18n/nl/), the worksheet data the island
 * fetches, and the address literals inside the built JavaScript.
 * (tests/site/links.test.ts checks the links in the built HTML.)
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST, distFile } from '../support/dist';
import { routes } from '../../src/lib/routes';
import { PHASE_NUMBERS } from '../../src/data/site';
import { nl } from '../../src/i18n/nl';

/** The addresses that point to nothing in dist/ (a page, a file, or a short-link redirect). */
const missing = (hrefs: Iterable<string>) => [...new Set(hrefs)].filter((href) => !distFile(href.split('#')[0]!));

/** Every string in a nested object that looks like an internal address. */
function hrefsIn(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') {
    if (/^\/[a-z0-9]/.test(value) && !/\s/.test(value)) out.push(value);
  } else if (Array.isArray(value)) value.forEach((v) => hrefsIn(v, out));
  else if (value && typeof value === 'object') Object.values(value).forEach((v) => hrefsIn(v, out));
  return out;
}

describe('addresses built in code', () => {
  it('every route builder, for every phase', () => {
    // Builders that take an argument, each called with real values; the others are called without one.
    const cases: Partial<Record<keyof typeof routes, string[]>> = {
      phase: PHASE_NUMBERS.map((n) => routes.phase(n)),
      phaseShort: PHASE_NUMBERS.map((n) => routes.phaseShort(n)),
      journey: PHASE_NUMBERS.map((n) => routes.journey(n)),
      questionsForPhase: PHASE_NUMBERS.map((n) => routes.questionsForPhase(n)),
      handoutSheet: PHASE_NUMBERS.map((n) => routes.handoutSheet(n)),
      qrFile: [...PHASE_NUMBERS, 'naasten' as const].flatMap((t) => [routes.qrFile(t, 'svg'), routes.qrFile(t, 'png')]),
      step: [routes.step('probleemanalyse')],
      story: [routes.story('esther')],
      theme: [routes.theme('schuld-en-schaamte')],
      decisionCard: [routes.decisionCard('tempo-en-uren')],
      term: [routes.term('bedrijfsarts')],
      glossary: [routes.glossary('bedrijfsarts')],
      questions: [routes.questions('bedrijfsarts')],
      sourcesPart: [1, 2].map((n) => routes.sourcesPart(n)),
      selfCheck: ['leidinggevende', 'arbeidsdeskundige', 'bedrijfsarts', 'casemanager'].map((r) => routes.selfCheck(r)),
    };
    const built: string[] = [];
    for (const [name, build] of Object.entries(routes)) {
      const given = cases[name as keyof typeof routes];
      if (build.length > 0 && !given) throw new Error(`routes.${name} needs an argument: add a case for it in this test`);
      built.push(...(given ?? []));
      if (build.length === 0 || ['journey', 'glossary', 'questions', 'handoutSheet', 'selfCheck'].includes(name)) built.push((build as () => string)());
    }
    expect(missing(built)).toEqual([]);
  });

  it('every link in the interface dictionary', () => {
    const hrefs = hrefsIn(nl);
    expect(hrefs.length).toBeGreaterThan(20);
    expect(missing(hrefs)).toEqual([]);
  });

  it('every link in the worksheet data the island fetches', () => {
    const data = JSON.parse(readFileSync(join(DIST, 'werkblad/gegevens.json'), 'utf8'));
    expect(missing(hrefsIn(data.labels))).toEqual([]);
  });

  it('every page address written in the built JavaScript', () => {
    const hrefs: string[] = [];
    for (const f of readdirSync(join(DIST, '_astro')).filter((f) => f.endsWith('.js'))) {
      const code = readFileSync(join(DIST, '_astro', f), 'utf8');
      for (const m of code.matchAll(/["'`](\/[a-z0-9][a-z0-9/._-]*\/)["'`]/g)) hrefs.push(m[1]!);
    }
    expect(missing(hrefs)).toEqual([]);
  });
});
