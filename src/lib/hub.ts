/**
 * What a phase hub (/fase/<slug>/) shows, as a pure function of the content,
 * so the dosing rules are unit-tested: the steps of this phase, the curated
 * decide/read pages, the roles you meet, a few questions and stories (fewer in
 * the first phase), the next phase, and, for readers of an early phase, the
 * later steps and pages that stay behind "verder vooruitkijken".
 */
import { isLaterPhase, phaseInfo, type PhaseNumber } from '../data/site';
import { isLater, pagesIn, type Page } from './pages';
import type { Phase } from './phases';
import { sampleForPhase, type Question } from './questions';
import { relatedStories } from './related';
import type { Step } from './steps';
import { storyLike, type Story } from './stories';

export interface HubContent {
  phases: readonly Phase[];
  /** Steps in journey order. */
  steps: readonly Step[];
  pages: readonly Page[];
  questions: readonly Question[];
  stories: readonly Story[];
}

export interface Hub {
  phase: Phase;
  next: Phase | undefined;
  steps: Step[];
  decide: Page[];
  read: Page[];
  /** Who you meet: the roles named in this phase's steps, in order of first appearance. */
  roles: Page[];
  questions: Question[];
  stories: Story[];
  /** Only for early phases: what comes later, behind one fold. */
  later: { steps: Step[]; pages: Page[] } | null;
}

export function composeHub(n: PhaseNumber, c: HubContent): Hub {
  const phase = c.phases.find((p) => p.data.number === n);
  if (!phase) throw new Error(`Fase ${n} ontbreekt in content/phases/`);
  const steps = c.steps.filter((s) => s.data.phase === n);
  const roleIds = [...new Set(steps.flatMap((s) => s.data.who))];
  const dose = phaseInfo(n).hub;
  // Any theme will do on a hub: the stories of this phase, a good and a hard experience first.
  const stories = relatedStories(c.stories.map(storyLike), { phases: [n] }, dose.stories).map((x) => x.story);
  const laterPages = c.pages
    .filter((p) => p.data.component === 'regels-en-rollen' && isLater(p.data))
    .sort((a, b) => a.data.order - b.data.order);
  return {
    phase,
    next: c.phases.find((p) => p.data.number > n),
    steps,
    decide: pagesIn(c.pages, phase.data.decide),
    read: pagesIn(c.pages, phase.data.read),
    roles: pagesIn(c.pages, roleIds),
    questions: sampleForPhase(c.questions, n, dose.questions),
    stories,
    later: isLaterPhase(n) ? null : { steps: c.steps.filter((s) => s.data.phase > n), pages: laterPages },
  };
}
