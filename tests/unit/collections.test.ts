/**
 * The code that reads content collections, on entries parsed through the
 * content schemas (tests/support/entries.ts): breadcrumbs and sub-pages,
 * journey steps, related stories, and what a phase hub shows (composeHub).
 */
import { describe, expect, it } from 'vitest';
import { childrenIn, isLater, trailIn } from '../../src/lib/pages';
import { inJourneyOrder, stepSlug, stepUrl, stepWhen } from '../../src/lib/steps';
import { storiesIn } from '../../src/lib/stories';
import { composeHub, type HubContent } from '../../src/lib/hub';
import { PHASES, phaseInfo } from '../../src/data/site';
import { pageEntry as page, phaseEntry as phase, questionEntry as question, stepEntry as step, storyEntry as story } from '../support/entries';

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
  step('03-probleemanalyse', 1, 3, { moment: 'probleemanalyse', who: ['regels-en-rollen/wie-doet-wat/bedrijfsarts'] }),
  step('01-ziekmelding', 1, 1, { when: 'De eerste dag', who: ['regels-en-rollen/wie-doet-wat/casemanager', 'regels-en-rollen/wie-doet-wat/bedrijfsarts'] }),
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

describe('pages: breadcrumbs and sub-pages', () => {
  it('builds the trail through the parent pages that exist, with their short titles', () => {
    expect(trailIn(pages, 'regels-en-rollen/wie-doet-wat/bedrijfsarts')).toEqual([
      { href: '/', label: 'Home' },
      { href: '/regels-en-rollen/', label: 'Regels en rollen' },
      { href: '/regels-en-rollen/wie-doet-wat/', label: 'Wie doet wat' },
    ]);
    // A folder without a page of its own is skipped.
    expect(trailIn(pages, 'losse-map/kind')).toEqual([{ href: '/', label: 'Home' }]);
  });

  it('lists direct children only, by order and then by title', () => {
    expect(childrenIn(pages, 'regels-en-rollen/wie-doet-wat').map((p) => p.id)).toEqual([
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
  it('are in journey order, with a slug, URL and "wanneer"', () => {
    const all = inJourneyOrder(steps);
    expect(all.map((s) => s.id)).toEqual(['01-ziekmelding', '03-probleemanalyse', '04-plan-van-aanpak', '08-eerstejaarsevaluatie', '14-wia-aanvragen']);
    expect(stepSlug(all[1]!)).toBe('probleemanalyse');
    expect(stepUrl(all[1]!)).toBe('/regels-en-rollen/de-weg-in-twee-jaar/probleemanalyse/');
    expect(stepWhen(all[1]!)).toBe('Uiterlijk in week 6');
    expect(stepWhen(all[0]!)).toBe('De eerste dag');
    expect(stepWhen(all[2]!)).toBeNull();
  });
});

describe('related stories', () => {
  it('picks stories of the same phase and theme, a good and a hard one first', () => {
    const picked = storiesIn(stories, { phases: [1], themes: ['rust'] }, 2);
    expect(picked.map((s) => s.id)).toEqual(['a', 'b']);
    expect(storiesIn(stories, { phases: [2], themes: ['geld'] })).toEqual([]);
  });
});

describe('phase hub composition', () => {
  const content: HubContent = { phases, steps: inJourneyOrder(steps), pages, questions, stories };

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
