/** Interface text of the dedicated pages (home, questions, professionals, glossary, sources, journey, 404). Reader content lives in content/. */
import { page, routes } from '../../lib/routes';

/** Texts the question picker script on /vragen/ writes (imported by the script on its own). */
export const questionPickerScript = {
  picked: { one: 'Je hebt {n} vraag gekozen.', other: 'Je hebt {n} vragen gekozen.' },
  none: 'Nog geen vragen gekozen.',
  count: { one: '{n} vraag', other: '{n} vragen' },
};

export const pages = {
  home: {
    heading: 'Samen beslissen over je terugkeer naar werk',
    /** The one sentence under the title, before the phases. */
    lead: 'Ben je ziek thuis door psychische klachten? Hier lees je wat er gebeurt en wat je zelf kunt doen.',
    introLabel: 'Hoe gebruik je de keuzehulp?',
    components: 'Wat vind je hier?',
    componentCards: [
      { href: routes.samenBeslissen(), title: 'Samen beslissen', text: 'Wat meebeslissen is, en wat je kunt doen voor, tijdens en na een gesprek.' },
      { href: routes.regelsEnRollen(), title: 'Regels en rollen', text: 'Wat er in twee jaar gebeurt, wat je mag en moet, en wie wat doet.' },
      { href: routes.stories(), title: 'Ervaringen van anderen', text: 'Verhalen van werknemers in dezelfde fase. Goede en moeilijke ervaringen.' },
    ],
    tools: 'Zelf aan de slag',
    toolCards: [
      { href: routes.questions(), title: 'Vragen voor je gesprek', text: 'Kies vragen om mee te nemen naar je volgende gesprek.' },
      { href: routes.worksheet(), title: 'Werkblad', text: 'Bereid een gesprek voor. Zonder account; het blijft op je apparaat.' },
      { href: routes.calculator(), title: 'Wat komt er wanneer?', text: 'Zie welke momenten de komende weken komen.' },
      { href: routes.glossary(), title: 'Begrippenlijst', text: 'Wat betekent een woord? Korte uitleg in gewone taal.' },
    ],
    whatItIs: 'Wat deze keuzehulp wel en niet is',
    whatItIsText: [
      'Deze keuzehulp geeft uitleg en helpt je een gesprek voor te bereiden. Hij vertelt je niet wat je moet doen. Jij praat en beslist mee, samen met de mensen om je heen.',
      'De keuzehulp vervangt geen arts, jurist of vakbond. Twijfel je over je situatie? Vraag het dan aan je bedrijfsarts of aan het Juridisch Loket.',
    ],
    about: { href: routes.about(), label: 'Lees wie de keuzehulp maakt en hoe' },
  },

  notFound: {
    title: 'Pagina niet gevonden',
    description: 'Deze pagina bestaat niet (meer).',
    heading: 'Deze pagina vinden we niet',
    text: 'Misschien is de link oud, of zit er een typefout in het adres. Dat is niet erg.',
    search: 'Je kunt zoeken wat je zocht:',
    ways: 'Of ga verder via een van deze pagina’s:',
    home: { href: routes.home(), label: 'Naar de beginpagina', after: ' en kies je fase' },
    links: [
      { href: routes.questions(), label: 'Vragen voor je gesprek' },
      { href: routes.glossary(), label: 'Begrippenlijst' },
    ],
  },

  questions: {
    threeGood: 'De drie goede vragen',
    threeGoodAbout: { href: page('samen-beslissen/drie-goede-vragen'), label: 'Over de drie goede vragen' },
    filter: 'Laat vragen zien voor',
    filterPhase: 'Fase {n}',
    filterAll: 'Alle fases',
    first: 'Om mee te beginnen in deze fase',
    perConversation: 'Meer vragen per gesprek',
    later: 'Vragen voor later in je traject',
    /** After a conversation type: "(12 vragen)"; the script updates it to what the filter shows. */
    count: { one: '{n} vraag', other: '{n} vragen' },
    /** "(fase 1 en 2)" after a question. */
    allPhases: 'alle fases',
    somePhases: 'fase {lijst}',
    forStep: 'Meer vragen voor dit gesprek: {gesprek}',
    pickHint: 'Vink aan wat je wilt vragen. Zet je keuze in je werkblad, of print ze als één lijstje.',
    toWorksheet: 'Zet in mijn werkblad',
    print: 'Print mijn vragen',
    printHeading: 'Mijn vragen voor het gesprek',
    script: questionPickerScript,
  },

  worksheet: {
    about: 'Hoe werkt het werkblad, en waar komt het vandaan?',
  },

  professionals: {
    heading: 'Links en QR-codes per fase',
    intro: 'Elke link opent de fase direct. Er zit geen volgcode in: we zien niet wie hem gebruikt. Print een kaart, of laat de QR-code scannen.',
    handouts: 'De kaarten om mee te geven',
    fourHandoutsOf: 'Print 4 kaarten van fase {n}',
    copy: 'Kopieer link',
    copyWhich: ' van fase {n}',
    qr: 'QR-code:',
    qrWhich: 'QR-code van fase {n} als ',
    allHandouts: 'Alle kaarten op één A4 printen',
  },

  glossary: {
    crumb: 'Begrippenlijst',
    byLetter: 'Begrippen op letter',
    title: '{term}: wat betekent dat?',
    meaning: 'Wat betekent het?',
    more: 'Meer lezen',
    back: 'Terug naar de begrippenlijst',
    /** In the explanation pop-up of a term (rehype glossary plugin). */
    explained: ' (uitleg)',
    moreAbout: 'Meer over dit begrip',
    close: 'Sluiten',
  },

  sources: {
    all: 'Alle bronnen ({n})',
    /** The list comes in parts, each named after its first and last publisher. */
    parts: 'De lijst staat op meer pagina’s, op volgorde van de uitgever:',
    partsLabel: 'Delen van de bronnenlijst',
  },

  journey: {
    heading: 'De stappen per fase',
    intro: 'Je ziet eerst de stappen van je eigen fase. De andere fases zijn dicht. Je opent ze zelf als je wilt.',
    otherPhase: { href: routes.phaseChoice(), label: 'Andere fase kiezen' },
    foldLabel: 'Fase {n} · {weken}',
    stepNumber: 'Stap {n}: ',
    when: 'Wanneer',
    who: 'Wie',
    /** On a step page. */
    position: 'Stap {n} van {totaal}',
    positionPhase: ' · fase {fase}',
    prevNext: 'Vorige en volgende stap',
    prev: 'Vorige stap',
    next: 'Volgende stap',
    siblings: 'Alle stappen in fase {n}: {naam}',
    overview: 'Terug naar het overzicht van alle stappen',
  },
};
