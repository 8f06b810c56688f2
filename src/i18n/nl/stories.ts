/** The stories overview (/ervaringen/), story pages and story cards. */

/** The story filter script gets only this slice. */
export const storyFilterScript = {
  all: 'Alle {n} verhalen',
  none: 'Geen verhalen met deze keuze. Kies iets anders of wis de filters.',
  some: '{n} van de {totaal} verhalen',
};

export const stories = {
  crumb: 'Ervaringen',
  views: 'Manieren om te kijken',
  byTheme: 'Per thema',
  byPerson: 'Per persoon',
  count: { one: '{n} verhaal', other: '{n} verhalen' },
  themeTitle: '{thema}: ervaringen van anderen',
  themeEyebrow: 'Ervaringen per thema',
  laterQuotes: 'Ervaringen met spoor 2, de WIA en uit dienst gaan',
  allThemes: 'Alle thema’s',
  byPersonCount: { one: 'Per persoon ({n} verhaal)', other: 'Per persoon ({n} verhalen)' },
  filter: {
    heading: 'Verhalen filteren',
    phase: 'Fase',
    theme: 'Thema',
    outcome: 'Hoe het afliep',
    all: 'Alle',
    /** Sends the filter as an address (?fase=…); hidden once the script filters as you choose. */
    submit: 'Toon verhalen',
    reset: 'Filters wissen',
  },
  filterScript: storyFilterScript,
  /** Profile line: "40 tot 50 jaar · apothekersassistent · fases 3 en 4 · Ander werk". */
  age: '{van} tot {tot} jaar',
  ageOldest: '60 jaar of ouder',
  phases: { one: 'fase {lijst}', other: 'fases {lijst}' },
  eyebrow: 'Ervaringsverhaal',
  heading: 'Het verhaal van {naam}',
  /** Where a story comes from (src/data/vocab.ts STORY_BASIS_KEYS): a short label on cards, the full label on the story page. */
  basis: {
    onderzoek: 'Uit het onderzoek',
    praktijk: 'Uit de praktijk',
  },
  basisLong: {
    onderzoek: 'Wij schreven dit verhaal over onderwerpen die werknemers noemden in de gesprekken en de vragenlijst van het onderzoek. Het gaat niet over één echt persoon, en de namen zijn verzonnen.',
    praktijk: 'Het onderzoek ging niet over dit onderwerp. Dit verhaal is samengesteld uit situaties die in de praktijk vaak voorkomen. Het gaat niet over één echt persoon, en de namen zijn verzonnen.',
  },
  basisAbout: 'Over de verhalen',
  byNaaste: 'Dit verhaal vertelt iemand die dichtbij staat.',
  learn: 'Wat kun je hiervan leren?',
  laterPeople: 'Verhalen over later in je traject, zoals spoor 2 en de WIA',
  helped: 'Wat hielp',
  couldBeBetter: 'Wat had anders gekund',
  moreInfo: 'Meer informatie',
  others: 'Andere verhalen',
  all: 'Alle ervaringsverhalen',
};
