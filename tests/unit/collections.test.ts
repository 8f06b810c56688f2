/**
 * The code that reads content collections, with a stand-in astro:content
 * (tests/support/astro-content.ts): breadcrumbs and sub-pages, journey steps,
 * related stories, and what a phase hub shows (composeHub).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { setCollections } from '../support/astro-content';
import { breadcrumbs, childrenOf, isLater, type Page } from '../../src/lib/pages';
import { allSteps, stepSlug, stepUrl, stepWhen, type Step } from '../../src/lib/steps';
import { storiesFor, type Story } from '../../src/lib/stories';
import { composeHub, type HubContent } from '../../src/lib/hub';
import type { Phase } from '../../src/lib/phases';
import type { Question } from '../../src/lib/questions';
import { PHASES, phaseInfo } from '../../src/data/site';

const day = new Date('2026-11-30');
const page = (id: string, data: Record<string, unknown> = {}) =>
  ({ id, data: { title: `Titel ${id}`, summary: 'Samenvatting van deze pagina.', component: 'regels-en-rollen', phases: [1, 2, 3, 4], themes: [], sources: [], reviewed: day, order: 100, noSearch: false, ...data } }) as unknown as Page;
const step = (id: string, phase: number, order: number, data: Record<string, unknown> = {}) =>
  ({ id, data: { title: `Stap ${id}`, summary: 'Wat er gebeurt in deze stap.', phase, order, who: [], sources: [], reviewed: day, ...data } }) as unknown as Step;
const story = (id: string, phases: number[], themes: string[], experience: string) =>
  ({ id, data: { alias: id, phases, themes: themes.map((t) => ({ id: t })), experience } }) as unknown as Story;
const question = (id: string, phases: number[], conversation: string, threeGood = false) =>
  ({ id, data: { text: `Vraag ${id}?`, phases, conversation, step: 'opties', threeGood } }) as unknown as Question;
const phase = (number: number, decide: string[] = [], read: string[] = []) =>
  ({ id: String(number), data: { number, name: `Fase ${number}`, description: 'Zo voelt deze fase voor een lezer.', weeks: 'x', card: 'x', decide: decide.map((id) => ({ id })), read: read.map((id) => ({ id })) } }) as unknown as Phase;

const pages = [
  page('regels-en-rollen', { title: 'Regels en rollen' }),
  page('regels-en-rollen/wie-doet-wat', { title: 'Wie doet wat?', navTitle: 'Wie doet wat' }),
  page('regels-en-rollen/wie-doet-wat/bedrijfsarts', { order: 20, title: 'De bedrijfsarts' }),
  page('regels-en-rollen/wie-doet-wat/casemanager', { order: 10, title: 'De casemanager' }),
  page('regels-en-rollen/wie-doet-wat/arbodienst', { order: 10, title: 'Arbodienst' }),
  page('regels-en-rollen/wie-doet-wat/bedrijfsarts/second-opinion'),
  page('regels-en-rollen/wia', { phases: [4], order: 2 }),
  page('regels-en-rollen/spoor-2', { phases: [3, 4], order: 1 }),
  page('samen-beslissen/later-thema', { component: 'samen-beslissen', phases: [3] }),
  page('losse-map/kind'),
];
const steps = [
  step('03-probleemanalyse', 1, 3, { moment: 'probleemanalyse', who: [{ id: 'regels-en-rollen/wie-doet-wat/bedrijfsarts' }] }),
  step('01-ziekmelding', 1, 1, { when: 'De eerste dag', who: [{ id: 'regels-en-rollen/wie-doet-wat/casemanager' }, { id: 'regels-en-rollen/wie-doet-wat/bedrijfsarts' }] }),
  step('04-plan-van-aanpak', 2, 4),
  step('08-eerstejaarsevaluatie', 3, 8),
  step('14-wia-aanvragen', 4, 14),
];
const stories = [
  story('a', [1], ['rust'], 'positief'),
  story('b', [1, 2], ['rust'], 'moeilijk'),
  story('c', [1], ['rust'], 'gemengd'),
  story('d', [3], ['rust'], 'moeilijk'),
  story('e', [1], ['geld'], 'moeilijk'),
];
const questions = [
  question('q1', [1], 'bedrijfsarts'),
  question('q2', [1], 'bedrijfsarts'),
  question('q3', [1], 'leidinggevende'),
  question('q4', [1, 2], 'algemeen'),
  question('q5', [1], 'algemeen'),
  question('q6', [1], 'algemeen'),
  question('dgv', [1, 2, 3, 4], 'algemeen', true),
];
const phases = PHASES.map((p) => phase(p.number, p.number === 1 ? ['regels-en-rollen/wie-doet-wat/casemanager', 'bestaat-niet'] : [], ['regels-en-rollen/wia']));

beforeAll(() => setCollections({ pages, steps, stories, questions, phases } as never));

describe('pages: breadcrumbs and sub-pages', () => {
  it('builds the trail through the parent pages that exist, with their short titles', async () => {
    expect(await breadcrumbs('regels-en-rollen/wie-doet-wat/bedrijfsarts')).toEqual([
      { href: '/', label: 'Home' },
      { href: '/regels-en-rollen/', label: 'Regels en rollen' },
      { href: '/regels-en-rollen/wie-doet-wat/', label: 'Wie doet wat' },
    ]);
    // A folder without a page of its own is skipped.
    expect(await breadcrumbs('losse-map/kind')).toEqual([{ href: '/', label: 'Home' }]);
  });

  it('lists direct children only, by order and then by title', async () => {
    expect((await childrenOf('regels-en-rollen/wie-doet-wat')).map((p) => p.id)).toEqual([
      'regels-en-rollen/wie-doet-wat/arbodienst',
      'regels-en-rollen/wie-doet-wat/casemanager',
      'regels-en-rollen/wie-doet-wat/bedrijfsarts',
    ]);
  });

  it('calls a page "later" only when none of its phases is early', () => {
    expect(isLater(page('x', { phases: [3, 4] }).data)).toBe(true);
    expect(isLater(page('x', { phases: [2, 3] }).data)).toBe(false);
  });
});

describe('journey steps', () => {
  it('are in journey order, with a slug, URL and "wanneer"', async () => {
    const all = await allSteps();
    expect(all.map((s) => s.id)).toEqual(['01-ziekmelding', '03-probleemanalyse', '04-plan-van-aanpak', '08-eerstejaarsevaluatie', '14-wia-aanvragen']);
    expect(stepSlug(all[1]!)).toBe('probleemanalyse');
    expect(stepUrl(all[1]!)).toBe('/regels-en-rollen/de-weg-in-twee-jaar/probleemanalyse/');
    expect(stepWhen(all[1]!)).toBe('Uiterlijk in week 6');
    expect(stepWhen(all[0]!)).toBe('De eerste dag');
    expect(stepWhen(all[2]!)).toBeNull();
  });
});

describe('related stories', () => {
  it('picks stories of the same phase and theme, a good and a hard one first', async () => {
    const picked = await storiesFor({ phases: [1], themes: [{ id: 'rust' }] }, 2);
    expect(picked.map((s) => s.id)).toEqual(['a', 'b']);
    expect(await storiesFor({ phases: [2], themes: [{ id: 'geld' }] })).toEqual([]);
  });
});

describe('phase hub composition', () => {
  const content: HubContent = { phases, steps: [...steps].sort((a, b) => a.data.order - b.data.order), pages, questions, stories };

  it('shows this phase’s steps, and the roles of those steps in order of first appearance', () => {
    const hub = composeHub(1, content);
    expect(hub.steps.map((s) => s.id)).toEqual(['01-ziekmelding', '03-probleemanalyse']);
    expect(hub.roles.map((p) => p.id)).toEqual(['regels-en-rollen/wie-doet-wat/casemanager', 'regels-en-rollen/wie-doet-wat/bedrijfsarts']);
    expect(hub.next?.data.number).toBe(2);
  });

  it('keeps the curated order of decide and read pages, and skips ids that do not exist', () => {
    const hub = composeHub(1, content);
    expect(hub.decide.map((p) => p.id)).toEqual(['regels-en-rollen/wie-doet-wat/casemanager']);
    expect(hub.read.map((p) => p.id)).toEqual(['regels-en-rollen/wia']);
  });

  it('gives the first phase fewer questions and stories, never the "3 goede vragen" as samples', () => {
    const first = composeHub(1, content);
    expect(first.questions).toHaveLength(phaseInfo(1).hub.questions);
    expect(first.questions.map((q) => q.id)).not.toContain('dgv');
    // One per conversation type first, so a spread: bedrijfsarts, leidinggevende, algemeen.
    expect(first.questions.map((q) => q.data.conversation)).toEqual(['bedrijfsarts', 'leidinggevende', 'algemeen']);
    expect(first.stories.length).toBeLessThanOrEqual(phaseInfo(1).hub.stories);
    expect(first.stories.map((s) => s.data.experience)).toContain('moeilijk');
  });

  it('puts later topics behind one fold for early phases only', () => {
    const early = composeHub(2, content);
    expect(early.later?.steps.map((s) => s.id)).toEqual(['08-eerstejaarsevaluatie', '14-wia-aanvragen']);
    // Later pages of Regels en rollen, by order; Samen beslissen pages are not listed there.
    expect(early.later?.pages.map((p) => p.id)).toEqual(['regels-en-rollen/spoor-2', 'regels-en-rollen/wia']);
    expect(composeHub(3, content).later).toBeNull();
    expect(composeHub(4, content).next).toBeUndefined();
  });

  it('fails clearly when a phase has no content file', () => {
    expect(() => composeHub(2, { ...content, phases: phases.filter((p) => p.data.number !== 2) })).toThrow(/Fase 2 ontbreekt/);
  });
});
