/**
 * Every text the worksheet shows, in Dutch (B1, "je"). The island fetches them
 * from /werkblad/gegevens.json (see src/pages/werkblad/gegevens.json.ts), so
 * its JavaScript stays small; it only imports the types. The blank printable
 * worksheet (/werkblad/leeg/) uses the same texts, so both have the same
 * structure.
 *
 * Placeholders in curly braces ({n}, {tijd}) are filled in by the island.
 */
import { CONVERSATIONS, type ConversationKey } from '../../data/vocab';

type Pairs = readonly (readonly [string, string])[];

const conversationNames: Record<ConversationKey, string> = { ...CONVERSATIONS, algemeen: 'Een ander gesprek' };

export const LABELS = {
  basis: 'Gebaseerd op de Ottawa Personal Decision Guide en de vier stappen van samen beslissen.',
  noScript:
    'Het werkblad wordt geladen. Lukt dat niet? Voor het invullen op je scherm is JavaScript nodig. Je kunt ook het lege werkblad printen en met de hand invullen.',
  blankLink: 'Leeg werkblad om te printen',
  blankHref: '/werkblad/leeg/',
  loadError:
    'Het werkblad kon niet laden. Controleer je internetverbinding en laad de pagina opnieuw. Wat je eerder invulde, is niet weg.',

  list: {
    heading: 'Je werkbladen',
    empty: 'Je hebt nog geen werkblad. Maak er een voor je volgende gesprek.',
    intro: 'Maak voor elk gesprek een werkblad. Je kunt er meer bewaren.',
    new: 'Nieuw werkblad',
    open: 'Openen',
    delete: 'Verwijderen',
    deleteConfirm: 'Wil je ‘{naam}’ echt verwijderen? Dit kun je niet terugdraaien.',
    deleteYes: 'Ja, verwijderen',
    deleteNo: 'Nee, bewaren',
    deleted: 'Werkblad verwijderd.',
    untitled: 'Werkblad zonder naam',
    conversationOn: 'Gesprek op {datum}',
    madeOn: 'Gemaakt op {datum}',
    progress: '{n} van {totaal} onderdelen ingevuld',
  },

  editor: {
    back: 'Terug naar je werkbladen',
    blocksNav: 'Onderdelen van het werkblad',
    filled: 'ingevuld',
    stepOf: 'Onderdeel {n} van {totaal}',
    previous: 'Vorige',
    next: 'Volgende',
    nothingRequired: 'Niets is verplicht. Vul in wat je wilt, in je eigen tempo.',
    print: 'Printen of bewaren als pdf',
    done: 'Klaar? Je werkblad is bewaard. Je kunt het printen of meenemen als bestand.',
  },

  blocks: [
    { title: 'Over het gesprek', intro: 'Wat weet je al over het gesprek?' },
    { title: 'Keuze en doel', intro: 'Waar gaat het over, en wat wil je bereiken?' },
    { title: 'Opties', intro: 'Welke mogelijkheden zijn er? Ook ‘nog even wachten’ kan een optie zijn.' },
    { title: 'Steun', intro: 'Wie denken er mee, en hoe wil jij beslissen?' },
    { title: 'Klaar om te kiezen?', intro: 'Vier korte vragen. Zo zie je wat je nog nodig hebt om te kiezen.' },
    { title: 'Mijn vragen', intro: 'Kies vragen om in het gesprek te stellen. Of schrijf je eigen vragen op.' },
    { title: 'Na het gesprek', intro: 'Schrijf op wat jullie hebben afgesproken.' },
  ],

  about: {
    title: 'Naam voor dit werkblad',
    titleHint: 'Bijvoorbeeld: gesprek in maart. Mag leeg blijven.',
    conversation: 'Wat voor gesprek is het?',
    conversationNone: 'Kies een gesprek',
    conversations: Object.entries(conversationNames) as Pairs,
    when: 'Wanneer is het gesprek?',
    date: 'Datum',
    time: 'Tijd',
    mode: 'Hoe praten jullie met elkaar?',
    modes: [
      ['locatie', 'Op een plek, bijvoorbeeld op je werk'],
      ['telefoon', 'Telefoon'],
      ['video', 'Video (beeldbellen)'],
    ] as Pairs,
    companion: 'Neem je iemand mee?',
    companions: [
      ['ja', 'Ja'],
      ['nee', 'Nee'],
      ['weet-niet', 'Weet ik nog niet'],
    ] as Pairs,
    companionWho: 'Wie neem je (misschien) mee?',
    companionHint: 'Bijvoorbeeld je partner, een vriend of een collega.',
  },

  choice: {
    decision: 'Over welke keuze of welk onderwerp gaat het?',
    decisionHint: 'Bijvoorbeeld: hoeveel uur je gaat werken, of welke taken je eerst weer doet.',
    deadline: 'Wanneer moet het besloten zijn?',
    deadlineHint: 'Weet je het niet? Laat het leeg. Je kunt het in het gesprek vragen.',
    stage: 'Hoe ver ben je met kiezen?',
    stages: [
      ['niet', 'Ik heb er nog niet over nagedacht'],
      ['nadenken', 'Ik denk erover na'],
      ['bijna', 'Ik ben bijna klaar om te kiezen'],
      ['gekozen', 'Ik heb al gekozen'],
    ] as Pairs,
    goal: 'Wat is je doel? Wat wil je bereiken?',
  },

  options: {
    hint: 'Drie opties per gesprek is genoeg. Meer dan vijf kan niet.',
    full: 'Je hebt vijf opties. Meer kan niet. Drie per gesprek is vaak al genoeg.',
    none: 'Je hebt nog geen opties. Voeg er een toe.',
    option: 'Optie {n}',
    name: 'Wat is de optie?',
    add: 'Optie toevoegen',
    remove: 'Optie weghalen',
    removeConfirm: 'Wil je deze optie met alles wat erbij staat weghalen?',
    removeYes: 'Ja, weghalen',
    removeNo: 'Nee, houden',
    pros: 'Wat is goed aan deze optie?',
    cons: 'Wat is minder goed aan deze optie?',
    pro: 'Goed punt {n}',
    con: 'Minder goed punt {n}',
    addPro: 'Goed punt toevoegen',
    addCon: 'Minder goed punt toevoegen',
    removePoint: 'Punt weghalen',
    weight: 'Hoe belangrijk is dit voor jou?',
    weights: ['niet', 'een beetje', 'belangrijk', 'heel belangrijk'],
    leaning: 'Naar welke optie neig je?',
    leaningUnsure: 'Dat weet ik nog niet',
    unnamed: 'Optie {n} (zonder naam)',
  },

  support: {
    involved: 'Wie zijn er nog meer bij deze keuze betrokken?',
    involvedHint: 'Bijvoorbeeld je partner, je leidinggevende of de bedrijfsarts.',
    theirView: 'Wat vinden zij? Welke optie kiezen zij?',
    pressure: 'Voel je druk om een bepaalde keuze te maken?',
    pressures: [
      ['ja', 'Ja'],
      ['beetje', 'Een beetje'],
      ['nee', 'Nee'],
    ] as Pairs,
    pressureFrom: 'Van wie voel je die druk?',
    role: 'Hoe wil je beslissen?',
    roles: [
      ['zelf', 'Ik beslis zelf, als ik alles heb gehoord'],
      ['samen', 'We beslissen samen'],
      ['ander', 'Iemand anders beslist, voor nu'],
    ] as Pairs,
    roleNote:
      'Kun je nu niet kiezen? Dan mag je iemand anders laten beslissen. Dat is ook samen beslissen. Bij een volgende keuze kun je het weer anders doen.',
  },

  check: {
    yes: 'Ja',
    no: 'Nee',
    questions: [
      {
        key: 'zeker',
        text: 'Voel je je zeker over wat voor jou de beste keuze is?',
        tip: 'Twijfel is heel gewoon. Je hoeft niet meteen te kiezen. Vraag om bedenktijd. Kijk ook wat jij het belangrijkst vindt.',
        links: [['/samen-beslissen/de-vier-stappen/voorkeur/', 'Wat vind jij belangrijk?']] as Pairs,
      },
      {
        key: 'snap',
        text: 'Weet je genoeg over de opties, en over hun voor- en nadelen?',
        tip: 'Vraag in het gesprek om meer uitleg. Vraag ook wat elke optie voor jou betekent. Snap je een woord niet? Zoek het op.',
        links: [
          ['/samen-beslissen/de-vier-stappen/opties/', 'Opties op een rij'],
          ['/begrippen/', 'Begrippenlijst'],
        ] as Pairs,
      },
      {
        key: 'waarde',
        text: 'Weet je welke voor- en nadelen voor jou het zwaarst wegen?',
        tip: 'Kijk nog eens naar je opties. Welke punten vind je heel belangrijk? Die helpen je kiezen.',
        links: [['/samen-beslissen/de-vier-stappen/voorkeur/', 'Wat vind jij belangrijk?']] as Pairs,
      },
      {
        key: 'steun',
        text: 'Heb je genoeg steun en advies om te kiezen?',
        tip: 'Je mag iemand meenemen naar het gesprek. Je kunt ook hulp en advies vragen aan iemand buiten je werk.',
        links: [
          ['/samen-beslissen/iemand-meenemen/', 'Iemand meenemen'],
          ['/hulp-nodig/', 'Hulp en advies'],
        ] as Pairs,
      },
    ],
    nextStep: 'Wat kun je doen?',
    allYes: 'Je lijkt klaar om te kiezen. Je mag later altijd nog van gedachten veranderen.',
    someNo: 'Je twijfelt nog. Dat is heel normaal. Kijk bij elke ‘nee’ wat je kunt doen.',
  },

  questions: {
    phase: 'Vragen voor welke fase?',
    allPhases: 'Alle fasen',
    forConversation: 'Je ziet vragen voor dit gesprek: {gesprek}. En vragen voor elk gesprek.',
    forAll: 'Je ziet alle vragen. Kies bij ‘Over het gesprek’ wat voor gesprek het is. Dan zie je minder vragen.',
    pickLegend: 'Kies vragen',
    noneFound: 'Er zijn geen vragen bij deze keuze. Kies een andere fase.',
    own: 'Je eigen vragen',
    ownItem: 'Eigen vraag {n}',
    addOwn: 'Eigen vraag toevoegen',
    removeOwn: 'Vraag weghalen',
    pickedCount: '{n} vragen gekozen',
    pickedOne: '1 vraag gekozen',
  },

  after: {
    agreements: 'Welke afspraken hebben jullie gemaakt?',
    opinion: 'Wat vind je van het gesprek en de afspraken?',
    evaluation: 'Wanneer bespreken jullie hoe het gaat?',
    evaluationHint: 'Dit heet evalueren. Vraag om een datum als die er nog niet is.',
    calendar: 'Zet deze datum in je agenda',
    calendarHint: 'Je krijgt een bestand voor je agenda (.ics). Het blijft op je apparaat.',
    calendarTitle: 'Evaluatie: {gesprek}',
    calendarDescription: 'Bespreken hoe het gaat met de afspraken. Uit je werkblad van de Keuzehulp re-integratie.',
    report: 'Klopt het verslag van het gesprek?',
    reports: [
      ['ja', 'Ja'],
      ['nee', 'Nee'],
      ['niet-gezien', 'Ik heb het nog niet gezien'],
    ] as Pairs,
    notSeen: 'Je mag om het verslag vragen. Lees het rustig door als je het hebt.',
    wrongTitle: 'Klopt het verslag niet? Dit kun je doen',
    wrong: [
      'Zeg wat er niet klopt. Vraag of het verslag wordt verbeterd.',
      'Was het een gesprek met de bedrijfsarts? Dan mag je je dossier inzien. Je mag vragen om fouten te verbeteren (inzage- en correctierecht).',
      'Schrijf je eigen kijk op. Vraag of die bij het verslag komt.',
    ],
    wrongLinks: [
      ['/regels-en-rollen/wie-beslist-wat/reageren-op-een-verslag/', 'Reageren op een verslag'],
      ['/regels-en-rollen/rechten-en-plichten/inzage-en-correctie/', 'Inzage en correctie'],
    ] as Pairs,
  },

  data: {
    heading: 'Opslaan en meenemen',
    savedAt: 'Opgeslagen op dit apparaat, om {tijd}.',
    savedNothing: 'Wat je invult, wordt op dit apparaat bewaard. Niet op internet.',
    memoryOnly:
      'Opslaan staat uit. Wat je invult, is weg als je deze pagina sluit. Bewaar het als bestand of print het als je het wilt houden.',
    switchLabel: 'Bewaren op dit apparaat',
    switchHint: 'Zet dit uit op een computer van je werk of een computer die je deelt.',
    offConfirm: 'Als je bewaren uitzet, wissen we je werkbladen van dit apparaat. Wat nu open staat, blijft tot je de pagina sluit.',
    offYes: 'Ja, zet bewaren uit',
    offNo: 'Nee, blijf bewaren',
    exportTitle: 'Meenemen naar een ander apparaat',
    export: 'Bewaar als bestand',
    exportHint: 'Je krijgt een bestand (.json) met al je werkbladen. Open het op een ander apparaat met ‘Bestand openen’.',
    import: 'Bestand openen',
    importHint: 'Kies een bestand dat je eerder met ‘Bewaar als bestand’ hebt gemaakt. Je werkbladen worden erbij gezet.',
    imported: '{n} werkblad(en) toegevoegd.',
    importedNone: 'Deze werkbladen had je al. Er is niets veranderd.',
    wipe: 'Alles wissen',
    wipeHint: 'Wist al je werkbladen van dit apparaat.',
    wipeConfirm: 'Weet je het zeker? Al je werkbladen gaan weg. Dit kun je niet terugdraaien.',
    wipeYes: 'Ja, wis alles',
    wipeNo: 'Nee, niet wissen',
    wiped: 'Alles is gewist.',
    problems: {
      blocked:
        'Je browser laat deze site niets bewaren, bijvoorbeeld in een privévenster. Je kunt het werkblad wel gebruiken. Maar wat je invult, is weg als je de pagina sluit. Bewaar het als bestand of print het.',
      quota:
        'Er is geen ruimte meer om op te slaan op dit apparaat. Je laatste wijzigingen zijn nog niet bewaard. Bewaar je werkbladen als bestand, dan raak je niets kwijt.',
      corrupt:
        'We konden je opgeslagen werkbladen niet lezen. We hebben ze niet gewist: er staat een kopie in je browser. Je kunt nu verder in een leeg werkblad.',
      corruptKept:
        'We konden je opgeslagen werkbladen niet lezen. We laten ze staan en bewaren niets nieuws. Wat je nu invult, is weg als je de pagina sluit. Bewaar het als bestand.',
      future:
        'Je werkbladen zijn bewaard met een nieuwere versie van deze site. Laad de pagina opnieuw. Tot die tijd bewaren we niets, zodat je niets kwijtraakt.',
    },
    importErrors: {
      'too-large': 'Dit bestand is te groot (meer dan 1 MB). Het is geen bestand van dit werkblad. Er is niets veranderd.',
      empty: 'Dit bestand is leeg. Er is niets veranderd.',
      'not-json': 'Dit bestand kunnen we niet lezen. Kies het bestand dat je met ‘Bewaar als bestand’ hebt gemaakt. Er is niets veranderd.',
      'not-ours': 'Dit is geen bestand van dit werkblad. Kies het bestand dat je met ‘Bewaar als bestand’ hebt gemaakt. Er is niets veranderd.',
      future: 'Dit bestand is gemaakt met een nieuwere versie van deze site. Laad de pagina opnieuw en probeer het nog eens. Er is niets veranderd.',
      invalid: 'Dit bestand is beschadigd of niet compleet. Er is niets veranderd.',
      'too-many': 'Met dit bestand erbij heb je meer dan 100 werkbladen. Verwijder eerst werkbladen die je niet meer nodig hebt. Er is niets veranderd.',
      read: 'Het bestand kon niet worden geopend. Probeer het nog eens. Er is niets veranderd.',
    },
  },

  print: {
    nothing: 'Je hebt nog niets ingevuld.',
    from: 'Werkblad van de Keuzehulp re-integratie. Geprint op {datum}.',
    questionsPicked: 'Vragen die ik wil stellen',
    check: 'Klaar om te kiezen?',
  },

  /** Only on the blank printable worksheet. */
  blank: {
    printHint: 'Print deze pagina met de printknop van je browser. Op een computer kan dat ook met Ctrl+P (op een Mac: Cmd+P).',
    name: 'Naam',
    scale: 'Omcirkel hoe belangrijk een punt voor je is: 0 = niet, 1 = een beetje, 2 = belangrijk, 3 = heel belangrijk.',
    option: 'Optie {n}:',
    optionsHint: 'Drie opties per gesprek is genoeg.',
    ifNo: 'Bij nee:',
    questionsIntro: 'Een paar vragen per soort gesprek. Kruis aan wat je wilt vragen.',
    questionsMore: 'Meer vragen vind je bij Vragen voor je gesprek',
    questionsHref: '/vragen/',
  },

  months: ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'],
};

export type Labels = typeof LABELS;

/** Phase names for the phase filter and the blank worksheet ("Fase 1: Net ziek gemeld"). */
export type PhaseName = { number: number; name: string };

/** A question from the bank, as the island gets it. */
export interface BankQuestion {
  id: string;
  text: string;
  conversation: string;
  phases: number[];
  step: string;
}

/** What /werkblad/gegevens.json holds. */
export interface WorksheetData {
  labels: Labels;
  bank: BankQuestion[];
  phases: PhaseName[];
  /** [step key, step name] from STEPS, in order. */
  steps: [string, string][];
}

/** The few texts the island needs before its data has loaded (server-rendered, also without JavaScript). */
export const START_TEXT = {
  noScript: LABELS.noScript,
  blankLink: LABELS.blankLink,
  blankHref: LABELS.blankHref,
  loadError: LABELS.loadError,
};
export type StartText = typeof START_TEXT;
