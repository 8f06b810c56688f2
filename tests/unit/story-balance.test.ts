/**
 * Story balance (issue #13; healthtalk "maximum variation", IPDAS "show good
 * and hard experiences"). The set of ervaringsverhalen keeps its spread, so it
 * cannot drift silently when stories are added, removed or edited.
 *
 * Each check below is a function that returns what is wrong (an empty list
 * means fine). The first block runs every check on content/stories. The second
 * block gives every check a copy of the set that is deliberately put off
 * balance, which proves that the check can fail.
 *
 * What is checked:
 *  1. size: at least 36 stories, every one labelled as composed (composite: true).
 *  2. outcomes: every outcome in OUTCOME_KEYS at least 3 times; none above 40% of the set.
 *  3. phases: every phase has at least 2 "positief" and 2 "moeilijk" stories.
 *  4. experiences: every experience type is at least 20% of the set, none above 50%.
 *  5. living: every story has a value from LIVING_KEYS; at least 4 different values;
 *     at least 5 stories of people who live alone or are single parents.
 *  6. partners: at most a third of the stories are partner-centred. A story is
 *     partner-centred when its "Wat hielp" list (helped) names a partner, or its
 *     text names the partner 3 times or more. "Names a partner" means the word
 *     "partner" or "echtgenoot/echtgenote", or "mijn/zijn/haar" followed by
 *     "man", "vrouw", "vriend" or "vriendin" ("een vriendin" is a friend, not a
 *     partner, and does not count). Also at most a third name someone close at
 *     home or in the family (partner, parent, child, sister, brother) in
 *     "Wat hielp", so turning points come from many kinds of people and things.
 *  7. ages: every age range at least twice.
 *  8. hard cases of issue #13 stay covered: at least one story for each of the
 *     themes arbeidsconflict, geld-en-loon, contract-en-ontslag,
 *     er-alleen-voor-staan and opnieuw-beginnen.
 *  9. dosing: no story tagged with phase 1 ends in spoor 2 or WIA; readers in
 *     phase 1 meet those topics only behind "verder vooruitkijken".
 * 10. basis (issue #19, labelled honestly): every story says whether it comes
 *     from the research ("onderzoek") or from practice ("praktijk"); both kinds
 *     are there, at least half come from the research, and stories on topics
 *     the research did not cover (an arbeidsconflict, a contract or dismissal)
 *     are labelled "praktijk".
 * 11. voices (issue #19): at least one story is told by a naaste (partner or
 *     friend), and at least one ends open: still underway, a hard experience.
 * 12. early return (issue #21, brief §10): at least 2 stories of early partial
 *     return in the common course: marked earlyReturn, about phases 1-2, not
 *     ending in spoor 2 or WIA.
 */
import { describe, expect, it } from 'vitest';
import { AGE_RANGES, EXPERIENCE_KEYS, LIVING_KEYS, NARRATOR_KEYS, OUTCOME_KEYS, STORY_BASIS_KEYS } from '../../src/data/vocab';
import { readContent } from '../../src/model/read';
import { collection } from '../support/content-files';

interface StoryData {
  composite: boolean;
  phases: number[];
  themes: string[];
  outcome: string;
  experience: string;
  living: string;
  age: string;
  helped: string[];
  basis?: string;
  narrator?: string;
  earlyReturn?: boolean;
}
interface Story {
  id: string;
  data: StoryData;
  body: string;
}

const MIN_STORIES = 36;
const MIN_PER_OUTCOME = 3;
const MAX_OUTCOME_SHARE = 0.4;
const MIN_PER_PHASE_AND_EXPERIENCE = 2;
const MIN_EXPERIENCE_SHARE = 0.2;
const MAX_EXPERIENCE_SHARE = 0.5;
const MIN_LIVING_KINDS = 4;
const MIN_ALONE_OR_SINGLE_PARENT = 5;
const MAX_PARTNER_SHARE = 1 / 3;
const MAX_CLOSE_HELPER_SHARE = 1 / 3;
const MIN_PER_AGE = 2;
const HARD_CASE_THEMES = ['arbeidsconflict', 'geld-en-loon', 'contract-en-ontslag', 'er-alleen-voor-staan', 'opnieuw-beginnen'];
const LATER_OUTCOMES = ['spoor-2', 'uit-dienst-wia'];
const MIN_RESEARCH_SHARE = 0.5;
/** Themes the research did not cover: their stories are composed from practice. */
const PRACTICE_THEMES = ['arbeidsconflict', 'contract-en-ontslag'];
const MIN_EARLY_RETURN = 2;

/** A partner, named as such: "partner", "echtgenoot/echtgenote", or a possessive with man/vrouw/vriend(in). */
const PARTNER = /\bpartner\b|\bechtgeno(?:ot|te)\b|\b(?:mijn|zijn|haar)\s+(?:man|vrouw|vriend|vriendin)\b/gi;
/** Someone close at home or in the family. */
const CLOSE =
  /\bpartner\b|\bechtgeno(?:ot|te)\b|\b(?:mijn|zijn|haar)\s+(?:man|vrouw|vriend|vriendin|moeder|vader|ouders|zus|broer|dochter|zoon|schoonzoon|schoondochter|kinderen)\b/i;

const share = (n: number, of: number) => (of === 0 ? 0 : n / of);
const pct = (x: number) => `${Math.round(x * 100)}%`;
const verhalen = (n: number) => `${n} ${n === 1 ? 'verhaal' : 'verhalen'}`;

function partnerCentred(s: Story): boolean {
  const inHelped = s.data.helped.some((h) => new RegExp(PARTNER.source, 'i').test(h));
  const inText = (s.body.match(PARTNER) ?? []).length >= 3;
  return inHelped || inText;
}

function closeHelper(s: Story): boolean {
  return s.data.helped.some((h) => CLOSE.test(h));
}

const checks: Record<string, (stories: Story[]) => string[]> = {
  size(stories) {
    const problems: string[] = [];
    if (stories.length < MIN_STORIES) problems.push(`${verhalen(stories.length)}, minstens ${MIN_STORIES} nodig`);
    for (const s of stories) if (s.data.composite !== true) problems.push(`${s.id}: niet gelabeld als samengesteld`);
    return problems;
  },

  outcomes(stories) {
    const problems: string[] = [];
    for (const o of OUTCOME_KEYS) {
      const n = stories.filter((s) => s.data.outcome === o).length;
      if (n < MIN_PER_OUTCOME) problems.push(`${o}: ${verhalen(n)}, minstens ${MIN_PER_OUTCOME}`);
      if (share(n, stories.length) > MAX_OUTCOME_SHARE) problems.push(`${o}: ${pct(share(n, stories.length))} van de verhalen, hoogstens ${pct(MAX_OUTCOME_SHARE)}`);
    }
    return problems;
  },

  phases(stories) {
    const problems: string[] = [];
    for (const phase of [1, 2, 3, 4]) {
      const inPhase = stories.filter((s) => s.data.phases.includes(phase));
      for (const e of ['positief', 'moeilijk']) {
        const n = inPhase.filter((s) => s.data.experience === e).length;
        if (n < MIN_PER_PHASE_AND_EXPERIENCE) problems.push(`fase ${phase}: ${verhalen(n)} "${e}", minstens ${MIN_PER_PHASE_AND_EXPERIENCE}`);
      }
    }
    return problems;
  },

  experiences(stories) {
    const problems: string[] = [];
    for (const e of EXPERIENCE_KEYS) {
      const x = share(stories.filter((s) => s.data.experience === e).length, stories.length);
      if (x < MIN_EXPERIENCE_SHARE) problems.push(`${e}: ${pct(x)}, minstens ${pct(MIN_EXPERIENCE_SHARE)}`);
      if (x > MAX_EXPERIENCE_SHARE) problems.push(`${e}: ${pct(x)}, hoogstens ${pct(MAX_EXPERIENCE_SHARE)}`);
    }
    return problems;
  },

  living(stories) {
    const problems: string[] = [];
    for (const s of stories) if (!(LIVING_KEYS as readonly unknown[]).includes(s.data.living)) problems.push(`${s.id}: woonsituatie "${String(s.data.living)}" is onbekend`);
    const kinds = new Set(stories.map((s) => s.data.living));
    if (kinds.size < MIN_LIVING_KINDS) problems.push(`${kinds.size} soorten woonsituatie, minstens ${MIN_LIVING_KINDS}`);
    const alone = stories.filter((s) => s.data.living === 'alleen' || s.data.living === 'alleenstaande-ouder').length;
    if (alone < MIN_ALONE_OR_SINGLE_PARENT) problems.push(`${verhalen(alone)} van alleenwonenden of alleenstaande ouders, minstens ${MIN_ALONE_OR_SINGLE_PARENT}`);
    return problems;
  },

  partners(stories) {
    const problems: string[] = [];
    const partner = stories.filter(partnerCentred);
    if (share(partner.length, stories.length) > MAX_PARTNER_SHARE) {
      problems.push(`${partner.length} van de ${stories.length} verhalen draaien om een partner (${partner.map((s) => s.id).join(', ')}); hoogstens een derde`);
    }
    const close = stories.filter(closeHelper);
    if (share(close.length, stories.length) > MAX_CLOSE_HELPER_SHARE) {
      problems.push(`${close.length} van de ${stories.length} verhalen noemen een partner of familielid bij "Wat hielp" (${close.map((s) => s.id).join(', ')}); hoogstens een derde`);
    }
    return problems;
  },

  ages(stories) {
    return AGE_RANGES.flatMap((a) => {
      const n = stories.filter((s) => s.data.age === a).length;
      return n < MIN_PER_AGE ? [`leeftijd ${a}: ${verhalen(n)}, minstens ${MIN_PER_AGE}`] : [];
    });
  },

  hardCases(stories) {
    return HARD_CASE_THEMES.filter((t) => !stories.some((s) => s.data.themes.includes(t))).map((t) => `geen verhaal met thema ${t}`);
  },

  dosing(stories) {
    return stories
      .filter((s) => s.data.phases.includes(1) && LATER_OUTCOMES.includes(s.data.outcome))
      .map((s) => `${s.id}: fase 1, maar afloop ${s.data.outcome}`);
  },

  basis(stories) {
    const problems: string[] = [];
    for (const s of stories) if (!(STORY_BASIS_KEYS as readonly unknown[]).includes(s.data.basis)) problems.push(`${s.id}: zegt niet of het uit het onderzoek of uit de praktijk komt`);
    for (const b of STORY_BASIS_KEYS) if (!stories.some((s) => s.data.basis === b)) problems.push(`geen verhaal met basis ${b}`);
    const research = share(stories.filter((s) => s.data.basis === 'onderzoek').length, stories.length);
    if (research < MIN_RESEARCH_SHARE) problems.push(`${pct(research)} uit het onderzoek, minstens ${pct(MIN_RESEARCH_SHARE)}`);
    for (const s of stories) {
      if (s.data.basis === 'onderzoek' && s.data.themes.some((t) => PRACTICE_THEMES.includes(t))) problems.push(`${s.id}: gaat over een onderwerp buiten het onderzoek, maar heet "onderzoek"`);
    }
    return problems;
  },

  voices(stories) {
    const problems: string[] = [];
    for (const s of stories) if (s.data.narrator !== undefined && !(NARRATOR_KEYS as readonly unknown[]).includes(s.data.narrator)) problems.push(`${s.id}: verteller "${String(s.data.narrator)}" is onbekend`);
    if (!stories.some((s) => s.data.narrator === 'naaste')) problems.push('geen verhaal verteld door een naaste');
    if (!stories.some((s) => s.data.outcome === 'nog-onderweg' && s.data.experience === 'moeilijk')) problems.push('geen verhaal dat open eindigt (nog onderweg, moeilijk)');
    return problems;
  },

  earlyReturn(stories) {
    const early = stories.filter((s) => s.data.earlyReturn === true);
    const problems = early
      .filter((s) => !s.data.phases.some((p) => p <= 2) || LATER_OUTCOMES.includes(s.data.outcome))
      .map((s) => `${s.id}: gemarkeerd als vroeg terug, maar niet over fase 1-2 of met afloop ${s.data.outcome}`);
    if (early.length < MIN_EARLY_RETURN) problems.push(`${verhalen(early.length)} over vroeg en gedeeltelijk terug, minstens ${MIN_EARLY_RETURN}`);
    return problems;
  },
};

// Parsed through the content schemas; the local Story type is looser so a check can be shown a wrong value.
const stories: Story[] = readContent().entries.stories.map((e) => ({ id: e.id, data: { ...e.data }, body: e.body }));

describe('story balance', () => {
  for (const [name, check] of Object.entries(checks)) {
    it(name, () => {
      expect(check(stories)).toEqual([]);
    });
  }

  it('reports the partner count (for editors)', () => {
    const n = stories.filter(partnerCentred).length;
    console.log(`Verhalen: ${stories.length}; rond een partner: ${n}; partner of familie bij "Wat hielp": ${stories.filter(closeHelper).length}.`);
    expect(n).toBeLessThanOrEqual(stories.length);
  });
});

/** A deep copy of the real set with a change applied, to show that each check can fail. */
function offBalance(change: (list: Story[]) => void): Story[] {
  const copy = stories.map((s) => ({ ...s, data: { ...s.data, phases: [...s.data.phases], themes: [...s.data.themes], helped: [...s.data.helped] } }));
  change(copy);
  return copy;
}

describe('each balance check can fail', () => {
  const cases: [keyof typeof checks, string, (list: Story[]) => void][] = [
    ['size', 'too few stories', (l) => l.splice(MIN_STORIES - 1)],
    ['size', 'a story not labelled as composed', (l) => (l[0]!.data.composite = false)],
    ['outcomes', 'an outcome missing', (l) => l.filter((s) => s.data.outcome === 'spoor-2').forEach((s) => (s.data.outcome = 'eigen-werk'))],
    ['outcomes', 'one outcome dominating', (l) => l.slice(0, Math.ceil(l.length / 2)).forEach((s) => (s.data.outcome = 'nog-onderweg'))],
    ['phases', 'no hard story in phase 2', (l) => l.filter((s) => s.data.phases.includes(2) && s.data.experience === 'moeilijk').forEach((s) => (s.data.experience = 'gemengd'))],
    ['experiences', 'only good experiences', (l) => l.forEach((s) => (s.data.experience = 'positief'))],
    ['living', 'everyone lives with a partner', (l) => l.forEach((s) => (s.data.living = 'samen'))],
    ['living', 'an unknown living situation', (l) => (l[0]!.data.living = 'kasteel')],
    ['partners', 'a partner in half the stories', (l) => l.slice(0, Math.ceil(l.length / 2)).forEach((s) => s.data.helped.push('Haar partner, die alles regelde'))],
    ['partners', 'family rescues half the stories', (l) => l.slice(0, Math.ceil(l.length / 2)).forEach((s) => s.data.helped.push('Zijn zus, die meeging'))],
    ['ages', 'no one over sixty', (l) => l.filter((s) => s.data.age === '60+').forEach((s) => (s.data.age = '50-60'))],
    ['hardCases', 'the conflict story gone', (l) => l.forEach((s) => (s.data.themes = s.data.themes.filter((t) => t !== 'arbeidsconflict')))],
    ['dosing', 'a phase-1 story ending in WIA', (l) => (l.find((s) => s.data.phases.includes(1))!.data.outcome = 'uit-dienst-wia')],
    ['basis', 'a story without a basis', (l) => delete l[0]!.data.basis],
    ['basis', 'every story from practice', (l) => l.forEach((s) => (s.data.basis = 'praktijk'))],
    ['basis', 'the conflict story labelled as research', (l) => l.filter((s) => s.data.themes.includes('arbeidsconflict')).forEach((s) => (s.data.basis = 'onderzoek'))],
    ['voices', 'no naaste tells a story', (l) => l.forEach((s) => (s.data.narrator = 'zelf'))],
    ['voices', 'every open story is a good one', (l) => l.filter((s) => s.data.outcome === 'nog-onderweg').forEach((s) => (s.data.experience = 'positief'))],
    ['earlyReturn', 'only one early return', (l) => l.filter((s) => s.data.earlyReturn).slice(1).forEach((s) => (s.data.earlyReturn = false))],
    ['earlyReturn', 'an early return that ends in spoor 2', (l) => (l.find((s) => s.data.earlyReturn)!.data.outcome = 'spoor-2')],
  ];
  for (const [check, what, change] of cases) {
    it(`${check}: ${what}`, () => {
      expect(checks[check]!(offBalance(change)).length).toBeGreaterThan(0);
    });
  }

  it('counts a partner named in the text three times, but not "een vriendin"', () => {
    const base = { ...stories[0]!, data: { ...stories[0]!.data, helped: ['Een vriendin die zegt: je mag nee zeggen'] } };
    expect(partnerCentred({ ...base, body: 'Een vriendin belde.' })).toBe(false);
    expect(partnerCentred({ ...base, body: 'Mijn vrouw las het. Mijn vrouw belde. Mijn vrouw ging mee.' })).toBe(true);
  });
});

/**
 * Corrections of issues #19 and #21: each fails when the old sentence or tag
 * comes back. Facts: ../shared/brief/wvp-facts.md (time-out, fixed-term
 * contracts), the verzuimregels page, and brief §10 (the guidelines).
 */
describe('story corrections (issues #19 and #21)', () => {
  const byId = (id: string) => {
    const s = stories.find((x) => x.id === id);
    if (!s) throw new Error(`verhaal ${id} ontbreekt`);
    return s;
  };
  const raw = collection('stories');
  const fullText = (id: string) => {
    const f = raw.find((x) => x.id === id)!;
    return [f.body, ...['summary', 'quote'].map((k) => String(f.data[k] ?? '')), ...['helped', 'couldBeBetter', 'learn'].flatMap((k) => (f.data[k] as string[] | undefined) ?? [])].join('\n');
  };
  const allText = raw.map((f) => fullText(f.id)).join('\n');

  it('Roel: the time-out is paid, but his wage after situatieve arbeidsongeschiktheid is not promised', () => {
    expect(byId('roel').body).not.toMatch(/loon liep gewoon door/i);
    expect(fullText('roel')).toMatch(/time-out[^.]*(betaald|loon)/i);
    expect(fullText('roel')).toMatch(/ligt niet altijd vast/);
  });

  it('Nadia: out of service and in the Ziektewet, not tagged as WIA; she does not explain the law', () => {
    expect(byId('nadia').data.outcome).not.toBe('uit-dienst-wia');
    expect(byId('nadia').body).not.toMatch(/Dat heet ziek uit dienst|eigenrisicodrager/);
    expect(fullText('nadia')).toMatch(/Ziektewet/);
  });

  it('Yara: going out depends on the verzuimregels, not on a blanket yes', () => {
    expect(byId('yara').body).not.toMatch(/Wandelen, boodschappen, sporten: als het je herstel helpt, is het goed/);
    expect(fullText('yara')).toMatch(/verzuimregels/);
  });

  it('Sanne, after a month, is overspannen, not burnt out', () => {
    expect(byId('sanne').body).not.toMatch(/noemde het een burn-out/);
    expect(byId('sanne').body).toMatch(/overspannen/);
  });

  it('no huisarts says that rest is the most important task now', () => {
    expect(allText).not.toMatch(/rust is nu (je|haar) belangrijkste taak/i);
  });

  it('Fleur mentions treatment for her panic', () => {
    expect(byId('fleur').body).toMatch(/praktijkondersteuner|psycholoog|behandel/i);
  });

  it('stories that show a long rest say what the guidelines advise', () => {
    for (const id of ['linda', 'ruben']) expect(byId(id).body, id).toMatch(/<Note>[\s\S]*richtlijnen[\s\S]*<\/Note>/);
  });

  it('no repeated apology scene, no narrator explaining a term', () => {
    expect(allText).not.toMatch(/allebei (moeten )?leren|allebei moeten leren/i);
    expect(stories.filter((s) => /\bsorry\b|dat was fout/i.test(s.body)).length).toBeLessThanOrEqual(1);
    for (const s of stories) expect(s.body, s.id).not.toMatch(/\bDat heet\b/);
  });

  it('the closing aphorisms that were removed stay out', () => {
    const old = [
      'Dat maakt hem kleiner',
      'Allebei is waar',
      'alles alleen doen. Dat heb ik geleerd',
      'Ik denk dat ik gewoon weer adem',
      'Wie gelijk had, deed er minder toe dan ik dacht',
      'Dat weegt voor mij zwaarder',
      'Dat hoeft ook niet in deze versie',
      'Dit is een notitie die niet af hoeft',
      'Maar ik hoef niet meer te doen alsof',
      'Wegblijven voelt veilig',
      'Dat klinkt hard, maar het is ook een opluchting',
      'Aan werk denk ik nog niet. Dat hoeft ook nog niet',
      'Maar ik weet nu wat een handtekening kan kosten',
    ];
    for (const line of old) expect(allText, line).not.toContain(line);
  });
});
