/** Query handling for search: concepts, synonyms, IDF scoring, title reranking, safe excerpts. */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { asksAsProfessional, asksForExperiences, bestBetsFor, bestPerPage, combine, concepts, mergeHits, normalize, passesFilters, rerank, safeExcerpt, type BestBet, type Hit } from '../../src/lib/search-query';

const groups = [
  ['baas', 'leidinggevende', 'manager'],
  ['baas', 'werkgever'],
  ['2e spoor', 'tweede spoor', 'spoor 2'],
  ['burnout', 'burn-out', 'overspannen'],
];

describe('concepts', () => {
  it('drops filler words and keeps meaning', () => {
    expect(concepts('Wat moet ik doen als ik ziek ben?', []).map((c) => c.typed)).toEqual(['doen', 'ziek']);
  });

  it('finds synonym phrases, longest first, with every group they belong to', () => {
    const list = concepts('mag mijn baas het 2e spoor starten', groups);
    expect(list[0]).toEqual({ typed: '2e spoor', forms: ['2e spoor', 'tweede spoor', 'spoor 2'] });
    expect(list[1]).toEqual({ typed: 'baas', forms: ['baas', 'leidinggevende', 'manager', 'werkgever'] });
    expect(list[2]!.typed).toBe('starten');
  });

  it('never returns nothing for a query of only filler words', () => {
    expect(concepts('wat is het', []).map((c) => c.typed)).toEqual(['wat is het']);
  });

  it('normalises case, accents and punctuation but keeps hyphens', () => {
    expect(normalize('  Burn-Out?!  Wát ')).toBe('burn-out wát');
  });
});

describe('combine', () => {
  it('ranks pages that match more, and rarer, concepts first', () => {
    const common = [{ id: 'a', score: 1 }, { id: 'b', score: 1 }, { id: 'c', score: 1 }, { id: 'd', score: 1 }];
    const rare = [{ id: 'c', score: 0.5 }];
    expect(combine([common, rare], 100).map((r) => r.id)[0]).toBe('c');
  });

  it('ignores concepts that nothing matched and gives a bonus for the whole query', () => {
    const ranked = combine([[{ id: 'a', score: 2 }, { id: 'b', score: 2 }], []], 50, [{ id: 'b', score: 1 }]);
    expect(ranked.map((r) => r.id)).toEqual(['b', 'a']);
  });

  it('takes the best score per page over synonym forms', () => {
    expect(bestPerPage([[{ id: 'a', score: 1 }], [{ id: 'a', score: 3 }, { id: 'b', score: 2 }]])).toEqual([
      { id: 'a', score: 3 },
      { id: 'b', score: 2 },
    ]);
  });
});

describe('rerank', () => {
  it('puts the page whose title names the question first, explanations before terms and stories', () => {
    const list = concepts('tweede spoor', groups);
    const ranked = rerank(
      [
        { id: 'story', score: 1, title: 'Peter: spoor 2 was een nieuwe start', kind: 'ervaringen' },
        { id: 'term', score: 1, title: 'Spoor 2', kind: 'begrippen' },
        { id: 'page', score: 0.8, title: 'Spoor 2: werk zoeken bij een andere werkgever', kind: 'regels-en-rollen' },
        { id: 'other', score: 1, title: 'Tempo en uren', kind: 'regels-en-rollen' },
      ],
      list,
    );
    // A story comes after pages that answer, even one whose title names the topic (#22).
    expect(ranked.map((r) => r.id)).toEqual(['page', 'term', 'other', 'story']);
  });

  it('puts stories first when the reader asks for experiences', () => {
    const list = concepts('tweede spoor', groups);
    const candidates = [
      { id: 'page', score: 1, title: 'Spoor 2: werk zoeken bij een andere werkgever', kind: 'regels-en-rollen' },
      { id: 'story', score: 1, title: 'Peter: spoor 2 was een nieuwe start', kind: 'ervaringen' },
    ];
    expect(rerank(candidates, list, false)[0]!.id).toBe('page');
    expect(rerank(candidates, list, true)[0]!.id).toBe('story');
  });
});

describe('pages for professionals (issue 26)', () => {
  const list = concepts('bedrijfsarts', groups);
  const candidates = [
    { id: 'pro', score: 1, title: 'Samen beslissen als bedrijfsarts', kind: 'algemeen', professional: true },
    { id: 'role', score: 0.8, title: 'De bedrijfsarts', kind: 'regels-en-rollen' },
  ];

  it('puts the employee’s page before the page for professionals', () => {
    expect(rerank(candidates, list, false, false)[0]!.id).toBe('role');
  });

  it('lets the page for professionals count in full when a professional searches', () => {
    expect(rerank(candidates, list, false, true)[0]!.id).toBe('pro');
  });

  it('knows when a professional searches, by whole words', () => {
    expect(asksAsProfessional('als leidinggevende samen beslissen')).toBe(true);
    expect(asksAsProfessional('keuzekaart gebruiken in het consult')).toBe(true);
    expect(asksAsProfessional('Hoe gebruik ik de keuzehulp in mijn gesprek?')).toBe(true);
    expect(asksAsProfessional('mag bedrijfsarts mijn psycholoog bellen')).toBe(false);
    expect(asksAsProfessional('wat doet een casemanager')).toBe(false);
    expect(asksAsProfessional('consulten')).toBe(false);
  });
});

describe('experiences and best bets', () => {
  const hit = (url: string, kind = 'algemeen', phases = ['1', '2']): Hit => ({ url, title: url, excerpt: '', kind, phases });
  const bets: BestBet[] = [
    { words: ['voorbereiden', 'wat moet ik zeggen'], hits: [hit('/werkblad/'), hit('/vragen/')] },
    { words: ['vragen lijst'], hits: [hit('/vragen/')] },
    { words: ['contract loopt af'], hits: [hit('/ziek-uit-dienst/', 'regels-en-rollen', ['2', '3'])] },
  ];

  it('knows when a reader asks for other people’s experiences', () => {
    expect(asksForExperiences('ervaring minder uren')).toBe(true);
    expect(asksForExperiences('iemand die ook spoor 2 deed')).toBe(true);
    expect(asksForExperiences('Verhalen van anderen?')).toBe(true);
    expect(asksForExperiences('minder uren werken')).toBe(false);
    // Whole words only: "verhaalt" and "iemand" alone do not count.
    expect(asksForExperiences('iemand meenemen')).toBe(false);
  });

  it('reads "iemand die" after van, voor, met or naast as the person cared for, not as a request for stories (#26)', () => {
    // Was a miss: the best bets for naasten were skipped, so /voor-naasten/zorg-voor-jezelf/ fell out of the top 3.
    expect(asksForExperiences('zwaar als partner van iemand die ziek thuis zit')).toBe(false);
    expect(asksForExperiences('zorgen voor iemand die overspannen is')).toBe(false);
    expect(asksForExperiences('samenwonen met iemand die depressief is')).toBe(false);
    // Still stories: "iemand die" on its own, or another experience word in the same search.
    expect(asksForExperiences('iemand die ook spoor 2 heeft gedaan')).toBe(true);
    expect(asksForExperiences('hoe ging het bij iemand die ook ziek thuis zat')).toBe(true);
    expect(asksForExperiences('ervaring van iemand die ook burn-out had')).toBe(true);
  });

  it('finds best bets by whole words, in order, without doubles', () => {
    expect(bestBetsFor('hoe kan ik een gesprek voorbereiden', bets).map((h) => h.url)).toEqual(['/werkblad/', '/vragen/']);
    expect(bestBetsFor('Wat moet ik zeggen? vragen lijst', bets).map((h) => h.url)).toEqual(['/werkblad/', '/vragen/']);
    expect(bestBetsFor('voorbereidend', bets)).toEqual([]);
    expect(bestBetsFor('bedrijfsarts', bets)).toEqual([]);
  });

  it('puts the pages for naasten first when a naaste’s search also matches an employee’s bet (content/best-bets.yaml)', () => {
    const file = parse(readFileSync('content/best-bets.yaml', 'utf8')) as { id: string; words: string[]; pages: string[] }[];
    const real: BestBet[] = file.map((b) => ({ words: b.words, hits: b.pages.map((p) => hit(`/${p}/`)) }));
    const urls = (q: string) => bestBetsFor(q, real).map((h) => h.url);
    // Matches both `voor-naasten` ("mijn man is") and `contact` ("hoe vaak contact").
    expect(urls('mijn man is overspannen, hoe vaak contact met werk')).toEqual(['/voor-naasten/', '/voor-naasten/de-eerste-weken/', '/regels-en-rollen/wie-beslist-wat/hoe-vaak-gesprekken/']);
    // "Wachttijd" is the WIA's 104 weeks on this site, not a waiting list for treatment: no bet sends it to treatment pages.
    expect(urls('wachttijd wia').some((u) => u.includes('behandeling'))).toBe(false);
  });

  it('keeps the reader’s filters for best bets', () => {
    expect(bestBetsFor('mijn contract loopt af', bets, { fase: '1' })).toEqual([]);
    expect(bestBetsFor('mijn contract loopt af', bets, { fase: '3', onderdeel: 'regels-en-rollen' })).toHaveLength(1);
    expect(passesFilters(hit('/x/', 'ervaringen'), { onderdeel: 'regels-en-rollen' })).toBe(false);
  });

  it('merges best bets and results without doubles, at most the maximum', () => {
    const merged = mergeHits([hit('/a/'), hit('/b/')], [hit('/b/'), hit('/c/'), hit('/d/')], 3);
    expect(merged.map((h) => h.url)).toEqual(['/a/', '/b/', '/c/']);
  });
});

describe('safeExcerpt', () => {
  it('keeps highlights and escapes everything else', () => {
    expect(safeExcerpt('de <mark>bedrijfsarts</mark> <script>x</script>')).toBe('de <mark>bedrijfsarts</mark> &lt;script&gt;x&lt;/script&gt;');
  });
});
