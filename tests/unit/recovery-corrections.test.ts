/**
 * Regression tests for issue #21 ("Recovery as the guidelines describe it") and
 * issue #19 §2 ("Phase 1: little to decide, not nothing").
 * The NHG-Standaard Overspanning en burn-out, LESA and the NVAB richtlijn
 * Psychische problemen say: a limited period of rest, then day structure,
 * contact with work and an early, gradual start; long absence must be avoided.
 * 113 Zelfmoordpreventie: ask directly, stay with the person, 112 in danger.
 * Facts: ../shared/brief/README.md §10.
 * Stories and keuzekaarten are fixed by other issues, so the "must not return"
 * checks cover every other content file and the dictionary (src/i18n).
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { mdxToText, sentenceTexts } from '../../src/lib/readability';
import { nl } from '../../src/i18n/nl';
import { HELP } from '../../src/data/help';
import { CONTENT, collection, listFiles, yamlList, type MdxFile, strings } from '../support/content-files';

// ---------------------------------------------------------------- helpers

/** MDX body as plain text: components, links and markup removed. */
function plain(body: string): string {
  return mdxToText(body, { weeks: 'ids', headings: true }).replace(/\s+/g, ' ');
}

interface Text {
  file: string;
  text: string;
}

const pages = collection('pages');
const steps = collection('steps');
const phases = collection('phases');

function mdxText(f: MdxFile): Text {
  const front = strings(f.data).join(' \n ');
  return { file: f.path, text: `${front} ${plain(f.body)}`.replace(/\s+/g, ' ') };
}

/** Every reader-facing text this issue owns: content/ without stories and keuzekaarten, plus the dictionary. */
const OWNED: Text[] = [
  ...[...pages, ...steps, ...phases].map(mdxText),
  ...listFiles(CONTENT, /\.ya?ml$/)
    .filter((f) => !/synonyms\.yaml$|[\\/]keuzekaarten[\\/]/.test(f))
    .map((file) => ({ file, text: strings(parse(readFileSync(file, 'utf8'))).join(' \n ').replace(/\s+/g, ' ') })),
  ...listFiles('src/i18n', /\.ts$/).map((file) => ({ file, text: readFileSync(file, 'utf8').replace(/\s+/g, ' ') })),
];

/** Sentences (with their file) that match `re`. */
function find(re: RegExp, texts: Text[] = OWNED): string[] {
  return texts.flatMap((t) => sentenceTexts(t.text).filter((s) => re.test(s)).map((s) => `${t.file}: ${s}`));
}

function page(id: string): MdxFile {
  const p = pages.find((x) => x.id === id);
  if (!p) throw new Error(`pagina ${id} ontbreekt`);
  return p;
}
const text = (f: MdxFile) => plain(f.body);
const phase1 = phases.find((p) => p.data['number'] === 1)!;
const step01 = steps.find((s) => s.id === '01-ziekmelding')!;

interface Term {
  id: string;
  short: string;
  long: string;
  related?: string[];
}
const glossary = yamlList<Term>('glossary.yaml');
function term(id: string): string {
  const t = glossary.find((x) => x.id === id);
  if (!t) throw new Error(`begrip ${id} ontbreekt`);
  return `${t.short} ${t.long}`.replace(/\s+/g, ' ');
}

// ------------------------------------------------------- must not return

describe('1. rest-tilted sentences do not come back (NHG: limited rest, avoid long absence)', () => {
  for (const [label, re] of [
    ['"rust is het belangrijkste"', /\b(rust is (nu )?(het|je)|is rust (nu )?het) belangrijkst/i],
    ['"Eerst komt rust"', /\beerst komt rust\b/i],
    ['"Rust gaat voor" / "rust is belangrijker"', /\brust gaat voor\b|\brust (is )?belangrijker\b/i],
    ['"Je hoeft nog niets te beslissen over je werk" / "Je hoeft nu nog niets te regelen"', /\bhoeft (nu )?nog niets te (beslissen|regelen|doen)\b/i],
    ['"Lees deze pagina pas als de vraag voor jou speelt"', /\bhoef je hier nog niet over na te denken\b|\bLees deze pagina pas als\b/i],
    ['"eerst beter slapen, voordat je aan werk denkt"', /\beerst beter slapen,? voordat je aan werk denkt\b/i],
    ['"Neem eerst rust"', /\bneem eerst rust\b/i],
  ] as const) {
    it(`no owned text says ${label}`, () => {
      expect(find(re)).toEqual([]);
    });
  }

  it('"Rem dan af" or "afremmen" never stands alone: the same text also asks for an early, gradual start', () => {
    const brake = /\brem (dan )?af\b|\bafremmen\b/i;
    const lonely = OWNED.filter((t) => brake.test(t.text) && !(/\b(vroeg|vroege)\b/i.test(t.text) && /\bkleine stap/i.test(t.text)));
    expect(lonely.map((t) => t.file)).toEqual([]);
  });

  it('the conflict page starts with contacting the bedrijfsarts, not with rest', () => {
    const body = page('regels-en-rollen/als-er-een-conflict-is').body;
    const first = /^1\.\s+(.*)$/m.exec(body)?.[1] ?? '';
    expect(first).toMatch(/bedrijfsarts/);
    expect(first).not.toMatch(/\brust\b/i);
    expect(body).toMatch(/^2\.\s+\*\*[^*]*kort[^*]*\*\*/m);
    expect(text(page('regels-en-rollen/als-er-een-conflict-is'))).toMatch(/Een conflict zelf is geen ziekte/);
  });

  it('the Ahmed example does not present another month at one morning as the model answer', () => {
    const t = text(page('samen-beslissen/de-vier-stappen/evalueren'));
    expect(t).not.toMatch(/nog een maand bij één ochtend te blijven/);
    expect(t).toMatch(/verder op te bouwen/);
    expect(t).toMatch(/signalen/);
  });

  it('the huisarts or psycholoog is not named as the one who decides for you; they think along with consent', () => {
    expect(find(/aan jouw kant zijn\. Bijvoorbeeld je huisarts/i)).toEqual([]);
    expect(find(/iemand aan de kant van de werknemer, zoals de huisarts/i)).toEqual([]);
    const t = text(page('samen-beslissen/als-je-nog-niet-kunt-beslissen'));
    expect(t).toMatch(/huisarts of psycholoog beslist niet over je werk/);
    expect(t).toMatch(/met jouw toestemming/);
  });

  it('the content guide asks for warm and activating text, not "never push speed"', () => {
    const readme = readFileSync('content/README.md', 'utf8');
    expect(readme).not.toMatch(/never push speed|rest is normal/i);
    expect(readme).toMatch(/long absence lowers the chance of return/);
  });
});

// ----------------------------------------------------- what must be there

describe('2. phase 1: little to decide, and the real first choices (issue 19 §2)', () => {
  it('the phase-1 hub says "weinig" and "voorlopig" and names rest, contact, a few hours and letting someone decide', () => {
    const t = text(phase1);
    expect(t).toMatch(/weinig te beslissen/);
    expect(t).toMatch(/voorlopig/);
    expect(t).toMatch(/Hoe lang je rust neemt\. Houd het kort\./);
    expect(t).toMatch(/Hoe en hoe vaak je contact hebt met je werk/);
    expect(t).toMatch(/paar uur iets voor je werk doet\. Dat bespreek je met de bedrijfsarts\./);
    expect(phase1.body).toMatch(/\]\(\/regels-en-rollen\/rechten-en-plichten\/wat-helpt-bij-herstel\/\)/);
    expect(t).toMatch(/iemand anders voorlopig beslist\. Dat neem je later terug\./);
    expect(t).toMatch(/alleen thuis afwachten is niet de veilige keuze/);
  });

  it('step 01 says there is little to arrange, agrees on contact and a day rhythm', () => {
    const t = text(step01);
    expect(t).toMatch(/weinig te regelen/);
    expect(t).toMatch(/voorlopig/);
    expect(t).toMatch(/hoe vaak jullie contact houden/);
    expect(t).toMatch(/vast ritme/);
  });

  it('the decision page on returning to work invites an early first step instead of waiting', () => {
    const t = text(page('regels-en-rollen/wie-beslist-wat/weer-aan-het-werk'));
    expect(t).toMatch(/eerste kleine stap/);
    expect(t).toMatch(/Hoe langer je helemaal weg bent, hoe moeilijker terugkomen vaak wordt/);
  });

  it('"wat ligt vast" agrees: little to choose, provisional, contact first', () => {
    expect(text(page('samen-beslissen/wat-ligt-vast'))).toMatch(/weinig te kiezen, en alles is voorlopig\. Het gaat vooral om hoe jullie contact houden/);
  });

  it('the glossary and the theme describe short rest, then rhythm and small steps', () => {
    for (const id of ['overspannenheid', 'burn-out']) {
      expect(term(id)).toMatch(/korte periode van rust/);
      expect(term(id)).toMatch(/dagritme/);
    }
    const theme = yamlList<{ id: string; intro: string }>('themes.yaml').find((x) => x.id === 'rust-en-ruimte')!;
    expect(theme.intro).not.toMatch(/vooral rust nodig/);
    expect(theme.intro).toMatch(/dagritme/);
  });

  it('professionals are asked to encourage an early, gradual start with an agreed plan', () => {
    for (const id of ['voor-professionals', 'samen-beslissen/wat-mag-je-verwachten']) {
      const t = text(page(id));
      expect(t, id).toMatch(/vroeg[^.]*(geleidelijk|kleine stappen)[^.]*plan/);
      expect(t, id).toMatch(/signalen/);
    }
  });
});

describe('3. depression, anxiety, treatment and staying at work', () => {
  const NEW = {
    'regels-en-rollen/rechten-en-plichten/wat-helpt-bij-herstel': [1, 2, 3],
    'regels-en-rollen/rechten-en-plichten/depressie-en-angst': [1, 2, 3],
    'regels-en-rollen/rechten-en-plichten/aan-het-werk-blijven': [3, 4],
  } as const;
  const queries = (JSON.parse(readFileSync('tests/fixtures/search-queries.json', 'utf8')) as { queries: { expect: string[] }[] }).queries;
  const hubs = phases.map((p) => [...((p.data['decide'] as string[]) ?? []), ...((p.data['read'] as string[]) ?? [])]);

  for (const [id, dosed] of Object.entries(NEW)) {
    it(`${id}: guideline sources, reviewed, dosed, on a hub and in the search fixture`, () => {
      const p = page(id);
      const sources = (p.data['sources'] as { title: string }[]).map((s) => s.title).join(' | ');
      expect(sources).toMatch(/NHG|LESA|Psychische problemen/);
      expect(String(p.data['reviewed'])).toBe('2026-12-07');
      expect(p.data['phases']).toEqual(dosed);
      expect(hubs.some((ids) => ids.includes(id))).toBe(true);
      expect(queries.some((q) => q.expect.includes(`/${id}/`))).toBe(true);
    });
  }

  it('"wat helpt bij herstel" names signs of doing too much and too little, and when to see the huisarts again', () => {
    const p = page('regels-en-rollen/rechten-en-plichten/wat-helpt-bij-herstel');
    const t = text(p);
    expect(t).toMatch(/te veel doet/);
    expect(t).toMatch(/te weinig doet/);
    expect(t).toMatch(/langer in bed/);
    for (const sign of [/geen vooruitgang/, /somberder/, /aan de dood denkt/, /alcohol[^.]*slaappillen/]) expect(t).toMatch(sign);
    expect(p.body).toMatch(/<Hulpnummer \/>/);
    expect(t).toMatch(/\b112\b/);
  });

  it('"depressie en angst" says avoidance keeps anxiety going, activity helps low mood, and the medication rules', () => {
    const t = text(page('regels-en-rollen/rechten-en-plichten/depressie-en-angst'));
    expect(t).toMatch(/vermijden houdt de angst in stand/i);
    expect(t).toMatch(/actief te blijven/);
    expect(t).toMatch(/POH-GGZ/);
    expect(t).toMatch(/antidepressiva/);
    expect(t).toMatch(/bijwerkingen/);
    expect(t).toMatch(/autorijden en machines/);
    expect(t).toMatch(/Stop niet op eigen houtje\. Ook niet als je weer gaat werken/);
    expect(t).toMatch(/werkgever hoort die diagnose niet/);
  });

  it('"aan het werk blijven" names relapse (about one in three), the relapse talk, a signal plan and continuing treatment', () => {
    const t = text(page('regels-en-rollen/rechten-en-plichten/aan-het-werk-blijven'));
    expect(t).toMatch(/een op de drie/);
    expect(t).toMatch(/gesprek over terugval/);
    expect(t).toMatch(/signaleringsplan/);
    expect(t).toMatch(/doorgaan met je behandeling/);
  });

  it('"behandeling en herstel" explains consent for contact with your therapist and that building up need not wait', () => {
    const t = text(page('regels-en-rollen/rechten-en-plichten/behandeling-en-herstel'));
    expect(t).toMatch(/alleen als jij toestemming geeft/);
    expect(t).toMatch(/behandelplan/);
    expect(t).toMatch(/toestemming weer intrekken/);
    expect(t).toMatch(/werk mee te nemen/);
    expect(t).toMatch(/Opbouwen hoeft niet te wachten tot je behandeling begint/);
  });

  it('the glossary explains depressie, angst en paniek and signaleringsplan, linked to the new pages', () => {
    for (const id of ['depressie', 'angst-en-paniek']) {
      const t = glossary.find((x) => x.id === id)!;
      expect(t.related).toContain('regels-en-rollen/rechten-en-plichten/depressie-en-angst');
    }
    expect(term('angst-en-paniek')).toMatch(/Vermijden[^.]*houdt de angst in stand/);
    expect(term('depressie')).toMatch(/Actief blijven helpt/);
    expect(term('signaleringsplan')).toMatch(/eerste signalen/);
  });
});

describe('4. help for someone else, and 112 in the help block (113 guidance)', () => {
  const hulp = page('hulp-nodig');

  it('/hulp-nodig/ gives 113’s advice for worries about someone else', () => {
    const t = text(hulp);
    expect(t).toMatch(/Denk je aan zelfdoding\?/);
    expect(t).toMatch(/niet op het idee/);
    expect(t).toMatch(/Blijf bij de persoon/);
    expect(t).toMatch(/direct gevaar\?[^.]*112/);
  });

  it('/hulp-nodig/ cites 113 itself, not a school assignment or news', () => {
    const urls = (hulp.data['sources'] as { url: string }[]).map((s) => s.url);
    expect(urls).toContain('https://www.113.nl');
    expect(urls.filter((u) => /schoolopdracht|upday|zeelandnet|zorgkrant/.test(u))).toEqual([]);
  });

  it('the urgent-help block has a line of hope and the ask-directly advice', () => {
    const U = nl.frame.help.urgent;
    expect(U.hope).toMatch(/beter worden/);
    expect(U.other.ask).toMatch(/Denk je aan zelfdoding\?[\s\S]*niet op het idee/);
    expect(U.other.stay).toMatch(/direct gevaar bel je \{alarm\}/);
    const component = readFileSync('src/components/UrgentHelp.astro', 'utf8');
    expect(component).toMatch(/U\.hope/);
    expect(component).toMatch(/U\.other\.ask/);
  });

  it('the help block on every page names 112', () => {
    expect(HELP.emergency.tel).toBe('112');
    expect(nl.frame.help.items.some((i) => /Direct gevaar\? Bel \{alarm\}/.test(i.text))).toBe(true);
    const block = readFileSync('src/components/HelpBlock.astro', 'utf8');
    expect(block).toMatch(/HELP_LINKS/);
  });
});
