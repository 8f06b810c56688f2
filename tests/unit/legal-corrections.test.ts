/**
 * Regression tests for the legal review of issue #12 ("Regels en rollen, round 2").
 * Each block guards one correction: it fails when the wrong sentence comes back,
 * and checks that the corrected rule is still on the pages where readers need it.
 * Facts: ../shared/brief/wvp-facts.md (§1 week 8 and week 104, §3 opzegverbod,
 * the closing section "Topics a reader with psychological complaints will look for").
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { mdxToText, sentenceTexts } from '../../src/lib/readability';
import { CONTENT, collection, listFiles, readMdx, yamlList, type MdxFile, strings } from '../support/content-files';
import { nl } from '../../src/i18n/nl';
import { DURATIONS } from '../../src/data/timeline';

// ---------------------------------------------------------------- helpers

/** MDX body as plain sentences. Week components keep their id, so tests can see which duration is meant. */
function plain(body: string): string {
  return mdxToText(body, { weeks: 'ids', headings: true });
}

/** Body without the closed "verder vooruitkijken" blocks: what every reader sees. */
function withoutLater(body: string): string {
  return body.replace(/<Later[\s\S]*?<\/Later>/g, '');
}

function sentencesOf(text: string): string[] {
  return sentenceTexts(text);
}

interface Text {
  file: string;
  sentences: string[];
}

const pages = collection('pages');
const steps = collection('steps');
const stories = collection('stories');
const phases = collection('phases');

function mdxText(f: MdxFile): Text {
  const front = ['title', 'summary', 'quote'].map((k) => f.data[k]).filter((v): v is string => typeof v === 'string');
  const listed = ['helped', 'couldBeBetter'].flatMap((k) => (Array.isArray(f.data[k]) ? (f.data[k] as string[]) : []));
  return { file: f.path, sentences: [...front, ...listed].flatMap(sentencesOf).concat(sentencesOf(plain(f.body))) };
}

function yamlText(file: string): Text {
  const data = parse(readFileSync(file, 'utf8')) as unknown;
  return { file, sentences: strings(data).flatMap(sentencesOf) };
}

/** Every reader-facing text in content/, as sentences. */
const ALL: Text[] = [
  ...[...pages, ...steps, ...stories, ...phases].map(mdxText),
  ...listFiles(CONTENT, /\.ya?ml$/)
    .filter((f) => !f.endsWith('synonyms.yaml'))
    .map(yamlText),
];

/** Sentences (with their file) that match `re`. */
function find(re: RegExp, texts: Text[] = ALL): { file: string; sentence: string; i: number; all: string[] }[] {
  return texts.flatMap((t) => t.sentences.flatMap((s, i) => (re.test(s) ? [{ file: t.file, sentence: s, i, all: t.sentences }] : [])));
}

function page(id: string): MdxFile {
  const p = pages.find((x) => x.id === id);
  if (!p) throw new Error(`pagina ${id} ontbreekt`);
  return p;
}
function step(name: string): MdxFile {
  const s = steps.find((x) => x.id === name);
  if (!s) throw new Error(`stap ${name} ontbreekt`);
  return s;
}
interface Term {
  id: string;
  term: string;
  short: string;
  long: string;
  later?: boolean;
}
const glossary = yamlList<Term>('glossary.yaml');
function term(id: string): string {
  const t = glossary.find((x) => x.id === id);
  if (!t) throw new Error(`begrip ${id} ontbreekt`);
  return `${t.short}\n\n${t.long}`.replace(/\s+/g, ' ');
}
const text = (f: MdxFile) => plain(f.body).replace(/\s+/g, ' ');
const visible = (f: MdxFile) => plain(withoutLater(f.body)).replace(/\s+/g, ' ');

// ------------------------------------------------------------ corrections

describe('1. closing a department does not lift the opzegverbod (BW 7:670a lid 2 sub d, lid 3)', () => {
  it('no content says the opzegverbod ends when a department or part of the company stops', () => {
    const closing = /\b(afdeling|deel van het bedrijf|onderdeel van het bedrijf)\b.*\b(stopt|sluit|dicht|opgeheven|ophoudt|verdwijnt)\b|\b(stopt|sluit)\b.*\b(afdeling|deel van het bedrijf)\b/i;
    const wrong = find(closing).filter(({ sentence, i, all }) => {
      const context = `${sentence} ${all[i + 1] ?? ''}`;
      return !/(blijft|geldt) (het opzegverbod|de bescherming)[^.]*(gewoon )?(gelden|bestaan)|opzegverbod (blijft|geldt) (gewoon )?/i.test(context);
    });
    expect(wrong.map((w) => `${w.file}: ${w.sentence}`)).toEqual([]);
  });

  it('the dismissal page names only the whole company stopping, and says a department closing keeps the protection', () => {
    const t = text(page('regels-en-rollen/rechten-en-plichten/ontslagbescherming'));
    expect(t).toMatch(/Het hele bedrijf stopt\./);
    expect(t).toMatch(/Sluit alleen je afdeling[^?]*\? Dan blijft het opzegverbod gewoon gelden\./);
  });
});

describe('2. a plan van aanpak is also made when you cannot work yet (Regeling procesgang art. 4 lid 1)', () => {
  it('no content says there is no plan while you cannot work', () => {
    const noPlan = /\b(hoeft er (nog )?geen plan|geen plan (van aanpak )?(nodig|te (zijn|komen|maken))|komt (het|er pas een) plan later|plan komt (pas )?later)\b/i;
    const wrong = find(noPlan).filter(({ sentence }) => !/(niet meer te verwachten|geen (enkel )?zicht)/i.test(sentence));
    expect(wrong.map((w) => `${w.file}: ${w.sentence}`)).toEqual([]);
  });

  const saysPlanAnyway = /(Ook dan komt er een plan|Er komt dan toch een plan|Ook als je nu nog helemaal niet kunt werken, maken jullie een plan)/;
  for (const [label, get] of [
    ['the plan-van-aanpak page', () => text(page('regels-en-rollen/wie-beslist-wat/plan-van-aanpak'))],
    ['step 03 (probleemanalyse)', () => text(step('03-probleemanalyse'))],
    ['the glossary entry plan van aanpak', () => term('plan-van-aanpak')],
    ['the page "je eigen plan"', () => text(page('samen-beslissen/je-eigen-plan'))],
  ] as const) {
    it(`${label} says calmly that a plan comes anyway, about rest, treatment and contact`, () => {
      const t = get();
      expect(t).toMatch(/(helemaal )?niet (kunt )?werken|niet kunt werken/);
      expect(t).toMatch(saysPlanAnyway);
      expect(t).toMatch(/\brust\b/);
      expect(t).toMatch(/\bbehandeling\b/);
      expect(t).toMatch(/contact (houden|houdt)/);
    });
  }
});

describe('3. after two years is not simply "no protection" (BW 7:670 lid 11, 7:671a, 7:669 lid 3 sub b)', () => {
  it('no content says the protection simply ends after two years', () => {
    const wrong = find(/niet meer beschermd|geen bescherming meer|(geldt )?het opzegverbod (geldt )?niet meer|opzegverbod vervalt/i);
    expect(wrong.map((w) => `${w.file}: ${w.sentence}`)).toEqual([]);
  });

  for (const [label, get] of [
    ['the end-of-two-years page', () => text(page('regels-en-rollen/einde-van-de-twee-jaar'))],
    ['the WIA page', () => text(page('regels-en-rollen/wia-en-uit-dienst'))],
    ['the dismissal page', () => text(page('regels-en-rollen/rechten-en-plichten/ontslagbescherming'))],
    ['step 15', () => text(step('15-einde-van-de-twee-jaar'))],
    ['the glossary entry opzegverbod', () => term('opzegverbod')],
  ] as const) {
    it(`${label} says dismissal for long illness needs permission from UWV`, () => {
      expect(get()).toMatch(/toestemming van UWV nodig/);
    });
  }

  for (const [label, get] of [
    ['the end-of-two-years page', () => text(page('regels-en-rollen/einde-van-de-twee-jaar'))],
    ['the dismissal page', () => text(page('regels-en-rollen/rechten-en-plichten/ontslagbescherming'))],
    ['step 15', () => text(step('15-einde-van-de-twee-jaar'))],
  ] as const) {
    it(`${label} names UWV's conditions: no recovery within 26 weeks and no suitable work`, () => {
      const t = get();
      expect(t).toMatch(/herstel binnen \{weken:herstelBinnen\} niet te verwachten/);
      expect(t).toMatch(/geen (ander )?passend werk/);
    });
  }

  it('the dismissal page says the protection runs on when wage payment is extended', () => {
    const t = text(page('regels-en-rollen/rechten-en-plichten/ontslagbescherming'));
    expect(t).toMatch(/Loopt je loon langer door\?[^.]*loonsanctie[\s\S]*ook het opzegverbod langer door/);
  });
});

describe('4. wage payment after 104 weeks has more than one exception (BW 7:629 lid 3 and 11, art. 24 WIA)', () => {
  it('no content says a loonsanctie is the only exception', () => {
    const wrong = find(/(één|enige|een) uitzondering|alleen bij een loonsanctie|alleen als UWV .*loonsanctie/i).filter(({ sentence, i, all }) =>
      /loon|loonsanctie/i.test(`${sentence} ${all[i + 1] ?? ''} ${all[i + 2] ?? ''}`),
    );
    expect(wrong.map((w) => `${w.file}: ${w.sentence}`)).toEqual([]);
  });

  for (const id of ['regels-en-rollen/rechten-en-plichten/loon-tijdens-ziekte', 'regels-en-rollen/einde-van-de-twee-jaar']) {
    it(`${id} names loonsanctie, the voluntary extension, the late WIA application and pay for hours worked`, () => {
      const t = text(page(id));
      expect(t).toMatch(/loonsanctie/);
      expect(t).toMatch(/samen aan UWV om de periode te verlengen/);
      expect(t).toMatch(/(WIA te laat aan|te late WIA-aanvraag)[\s\S]{0,40}schuift het einde op/);
      expect(t).toMatch(/zonder inkomen/);
      expect(t).toMatch(/voor (die|de) uren[^.]*gewoon loon/i);
    });
  }

  it('the WIA page no longer says wages only run on with a loonsanctie', () => {
    expect(text(page('regels-en-rollen/wia-en-uit-dienst'))).toMatch(/Soms loopt je loon langer door/);
  });
});

describe('5. reporting fit while in adapted or other work is a trap (BW 7:629 lid 12)', () => {
  const reportFit = /\bmeld(en)? je (je )?(pas |weer |niet te vroeg )?(beter|hersteld)\b|\bje (je )?(pas |weer )?(beter|hersteld) (te )?melden\b/i;

  it('content only tells readers to report fit for their own work or for new work agreed on paper', () => {
    const wrong = find(reportFit).filter(({ sentence, i, all }) => {
      if (sentence.trim().endsWith('?')) return false; // a question that warns ("Meld je je beter terwijl …?")
      const context = `${all[i - 1] ?? ''} ${sentence}`;
      return !/eigen werk|nieuwe? werk|te vroeg/i.test(context);
    });
    expect(wrong.map((w) => `${w.file}: ${w.sentence}`)).toEqual([]);
  });

  it('no story has a narrator reporting fit while still in adapted or other work', () => {
    const wrong = find(/(meldde|meld) (ik )?(me|mij) (beter|hersteld)|(beter|hersteld) gemeld/i, stories.map(mdxText)).filter(
      ({ sentence, i, all }) => !/eigen werk|oude werk|nieuwe functie|nieuw contract|contract/i.test(`${all[i - 1] ?? ''} ${sentence} ${all[i + 1] ?? ''}`),
    );
    expect(wrong.map((w) => `${w.file}: ${w.sentence}`)).toEqual([]);
  });

  for (const [label, get] of [
    ['step 10', () => text(step('10-weer-aan-het-werk'))],
    ['the glossary entry hersteldmelding', () => term('hersteldmelding')],
    ['the page tempo en uren', () => text(page('regels-en-rollen/wie-beslist-wat/tempo-en-uren'))],
  ] as const) {
    it(`${label} says you stay ill in adapted or other work, even with all your hours`, () => {
      const t = get();
      expect(t).toMatch(/aangepast(e)? of ander werk/);
      expect(t).toMatch(/blijf je ziek gemeld/);
      expect(t).toMatch(/al je uren/);
      expect(t).toMatch(/te vroeg beter|eerder beter/);
    });
  }

  for (const [label, get] of [
    ['step 10', () => text(step('10-weer-aan-het-werk'))],
    ['the page tempo en uren', () => text(page('regels-en-rollen/wie-beslist-wat/tempo-en-uren'))],
    ['the glossary entry arbeidstherapeutisch werken', () => term('arbeidstherapeutisch')],
  ] as const) {
    it(`${label} explains working op arbeidstherapeutische basis: you stay ill while you build up`, () => {
      const t = get();
      expect(t).toMatch(/arbeidstherapeutisch/i);
      expect(t).toMatch(/(blijft|blijf je) (in die tijd )?ziek gemeld|Je blijft ziek gemeld/);
      expect(t).toMatch(/loon tijdens ziekte/);
    });
  }

  it('the information page on tempo en uren has its own heading on arbeidstherapeutische basis', () => {
    expect(page('regels-en-rollen/wie-beslist-wat/tempo-en-uren').body).toMatch(/^## [^\n]*arbeidstherapeutische basis\?/m);
  });
});

describe('6. smaller corrections', () => {
  it('the UWV report is about ten months, not "bijna een jaar" (Ziektewet art. 38)', () => {
    expect(find(/bijna een jaar/i).filter(({ sentence, i, all }) => /UWV|meld/i.test(`${sentence} ${all[i + 1] ?? ''}`))).toEqual([]);
    expect(String(step('07-melding-bij-uwv').data['summary'])).toMatch(/tien maanden/);
    expect(text(step('07-melding-bij-uwv'))).toMatch(/eerste werkdag na \{week:42e-weeksmelding\}/);
  });

  it('vervroegde IVA starts at the earliest 10 weeks after the application, never before week 13, and UWV decides (WIA art. 23 lid 6, 66)', () => {
    const raw = listFiles(CONTENT, /\.(mdx|ya?ml)$/)
      .map((f) => [f, readFileSync(f, 'utf8').replace(/\s+/g, ' ')] as const)
      .flatMap(([f, s]) => [...s.matchAll(/.{0,40}(ivaStartNaAanvraag).{0,10}/g)].map((m) => `${f}: ${m[0]}`));
    expect(raw.length).toBeGreaterThan(0);
    expect(raw.filter((r) => !/op zijn vroegst/.test(r))).toEqual([]);
    for (const t of [text(page('regels-en-rollen/wia-en-uit-dienst')), term('vervroegde-iva')]) {
      expect(t).toMatch(/ivaVroegsteStart/);
      expect(t).toMatch(/UWV beslist/);
    }
  });

  for (const [label, get] of [
    ['the WIA page', () => visible(page('regels-en-rollen/wia-en-uit-dienst'))],
    ['step 11 (brief van UWV)', () => visible(step('11-brief-van-uwv'))],
    ['step 14 (WIA aanvragen)', () => visible(step('14-wia-aanvragen'))],
  ] as const) {
    it(`${label} warns, outside a fold, that a late WIA application can leave you without income (BW 7:629 lid 3)`, () => {
      expect(get()).toMatch(/te laat[\s\S]{0,200}zonder inkomen/);
    });
  }

  it('"wanneer stopt je loon" names the temporary contract that ends during illness', () => {
    const loon = page('regels-en-rollen/rechten-en-plichten/loon-tijdens-ziekte');
    const section = /## Wanneer stopt je loon\?([\s\S]*?)(\n## |<Later)/.exec(loon.body)?.[1] ?? '';
    expect(section).toMatch(/tijdelijk contract/);
    expect(section).toMatch(/einddatum/);
    expect(text(loon)).not.toMatch(/Dat kan alleen als je zonder goede reden niet meewerkt/);
  });

  it('tempo en uren says fewer contract hours can end your sickness for the new contract', () => {
    const t = text(page('regels-en-rollen/wie-beslist-wat/tempo-en-uren'));
    expect(t).toMatch(/minder uren[\s\S]{0,400}niet meer ziek[\s\S]{0,200}ziekmelding en de twee jaar kunnen dan stoppen/);
  });

  it('the VSO section names the 14-day right to dissolve it, or 3 weeks (BW 7:670b)', () => {
    const t = text(page('regels-en-rollen/rechten-en-plichten/ontslagbescherming'));
    expect(t).toMatch(/14 dagen bedenktijd/);
    expect(t).toMatch(/\{weken:vsoOntbindenZonderVermelding\}/);
    expect(t).toMatch(/7:670b/);
    expect(term('vaststellingsovereenkomst')).toMatch(/14 dagen/);
  });
});

// ------------------------------------------------------------ new topics

const NEW_PAGES = {
  'regels-en-rollen/als-er-een-conflict-is': { later: false },
  'regels-en-rollen/rechten-en-plichten/bezwaar-en-klachten': { later: false },
  'regels-en-rollen/rechten-en-plichten/behandeling-en-herstel': { later: false },
  'regels-en-rollen/rechten-en-plichten/vakantie-en-reizen': { later: false },
  'regels-en-rollen/einde-van-de-twee-jaar': { later: true },
  'regels-en-rollen/ziek-uit-dienst': { later: true },
} as const;

/** The browser test's list of later topics (tests/browser/phases.test.ts). */
const LATER_TERMS = /spoor 2|tweede spoor|loonsanctie|\bWIA\b|\bIVA\b|\bWGA\b|ontslag|uit dienst/i;

describe('the six new topics', () => {
  const queries = (JSON.parse(readFileSync('tests/fixtures/search-queries.json', 'utf8')) as { queries: { q: string; expect: string[] }[] }).queries;
  const hubs = phases.map((p) => ({ n: p.data['number'] as number, ids: [...((p.data['decide'] as string[]) ?? []), ...((p.data['read'] as string[]) ?? [])] }));

  for (const [id, { later }] of Object.entries(NEW_PAGES)) {
    it(`${id}: sourced with a statute article, dated, dosed, on a hub and in the search fixture`, () => {
      const p = page(id);
      const sources = p.data['sources'] as { title: string; url: string }[];
      expect(sources.some((s) => /artikel/i.test(s.title) && /wetten\.|explore\.law|legaltools/.test(s.url))).toBe(true);
      expect(String(p.data['reviewed']) >= '2026-11-30').toBe(true);
      expect(String(p.data['summary']).length).toBeLessThanOrEqual(160);
      const ph = p.data['phases'] as number[];
      expect(ph.some((n) => n <= 2)).toBe(!later);
      expect(hubs.some((h) => h.ids.includes(id))).toBe(true);
      expect(queries.filter((q) => q.expect.includes(`/${id}/`)).length).toBeGreaterThanOrEqual(2);
    });
  }

  it('pages listed openly on the phase 1 and 2 hubs name no later topic in title or summary', () => {
    const early = hubs.filter((h) => h.n <= 2).flatMap((h) => h.ids);
    const bad = early.map((id) => page(id)).filter((p) => LATER_TERMS.test(`${p.data['title']} ${p.data['summary']}`));
    expect(bad.map((p) => p.id)).toEqual([]);
  });

  it('the end-of-two-years topics stay later-only', () => {
    for (const id of ['regels-en-rollen/einde-van-de-twee-jaar', 'regels-en-rollen/ziek-uit-dienst', 'regels-en-rollen/wia-en-uit-dienst']) {
      expect((page(id).data['phases'] as number[]).some((n) => n <= 2), id).toBe(false);
    }
  });

  it('the glossary explains the terms the new pages bring', () => {
    // Terms carry no "later phase" flag (no rule read it); dosing is done by the pages' "verder vooruitkijken" blocks.
    const want = [
      'situatieve-arbeidsongeschiktheid',
      'mediation',
      'time-out',
      'bezwaar',
      'tuchtcollege',
      'klachtencommissie',
      'arbeidstherapeutisch',
      'slapend-dienstverband',
      'eigenrisicodrager',
      'ww',
      'vrijwillige-verlenging',
      'vaststellingsovereenkomst',
      'transitievergoeding',
      'ziektewet',
    ];
    expect(want.filter((id) => !glossary.some((x) => x.id === id))).toEqual([]);
  });

  it('the bezwaar page has the table: problem → where to go and how much time', () => {
    const body = page('regels-en-rollen/rechten-en-plichten/bezwaar-en-klachten').body;
    // The time has its own column, so a phone shows it as its own line under the place to go.
    expect(body).toMatch(/\| Waar gaat het over\? \| Waar ga je heen\? \| Hoeveel tijd heb je\? \|/);
    expect(body).toMatch(/Bezwaar bij UWV[^|]*\| <Weeks d="bezwaartermijn" \/> na de datum van het besluit/);
    expect(body).toMatch(/tuchtcollege/i);
    expect(body).toMatch(/vertrouwenspersoon/);
    expect(body).toMatch(/deskundigenoordeel/);
  });

  it('the content guide has a fact-check section', () => {
    expect(readFileSync(join(CONTENT, 'README.md'), 'utf8')).toMatch(/^## Fact check before you publish$/m);
  });
});

describe('expert review of 2026-11-30: wording that must not come back', () => {
  it('no content says wages are paid for at most two years (BW 7:629 lid 11 names extensions)', () => {
    const wrong = find(/\b(hooguit|maximaal|niet langer dan|nooit langer dan) (twee jaar|104 weken)\b/i).filter(({ sentence }) => /loon|betaal/i.test(sentence));
    expect(wrong.map((w) => `${w.file}: ${w.sentence}`)).toEqual([]);
  });

  it('no content says you apply for the WIA after two years (WIA art. 64: before the date in UWV\'s letter)', () => {
    const wrong = find(/\bWIA\b[^.?!]*\baan(vragen|vraagt|gevraagd)\b[^.?!]*\bna twee jaar\b|\bna twee jaar\b[^.?!]*\bWIA\b[^.?!]*\baan(vragen|vraagt)\b/i);
    expect(wrong.map((w) => `${w.file}: ${w.sentence}`)).toEqual([]);
  });

  it('refusing to cooperate ends the opzegverbod only after a written warning, a deskundigenoordeel and the kantonrechter (BW 7:670a lid 1, 7:671b)', () => {
    const t = text(page('regels-en-rollen/rechten-en-plichten/ontslagbescherming'));
    expect(t).toMatch(/eerst op papier waarschuwen/);
    expect(t).toMatch(/deskundigenoordeel van UWV nodig/);
    expect(t).toMatch(/De kantonrechter beslist\./);
  });
});

// ------------------------------------------------------------ round 3 (issue #20)

describe('round 3, 1. holiday while sick: asking for leave is not the same as falling ill on a fixed holiday (BW 7:638 lid 8, HR 17-11-2023)', () => {
  it('no content says days off while sick count as leave only with your consent, without naming the fixed holiday', () => {
    const consent = /(vakantiedagen|als vakantie)[^.?!]*(alleen|pas)[^.?!]*(instem|goed vindt|toestemming)|alleen[^.?!]*(vakantiedagen|als vakantie|afschrijven)[^.?!]*(instem|goed vindt|toestemming)|(afschrijven|tellen)[^.?!]*alleen als (jij|je)[^.?!]*(instem|goed vindt)/i;
    const wrong = find(consent).filter(({ sentence, i, all }) => !/al vastlag|al vast stond|vastgelegde vakantie/i.test(`${all[i - 1] ?? ''} ${sentence}`));
    expect(wrong.map((w) => `${w.file}: ${w.sentence}`)).toEqual([]);
  });

  it('the holiday page separates the two situations and keeps statutory days', () => {
    const p = page('regels-en-rollen/rechten-en-plichten/vakantie-en-reizen');
    const t = text(p);
    expect(t).toMatch(/je vraagt zelf vakantie aan[\s\S]{0,200}schrijft de dagen af/i);
    expect(t).toMatch(/re-integratie staat in die tijd stil/);
    expect(t).toMatch(/vakantie die al vastlag[\s\S]{0,120}tellen je zieke dagen niet als vakantie/);
    expect(t).toMatch(/alleen je extra vakantiedagen/);
    expect(String(p.data['summary'])).not.toMatch(/alleen als jij dat goed vindt/);
    expect((p.data['sources'] as { url: string }[]).some((x) => /ECLI:NL:HR:2023:1603/.test(x.url))).toBe(true);
  });
});

describe('round 3, 2. a VSO is dissolved by a written statement (BW 7:670b lid 2)', () => {
  const pagesAndTerms: Text[] = [...pages.map(mdxText), yamlText(join(CONTENT, 'glossary.yaml'))];
  it('every page or term that names the 14 days to dissolve also says it goes in writing', () => {
    const wrong = find(/binnen 14 dagen[^.?!]*ontbinden|14 dagen bedenktijd/i, pagesAndTerms).filter(
      ({ i, all }) => !/schriftelijk|brief|op papier/i.test(`${all[i] ?? ''} ${all[i + 1] ?? ''} ${all[i + 2] ?? ''}`),
    );
    expect(wrong.map((w) => `${w.file}: ${w.sentence}`)).toEqual([]);
  });

  for (const [label, get] of [
    ['the end-of-two-years page', () => text(page('regels-en-rollen/einde-van-de-twee-jaar'))],
    ['the glossary entry vaststellingsovereenkomst', () => term('vaststellingsovereenkomst')],
  ] as const) {
    it(`${label} says a phone call does not count`, () => {
      expect(get()).toMatch(/schriftelijk[^.]*\.[^.]*[Bb]ellen telt niet|schriftelijk, met een brief of mail: bellen telt niet/);
    });
  }
});

describe('round 3, 3. UWV can give a deskundigenoordeel without your cooperation', () => {
  it('no content says UWV gives no opinion when you do not cooperate', () => {
    const wrong = find(/niet (mee)?werkt?[^.?!]*(onderzoek|UWV)[^.?!]*\?? ?/i).filter(({ sentence, i, all }) =>
      /geeft UWV geen oordeel|geen oordeel/i.test(`${sentence} ${all[i + 1] ?? ''}`) && !/toch|ook zonder|sommige vragen/i.test(`${sentence} ${all[i + 1] ?? ''}`),
    );
    expect(wrong.map((w) => `${w.file}: ${w.sentence}`)).toEqual([]);
    const d = page('regels-en-rollen/rechten-en-plichten/deskundigenoordeel').body;
    const list = /## Wanneer geeft UWV geen oordeel\?([\s\S]*?)\n## /.exec(d)?.[1] ?? '';
    expect(list).not.toMatch(/niet meewerkt/);
  });

  for (const id of ['regels-en-rollen/rechten-en-plichten/deskundigenoordeel', 'regels-en-rollen/wie-doet-wat/uwv']) {
    it(`${id} says UWV can still judge without your input`, () => {
      expect(text(page(id))).toMatch(/(kan UWV toch een oordeel geven|UWV kan ook zonder jouw inbreng een oordeel geven)/);
    });
  }
});

describe('round 3, 4. a late WIA application costs the wage for good (BW 7:629 lid 3 sub f)', () => {
  it('no content says the wage over the delay is held back', () => {
    const wrong = find(/loon[^.?!]*(inhouden|ingehouden|vasthouden)/i).filter(({ sentence, i, all }) => /WIA|te laat/i.test(`${all[i - 1] ?? ''} ${sentence}`));
    expect(wrong.map((w) => `${w.file}: ${w.sentence}`)).toEqual([]);
  });

  for (const [label, get] of [
    ['the WIA page', () => text(page('regels-en-rollen/wia-en-uit-dienst'))],
    ['step 11', () => text(step('11-brief-van-uwv'))],
    ['step 14', () => text(step('14-wia-aanvragen'))],
    ['the end-of-two-years page', () => text(page('regels-en-rollen/einde-van-de-twee-jaar'))],
    ['the sick-pay page', () => text(page('regels-en-rollen/rechten-en-plichten/loon-tijdens-ziekte'))],
    ['the loonstop page', () => text(page('regels-en-rollen/rechten-en-plichten/loonstop-en-loonopschorting'))],
  ] as const) {
    it(`${label} says you get no wage over that time, not even later`, () => {
      expect(get()).toMatch(/geen loon, ook later niet/);
    });
  }
});

describe('round 3, 5. smaller corrections', () => {
  it('the week calculator counts from the first day you could not work', () => {
    const dict = readFileSync('src/i18n/nl/calculator.ts', 'utf8');
    expect(dict).toMatch(/dateHint: 'De eerste dag dat je niet kon werken\./);
    expect(dict).not.toMatch(/dateHint: 'De dag waarop je je ziek meldde/);
  });

  it('the plan van aanpak moment is approximate: two weeks after the probleemanalyse (Regeling art. 4)', () => {
    const timeline = readFileSync('src/data/timeline.ts', 'utf8');
    expect(timeline).toMatch(/id: 'plan-van-aanpak',[\s\S]{0,80}when: 'rond week 8'/);
    expect(timeline).not.toMatch(/uiterlijk in week 8/);
  });

  it('the opzegverbod exception for an earlier request names UWV only (BW 7:670 lid 1 sub b)', () => {
    expect(find(/UWV of de kantonrechter al een verzoek/i)).toEqual([]);
  });

  it('a time-out is paid and costs no holiday', () => {
    for (const t of [text(page('regels-en-rollen/als-er-een-conflict-is')), term('time-out')]) {
      expect(t).toMatch(/loon loopt (gewoon )?door/);
      expect(t).toMatch(/geen vakantiedagen/);
    }
  });

  it('long-lasting other work can become your own work', () => {
    for (const t of [text(page('regels-en-rollen/wie-beslist-wat/tempo-en-uren')), text(step('10-weer-aan-het-werk'))]) {
      expect(t).toMatch(/lange tijd ander werk[\s\S]{0,120}je eigen werk worden/);
    }
  });

  it('the arboarts may work under a bedrijfsarts; judgements stay with the bedrijfsarts', () => {
    expect(term('arboarts')).toMatch(/onder toezicht van een bedrijfsarts/);
    expect(term('arboarts')).not.toMatch(/Alles wat voor de bedrijfsarts geldt, geldt ook voor de arboarts/);
  });

  it('bringing someone along is something you ask, not a right', () => {
    expect(find(/\bje mag iemand meenemen\b|\bdat je iemand mag meenemen\b/i)).toEqual([]);
    const dict = readFileSync('src/i18n/nl/worksheet.ts', 'utf8');
    expect(dict).not.toMatch(/'Je mag iemand meenemen/);
  });

  it('the sick-pay page mentions the maximum next to the 70%', () => {
    const p = page('regels-en-rollen/rechten-en-plichten/loon-tijdens-ziekte');
    expect(String(p.data['summary'])).toMatch(/70% van je loon door, tot een maximum/);
    expect(find(/minstens 70%/i, [mdxText(p)])).toEqual([]);
  });

  it('a casemanager under the bedrijfsarts (taakdelegatie) may see medical data', () => {
    expect(text(page('regels-en-rollen/wie-doet-wat/casemanager'))).toMatch(/taakdelegatie[\s\S]{0,80}medische gegevens zien/);
  });
});

describe('round 3: the two new money and contract pages', () => {
  const queries = (JSON.parse(readFileSync('tests/fixtures/search-queries.json', 'utf8')) as { queries: { q: string; expect: string[] }[] }).queries;
  const hubs = phases.map((p) => ({ n: p.data['number'] as number, ids: [...((p.data['decide'] as string[]) ?? []), ...((p.data['read'] as string[]) ?? [])] }));
  for (const [id, later] of [
    ['regels-en-rollen/wga-uitkering', true],
    ['regels-en-rollen/rechten-en-plichten/uitzendwerk-oproep-en-zzp', false],
  ] as const) {
    it(`${id}: statute source, reviewed 2026-12-07, dosed, on a hub and in the search fixture`, () => {
      const p = page(id);
      const sources = p.data['sources'] as { title: string; url: string }[];
      expect(sources.some((x) => /artikel/i.test(x.title) && /wetten\.overheid\.nl/.test(x.url))).toBe(true);
      expect(String(p.data['reviewed'])).toBe('2026-12-07');
      expect((p.data['phases'] as number[]).some((n) => n <= 2)).toBe(!later);
      expect(hubs.some((h) => h.ids.includes(id))).toBe(true);
      expect(queries.filter((q) => q.expect.includes(`/${id}/`)).length).toBeGreaterThanOrEqual(3);
    });
  }

  it('the WGA page promises no amount: UWV calculates it, and the euro example says it is an example', () => {
    const t = text(page('regels-en-rollen/wga-uitkering'));
    expect(t).toMatch(/UWV rekent/);
    expect(t).toMatch(/Het is een voorbeeld, niet jouw uitkomst/);
    expect(t).toMatch(/wekeneis/);
    expect(t).toMatch(/restverdiencapaciteit/);
    expect(t).toMatch(/eigenrisicodrager/);
  });

  it('the flex page has the July 2023 uitzend rule and the 7:610b presumption', () => {
    const t = text(page('regels-en-rollen/rechten-en-plichten/uitzendwerk-oproep-en-zzp'));
    expect(t).toMatch(/sinds 1 juli 2023 stopt je contract niet meer omdat je ziek wordt/i);
    expect(t).toMatch(/7:610b/);
    expect(t).toMatch(/AOV/);
    expect(t).toMatch(/nog geen wet/);
  });

  it('ziek uit dienst names the transitievergoeding, the aanzegging and the College voor de Rechten van de Mens', () => {
    const t = text(page('regels-en-rollen/ziek-uit-dienst'));
    expect(t).toMatch(/transitievergoeding/);
    expect(t).toMatch(/aanzegging/);
    expect(t).toMatch(/College voor de Rechten van de Mens[\s\S]{0,40}gratis/);
  });

  it('the bezwaar table has the 2-month and 3-month court deadlines (BW 7:686a lid 4)', () => {
    const body = page('regels-en-rollen/rechten-en-plichten/bezwaar-en-klachten').body;
    // The time is the table's third column.
    expect(body).toMatch(/vernietigen[^|]*billijke vergoeding[^|]*\| 2 maanden/);
    expect(body).toMatch(/transitievergoeding[^|]*\|[^|]*\| 3 maanden/);
  });
});

// ------------------------------------------------------------ round 3 legal review (issue #20, against the statute text)

describe('round 3 review: WGA for fully but not permanently unable, and the vervolg base (WIA art. 60 lid 3, 61 lid 2, 62 lid 1)', () => {
  const wga = page('regels-en-rollen/wga-uitkering');
  it('the vervolg table has no class of 80% or more, and the page says that reader always gets a loonaanvulling', () => {
    expect(wga.body).not.toMatch(/\|\s*80% of meer[^|]*\|\s*<Bedrag id="vervolg/);
    expect(text(wga)).toMatch(/niet blijvend\?[^.]*altijd een loonaanvulling\. Je hoeft daarvoor niets te verdienen/);
  });

  it('no content says fully but not permanently unable gets a share of the minimum wage', () => {
    const wrong = find(/(helemaal niet (kunt )?werken|80% of meer)[^.?!]*(niet blijvend|misschien)[^.?!]*minimumloon/i);
    expect(wrong.map((w) => `${w.file}: ${w.sentence}`)).toEqual([]);
    expect(readFileSync('src/i18n/nl/wga.ts', 'utf8')).not.toMatch(/volledig: 'Daarna: \{p\} van het minimumloon/);
  });

  it('the vervolguitkering follows the old wage when that was below the minimum wage', () => {
    expect(text(wga)).toMatch(/oude loon lager dan het minimumloon[^?]*\? Dan telt je oude loon/);
  });
});

describe('round 3 review: deadlines and rights that cost money when missed', () => {
  it('ziek uit dienst and the bezwaar table give the aanzegvergoeding deadline (BW 7:686a lid 4 sub e)', () => {
    expect(text(page('regels-en-rollen/ziek-uit-dienst'))).toMatch(/drie maanden na de dag waarop de brief uiterlijk had moeten komen[\s\S]{0,80}twee maanden na het einde/);
    expect(page('regels-en-rollen/rechten-en-plichten/bezwaar-en-klachten').body).toMatch(/aanzegvergoeding[^|]*\| 3 maanden na de dag waarop die brief uiterlijk/);
  });

  it('no content says you can never object yourself when your employer gets a loonsanctie', () => {
    expect(find(/geen bezwaar maken tegen de loonsanctie/i)).toEqual([]);
    expect(text(page('regels-en-rollen/wia-en-uit-dienst'))).toMatch(/WIA-aanvraag moet wachten[\s\S]{0,120}termijn voor bezwaar/);
  });

  it('withdrawing your written consent to a dismissal also goes in writing (BW 7:671 lid 2)', () => {
    expect(text(page('regels-en-rollen/rechten-en-plichten/ontslagbescherming'))).toMatch(/binnen 14 dagen intrekken\. Dat doe je ook schriftelijk/);
  });
});

describe('issue #26 review: naasten, role pages and self-checks (brief §9, §10; fact sheet "Bringing someone along", "Medical privacy")', () => {
  const role = (r: string) => text(page(`voor-professionals/${r}`));
  const naaste = (p: string) => text(page(p ? `voor-naasten/${p}` : 'voor-naasten'));
  const zelfcheck = (r: string) => yamlText(join(CONTENT, 'zelfcheck', `${r}.yaml`)).sentences.join(' ');

  it('no self-check says the employee may bring someone: asking is fine, a right it is not', () => {
    const asRight = /\b(?:mag|mogen)\s+(?:je\s+|jij\s+)?(?:iemand\s+)?mee(?:nemen|gaan|komen)?\b(?!\s*\?)/i;
    const texts = ['arbeidsdeskundige', 'bedrijfsarts', 'casemanager', 'leidinggevende'].map((r) => ({ r, t: zelfcheck(r) }));
    expect(texts.filter(({ t }) => asRight.test(t)).map(({ r }) => r)).toEqual([]);
    for (const r of ['arbeidsdeskundige', 'bedrijfsarts', 'casemanager']) expect(zelfcheck(r), r).toMatch(/iemand mag vragen om mee te komen/);
  });

  it('the bedrijfsarts self-check does not let the employee co-decide the medical advice itself', () => {
    expect(zelfcheck('bedrijfsarts')).not.toMatch(/meebeslis\w* over (het|je) advies/);
    expect(zelfcheck('bedrijfsarts')).toMatch(/meedenken over je advies/);
  });

  it('the 45 % who missed topics missed more than the consequences alone', () => {
    expect(find(/miste juist die gevolgen/i)).toEqual([]);
    expect(text(page('voor-professionals/het-gesprek-openen'))).toMatch(/miste onderwerpen in hun gesprekken\. Zoals wat ze zelf konden en wilden, de opties en juist die gevolgen/);
  });

  it('pressure from having to seek contact yourself is the researchers\' explanation, not a finding', () => {
    expect(find(/^Zelf steeds contact moeten zoeken, geeft druk/)).toEqual([]);
    for (const r of ['leidinggevende', 'casemanager']) expect(role(r), r).toMatch(/De onderzoekers denken dat het druk en onzekerheid geeft/);
  });

  it('only a casemanager in taakdelegatie under the bedrijfsarts may see medical data, not anyone at the arbodienst', () => {
    expect(role('casemanager')).not.toMatch(/onder leiding van de bedrijfsarts, bij de arbodienst/);
    expect(role('casemanager')).toMatch(/in taakdelegatie onder de bedrijfsarts\? Dan mag je medische gegevens zien, voor zover je taak dat vraagt/);
    expect(role('casemanager')).toMatch(/Dan mag je geen medische gegevens zien of bewaren/);
  });

  it('the arbeidsdeskundige gives an independent judgement, the commissioning client decides (SRA rules 2 and 7)', () => {
    expect(role('arbeidsdeskundige')).not.toMatch(/Daar is het oordeel van jou/);
    expect(role('arbeidsdeskundige')).toMatch(/Daar geef jij je eigen oordeel\. Het besluit neemt je opdrachtgever, of UWV\./);
    expect(role('arbeidsdeskundige')).toMatch(/Wie de opdracht gaf, neemt het besluit\. Jij niet\./);
    expect(role('arbeidsdeskundige')).not.toMatch(/Alleen als ze merken dat ze echt meebeslissen/);
  });

  it('the bedrijfsarts page says work in small steps is part of recovery, and plans relapse prevention (NHG, NVAB)', () => {
    const t = role('bedrijfsarts');
    expect(t).toMatch(/werk, aangepast en in kleine stappen, bij het herstel hoort\. Een vroege, gedeeltelijke start kan, ook als er nog klachten zijn/);
    expect(t).toMatch(/terugval voorkomen[\s\S]{0,120}een op de drie/);
    expect(t).not.toMatch(/Spreek dan af dat jij voorlopig adviseert/);
  });

  it('the manager reads the guidelines\' view: short rest, then rhythm, light contact and small steps, without pushing', () => {
    expect(role('leidinggevende')).toMatch(/eerst een korte rust\. Daarna helpen een dagritme, licht contact met het werk en kleine stappen\. Werk in kleine stappen hoort bij het herstel\. Houd dus contact, maar duw niet\./);
  });

  it('naasten pages claim only what the research and guidelines say', () => {
    expect(find(/Grip op je eigen leven helpt bij herstel/i)).toEqual([]);
    expect(naaste('')).toMatch(/wie grip houdt op het eigen leven, komt makkelijker terug in het werk/);
    expect(find(/1 op de 10 heeft zelf een depressie/i)).toEqual([]);
    expect(find(/^Lang thuis zitten is niet goed\.$/)).toEqual([]);
    expect(naaste('de-eerste-weken')).toMatch(/De richtlijnen zeggen ook: voorkom dat iemand lang thuis zit\./);
  });
});

describe('issue #26 labour-law review: naasten and role pages (BW 7:454/7:455, 7:629 lid 6, 7:658a; Wazo ch. 5; Wet verbetering poortwachter)', () => {
  const role = (r: string) => text(page(`voor-professionals/${r}`));
  const naaste = (p: string) => text(page(p ? `voor-naasten/${p}` : 'voor-naasten'));
  const roles = ['leidinggevende', 'casemanager', 'arbeidsdeskundige', 'bedrijfsarts'];

  it('0. /voor-professionals/ no longer presents bringing someone as a right (wvp-facts §3)', () => {
    expect(text(page('voor-professionals'))).not.toMatch(/Zeg dat de werknemer iemand mag meenemen\./);
    expect(text(page('voor-professionals'))).toMatch(/iemand mag vragen om mee te komen\. Dat is geen recht/);
  });

  it('1. the partner does not have to tell the employer anything; the employer may still ask practical things', () => {
    expect(find(/De werkgever heeft jou niets te vragen/)).toEqual([]);
    expect(String(page('voor-naasten/privacy').data.summary)).toMatch(/^Niets\. Jij hoeft de werkgever niets te vertellen\./);
  });

  it('2. correction is for factual errors; disagreement with the judgement gets an own statement (BW 7:454, 7:455)', () => {
    expect(naaste('privacy')).not.toMatch(/Klopt er iets niet\? Dan kan je naaste om een correctie vragen/);
    expect(naaste('privacy')).toMatch(/Staat er een fout in, zoals een verkeerde datum\? Dan kan je naaste om een correctie vragen\. Is je naaste het niet eens met het oordeel\? Dan kan hij of zij een eigen reactie laten toevoegen\./);
    expect(role('bedrijfsarts')).not.toMatch(/En om correctie mag vragen\./);
    expect(role('bedrijfsarts')).toMatch(/Is de werknemer het niet eens met je oordeel\? Dan kan hij of zij een eigen reactie laten toevoegen\./);
  });

  it('3. not answering the employer can cost wage (BW 7:629 lid 6), also in Femke’s story', () => {
    expect(naaste('de-eerste-weken')).toMatch(/Neem maar niet op als je baas belt[\s\S]{0,200}Bereikbaar zijn is ook vaak een verzuimregel\. Neemt je naaste niet op en belt hij of zij niet terug\? Dan mag de werkgever soms het loon tijdelijk inhouden\./);
    const femke = text(stories.find((x) => x.id === 'femke')!);
    expect(femke).toMatch(/laat maar gaan, die kan wachten[\s\S]{0,200}belde Ilse hem de dag erna toch terug[\s\S]{0,120}Niet terugbellen kan soms loon kosten/);
  });

  it('4. around two years the naaste applies for WIA; the contract does not end by itself', () => {
    expect(find(/Rond twee jaar ziekte gaat het over de WIA en uit dienst gaan/)).toEqual([]);
    expect(naaste('')).toMatch(/Rond twee jaar ziekte vraagt je naaste de WIA aan\. Het contract stopt dan niet vanzelf\./);
  });

  it('5. a partner who cares for the naaste hears about zorgverlof, with a source (Wazo ch. 5)', () => {
    const p = page('voor-naasten/zorg-voor-jezelf');
    expect(text(p)).toMatch(/Is werk en zorg samen te zwaar\? Praat dan met je leidinggevende\. Moet je voor je naaste zorgen\? Dan kun je soms zorgverlof opnemen\. Een deel daarvan is betaald\./);
    expect(JSON.stringify(p.data.sources)).toMatch(/rijksoverheid\.nl\/onderwerpen\/zorgverlof/);
  });

  it('6. a recording is for own use and not put online', () => {
    expect(naaste('mee-naar-een-gesprek')).not.toMatch(/Het is wel netjes om het vooraf te zeggen/);
    expect(naaste('mee-naar-een-gesprek')).toMatch(/opnemen, voor eigen gebruik\. Daar is geen toestemming voor nodig\. Zet de opname niet online\./);
  });

  it('7. the manager asks only practical things, also after the sick report', () => {
    expect(role('leidinggevende')).not.toMatch(/Bij de ziekmelding mag je alleen praktische dingen vragen/);
    expect(role('leidinggevende')).toMatch(/Bij de ziekmelding, en ook daarna, mag je alleen praktische dingen vragen\./);
  });

  it('8. manager and casemanager leave the judgement of illness to the bedrijfsarts and discuss the conflict apart', () => {
    for (const r of ['leidinggevende', 'casemanager']) {
      expect(role(r), r).not.toMatch(/Maak van het conflict geen ziekte/);
      expect(role(r), r).toMatch(/Of iemand ziek is, beoordeelt alleen de bedrijfsarts\. Bespreek het conflict wel apart, los van de klachten\./);
    }
  });

  it('9. a deskundigenoordeel does not need a second opinion first, and both parties can ask', () => {
    for (const r of roles) {
      expect(role(r), r).not.toMatch(/Daarna kan een deskundigenoordeel van UWV volgen/);
      expect(role(r), r).toMatch(/Werknemer en werkgever kunnen ook allebei een deskundigenoordeel van UWV vragen\. Daarvoor is geen second opinion nodig\./);
    }
  });

  it('10. a casemanager in taakdelegatie passes no medical data to the employer; the self-check fits both roles', () => {
    expect(role('casemanager')).toMatch(/geheimhoudingsplicht\. Medische gegevens geef je niet door aan de werkgever\. De bedrijfsarts blijft verantwoordelijk\./);
    const check = yamlText(join(CONTENT, 'zelfcheck', 'casemanager.yaml')).sentences.join(' ');
    expect(check).not.toMatch(/(?:^|\. )Ik vroeg niet naar de aard of de oorzaak van de klachten/);
    expect(check).toMatch(/Werk ik voor de werkgever\? Dan vroeg ik niet naar de aard of de oorzaak van de klachten\./);
  });

  it('11. the arbeidsdeskundige advises on spoor 2 and does not ask for the diagnosis', () => {
    expect(role('arbeidsdeskundige')).not.toMatch(/de keuze voor spoor 2 of de WIA-aanvraag/);
    expect(role('arbeidsdeskundige')).toMatch(/het advies over spoor 2, of bij UWV de WIA-beoordeling/);
    expect(role('arbeidsdeskundige')).toMatch(/Vraag niet naar de diagnose\. Je werkt met wat de bedrijfsarts over de mogelijkheden schreef\./);
  });

  it('12. the plan van aanpak is not decided by the employer alone; either party can ask a deskundigenoordeel', () => {
    expect(role('het-gesprek-openen')).toMatch(/wie uiteindelijk beslist\. Bij het plan van aanpak beslist de werkgever niet alleen\. Zijn jullie het niet eens\? Dan kan een van jullie een deskundigenoordeel vragen\./);
  });
});

// ------------------------------------------------------------ review of the last release (2026-12-07): privacy, help texts, sources

describe('review 2026-12-07: the privacy page says what really stays on the device (the service worker keeps page copies, src/sw/worker.ts)', () => {
  const privacy = page('privacy');
  const t = text(privacy);

  it('reading is not said to leave nothing behind, and the page copies are named', () => {
    expect(t).not.toMatch(/lezen laat niets achter/i);
    expect(t).toMatch(/Lezen alleen bewaart geen gegevens over jou\. Wel houdt je browser kopieën bij van pagina’s die je opent\./);
  });

  it('with saving off the site keeps no data about you, not "nothing" at all', () => {
    expect(t).not.toMatch(/Dan bewaart de site niets:/);
    expect(t).toMatch(/Staat bewaren uit\? Dan bewaart de site geen gegevens over jou:/);
  });

  it('on a shared or work computer "alles wissen" is not presented as enough', () => {
    expect(t).not.toMatch(/Klaar\? Gebruik ‘alles wissen’ op het werkblad, of wis de sitegegevens/);
    expect(t).toMatch(/Klaar\? Wis dan de sitegegevens\. ‘Alles wissen’ op het werkblad is niet genoeg: de kopieën van de pagina’s blijven dan staan\./);
  });

  it('server logs can hold an IP address, so the AVG rights section gives a contact and the AP (AVG art. 15, 17, 77)', () => {
    expect(t).not.toMatch(/niets om op te vragen of te wissen/);
    expect(privacy.body).toMatch(/Alleen de logbestanden van de server kunnen een IP-adres bevatten\. Heb je daar een vraag over\? Mail dan naar <Contact \/>\./);
    expect(t).toMatch(/klacht indienen bij de Autoriteit Persoonsgegevens/);
    expect(JSON.stringify(privacy.data.sources)).toMatch(/eur-lex\.europa\.eu[^"]*32016R0679/);
  });
});

describe('review 2026-12-07: the huisartsenpost is also there at night (fact sheet §7)', () => {
  const hap = /huisartsenpost/i;
  const names = (x: string) => /’s nachts|buiten kantoortijden/.test(x);
  it('every help text in the dictionary that sends readers to the huisartsenpost in the evening also names the night', () => {
    const help = strings(nl.frame.help).filter((x) => hap.test(x) && /’s avonds/i.test(x));
    expect(help.length).toBeGreaterThanOrEqual(2);
    expect(help.filter((x) => !names(x))).toEqual([]);
  });

  it('no content sentence sends readers to the huisartsenpost for evenings and weekends only', () => {
    const wrong = find(/’s avonds[^.]*huisartsenpost|huisartsenpost[^.]*’s avonds/i).filter(({ sentence }) => !names(sentence));
    expect(wrong.map((w) => `${w.file}: ${w.sentence}`)).toEqual([]);
  });
});

describe('review 2026-12-07: deadlines in the "Hoeveel tijd heb je?" column, against the statute text', () => {
  const body = page('regels-en-rollen/rechten-en-plichten/bezwaar-en-klachten').body;
  it('bezwaar and beroep: six weeks (Awb 6:7), counted from the decision (Awb 6:8, cited)', () => {
    expect(DURATIONS.bezwaartermijn).toBe(6);
    expect(body).toMatch(/Ook daarvoor heb je <Weeks d="bezwaartermijn" \/>/);
    expect(JSON.stringify(page('regels-en-rollen/rechten-en-plichten/bezwaar-en-klachten').data.sources)).toMatch(/6:7 en 6:8/);
  });

  it('a complaint at the tuchtcollege can be filed up to ten years after the events (Wet BIG art. 65 lid 5)', () => {
    expect(body).toMatch(/tuchtcollege\. \| Zie de regeling\. Bij het tuchtcollege tot tien jaar\. \|/);
    expect(find(/tuchtcollege[^.]*(vijf|drie|twee|een|1|2|3|5) jaar/i)).toEqual([]);
  });
});

describe('review 2026-12-07: BW 7:629 and 7:660a are cited from the official text', () => {
  for (const id of ['samen-beslissen/wat-ligt-vast', 'regels-en-rollen/wie-beslist-wat/weer-aan-het-werk']) {
    it(`${id} cites wetten.overheid.nl, not a private copy`, () => {
      const sources = JSON.stringify(page(id).data.sources);
      expect(sources).not.toMatch(/legaltools|explore\.law/);
      expect(sources).toMatch(/629[^"]*660a[^"]*","publisher":"Overheid\.nl","url":"https:\/\/wetten\.overheid\.nl\/BWBR0005290\//);
    });
  }
});

describe('review 2026-12-07: a contract not renewed because of illness is not by itself discrimination', () => {
  // The equal-treatment law protects "handicap of chronische ziekte", not illness as such (Wet gelijke
  // behandeling op grond van handicap of chronische ziekte): the row may not promise a complaint that fits every illness.
  it('bezwaar-en-klachten says it may be discrimination and what the College looks at', () => {
    const row = page('regels-en-rollen/rechten-en-plichten/bezwaar-en-klachten').body.split('\n').find((l) => l.startsWith('| Je contract werd niet verlengd'));
    expect(row).toBeDefined();
    expect(row).toMatch(/Misschien is dat discriminatie/);
    expect(row).toMatch(/handicap of chronische ziekte/);
    // A short illness is usually not covered, and the College's opinion is no judgment (it binds nobody).
    expect(row).toMatch(/Een korte ziekte telt meestal niet/);
    expect(row).toMatch(/geen vonnis/);
  });
});

describe('review 2026-12-07: the share block does not ask a naaste to spread the news', () => {
  // What the employee tells, and to whom, is theirs to choose (voor-naasten/privacy); the block may not say otherwise.
  it('asks first, then share', () => {
    expect(nl.reading.shareRelatives.introHere).toMatch(/Vraag eerst of die het goed vindt\. Deel de link daarna met anderen\./);
    expect(nl.reading.shareRelatives.introHere).not.toMatch(/Deel hem dan met anderen/);
  });
});

// Keep the helper honest: it must read the real files the site is built from.
it('reads every content collection', () => {
  expect(pages.length).toBeGreaterThan(40);
  expect(steps.length).toBe(15);
  expect(stories.length).toBeGreaterThanOrEqual(24);
  expect(readMdx(join(CONTENT, 'phases', '1.mdx'), join(CONTENT, 'phases')).id).toBe('1');
});

describe('issue #26 §1 follow-up: leave for a naaste (Wet arbeid en zorg, BWBR0013008: ch. 4 art. 4:1, ch. 5 art. 5:1, 5:2)', () => {
  const p = () => page('voor-naasten/zorg-voor-jezelf');

  it('cites the Wazo by its BWB id and names both chapters the page uses', () => {
    const wazo = (p().data.sources as { title: string; url: string }[]).find((s) => s.url.includes('BWBR0013008'));
    expect(wazo?.title).toMatch(/^Wet arbeid en zorg, hoofdstuk 4 \(calamiteitenverlof\) en 5 \(zorgverlof\)$/);
  });

  it('kortdurend zorgverlof: twice the weekly hours per 12 months at 70 %; langdurend unpaid; calamiteitenverlof paid unless the cao says otherwise', () => {
    // Wazo art. 5:1 (care that is needed because of illness), 5:2 (twice the weekly hours), 5:6 (70 %, at least the
    // minimum wage), 5:9 and 5:10 (langdurend: six times the weekly hours, unpaid), 4:1 (calamiteitenverlof with pay).
    expect(text(p())).toMatch(/Het moet gaan om zorg die echt nodig is, omdat iemand ziek is\. Bij kortdurend zorgverlof krijg je 70% van je loon, en minstens het minimumloon\. Je kunt per 12 maanden twee keer je uren per week opnemen\. Werk je 32 uur per week\? Dan is dat samen 64 uur\./);
    expect(text(p())).toMatch(/Langdurend zorgverlof is zes keer je uren per week, per 12 maanden\. Dat is onbetaald, tenzij je werkgever iets anders afspreekt\./);
    expect(text(p())).toMatch(/calamiteitenverlof opnemen\. Je werkgever betaalt dan je loon door\. Bij al deze verloven kan je cao iets anders regelen\./);
  });

  it('no content gets zorgverlof wrong: not "tien dagen" for everyone, not full pay, not paid langdurend zorgverlof, not per week', () => {
    const zorgverlof = find(/zorgverlof/i);
    expect(zorgverlof.length).toBeGreaterThan(1);
    const wrong = zorgverlof.filter(({ sentence }) =>
      /tien dagen|10 dagen|volledig betaald|100 ?%|helemaal betaald|(?<!\d)(?:[0-6]\d|[89]0)%|per week (?:twee|2)|langdurend zorgverlof[^.]*\bbetaald\b(?![^.]*onbetaald)|langdurend zorgverlof, maar dat is betaald/i.test(sentence),
    );
    expect(wrong.map((w) => `${w.file}: ${w.sentence}`)).toEqual([]);
  });
});
