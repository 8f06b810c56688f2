/**
 * Regression tests for the occupational physician's review of the health
 * content (round 3, after issue #21): each test fails if a corrected sentence
 * returns. Guidelines: NHG-Standaard Overspanning en burn-out, LESA, the NVAB
 * richtlijn Psychische problemen, 113 Zelfmoordpreventie (brief §10).
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { collection, listFiles, yamlList } from '../support/content-files';

const pages = collection('pages');
const stories = collection('stories');
const body = (list: typeof pages, id: string): string => {
  const f = list.find((x) => x.id === id);
  if (!f) throw new Error(`${id} ontbreekt`);
  return f.body.replace(/\s+/g, ' ');
};

interface Option {
  id: string;
  evidence: { text: string };
}
function card(id: string): Option[] {
  return (parse(readFileSync(`content/keuzekaarten/${id}.yaml`, 'utf8')) as { options: Option[] }).options;
}

describe('medical review: health claims stay within the guidelines', () => {
  it('burn-out in the glossary is not a label for the first weeks: doctors use it after about half a year', () => {
    const t = yamlList<{ id: string; long: string }>('glossary.yaml').find((x) => x.id === 'burn-out')!;
    expect(t.long.replace(/\s+/g, ' ')).toMatch(/langer dan ongeveer een half jaar/);
  });

  it('relapse is not given as one exact figure without a source', () => {
    const t = body(pages, 'regels-en-rollen/rechten-en-plichten/aan-het-werk-blijven');
    expect(t).not.toMatch(/valt ongeveer een op de drie later opnieuw uit/);
    expect(t).toMatch(/verschilt per onderzoek/);
  });

  it('the "wachten" card says that half a year to a year at home is what people did, not advice', () => {
    const wachten = card('weer-aan-het-werk').find((o) => o.id === 'wachten')!;
    expect(wachten.evidence.text).toMatch(/half jaar tot een jaar thuis\. Dat is wat zij deden, geen advies\./);
  });

  it('the tempo card does not say the guideline puts building up by feel on a par with agreed steps', () => {
    const all = card('tempo-en-uren').map((o) => o.evidence.text).join(' ');
    expect(all).not.toMatch(/De richtlijn noemt opbouwen op hoe het gaat ook als een manier/);
    expect(all).toMatch(/De richtlijn gaat vooral uit van vooraf afgesproken stappen\./);
  });

  it('a copy of the NVAB guideline on a document-sharing site is not labelled as the NVAB itself', () => {
    const files = listFiles('content', /\.mdx$/).filter((f) => readFileSync(f, 'utf8').includes('fdocuments.nl/'));
    expect(files.length).toBeGreaterThan(0);
    for (const f of files) {
      expect(readFileSync(f, 'utf8'), f).not.toMatch(/publisher: NVAB\n\s+url: https:\/\/fdocuments/);
    }
  });

  it('every "Denk je aan zelfdoding?" on the recovery pages comes with hope (113: pair it with hope and help)', () => {
    for (const id of ['regels-en-rollen/rechten-en-plichten/wat-helpt-bij-herstel', 'regels-en-rollen/rechten-en-plichten/depressie-en-angst']) {
      expect(body(pages, id), id).toMatch(/Denk je aan zelfdoding\? (Dan ben je|Je bent) niet alleen, en er is hulp\./);
    }
  });

  it('professionals are told about conflicts (bedrijfsarts early, do not medicalise) and about asking directly', () => {
    const t = body(pages, 'voor-professionals');
    expect(t).toMatch(/conflict[^.]*\? Betrek dan snel de bedrijfsarts\. Maak van het conflict geen ziekte/);
    expect(t).toMatch(/aan zelfdoding denkt\. Daarmee breng je niemand op het idee/);
  });

  it('Marieke: "beter af zonder hem" is taken seriously; Annemiek: a stalled recovery sends you back to the huisarts', () => {
    expect(body(stories, 'marieke')).toMatch(/<Note>[^<]*altijd serieus[^<]*<Hulpnummer soort="naam" \/>[^<]*112[^<]*<\/Note>/);
    expect(body(stories, 'annemiek')).toMatch(/<Note>[^<]*Stokt je herstel[^<]*huisarts[^<]*<\/Note>/);
  });
});

describe('medical review: phase 1', () => {
  it('day structure is the reader’s own choice; only a first step in work is discussed with the bedrijfsarts', () => {
    const t = collection('phases').find((p) => p.data['number'] === 1)!.body.replace(/\s+/g, ' ');
    expect(t).not.toMatch(/iets doet voor structuur, als de bedrijfsarts dat goed vindt/);
    expect(t).toMatch(/Hoe je je dag indeelt\. Een vast ritme helpt\./);
  });
});

describe('medical review: back at work', () => {
  it('step 10 points to relapse prevention: the talk with the bedrijfsarts, a signal plan, continuing treatment', () => {
    const t = collection('steps').find((s) => s.id === '10-weer-aan-het-werk')!.body.replace(/\s+/g, ' ');
    expect(t).toMatch(/gesprek over het voorkomen van terugval/);
    expect(t).toMatch(/signaleringsplan\]\(\/regels-en-rollen\/rechten-en-plichten\/aan-het-werk-blijven\/\)/);
    expect(t).toMatch(/Loopt je behandeling nog\? Ga er dan mee door/);
  });
});

describe('medical review: stories that model avoidance', () => {
  it('Youssef’s months without work, with panic, carry a note on avoidance and on driving for work', () => {
    const t = collection('stories').find((s) => s.id === 'youssef')!.body.replace(/\s+/g, ' ');
    expect(t).toMatch(/<Note>[^<]*lang vermijden de angst vaak in stand[^<]*Rijd je voor je werk\?[^<]*bedrijfsarts[^<]*<\/Note>/);
  });
});
