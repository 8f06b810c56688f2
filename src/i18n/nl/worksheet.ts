/**
 * Every text of the worksheet (B1, "je"), typed against its structure in
 * src/lib/worksheet/form.ts: a block, field or choice value without a text is
 * a type error. The island fetches this slice from /werkblad/gegevens.json
 * (so its JavaScript stays small); the blank printable worksheet
 * (/werkblad/leeg/) uses the same texts.
 *
 * Placeholders in curly braces ({n}, {tijd}) are filled in with fmt()/plural().
 */
import type { BlockKey, CheckItem, FieldKey, KeysOfKind, ValuesOf } from '../../lib/worksheet/form';
import { page, routes } from '../../lib/routes';
import type { Plural } from '../format';
import { CONVERSATIONS } from './vocab';

type Link = readonly [href: string, text: string];
/** A follow-up shown under a choice when a value is picked (and on the blank page when `blank`). */
interface Tip {
  title?: string;
  text?: string;
  items?: readonly string[];
  links?: readonly Link[];
  /** Also printed on the blank worksheet. */
  blank?: boolean;
}
type ChoiceKey = KeysOfKind<'choice' | 'select'>;

const blocks: Record<BlockKey, { title: string; intro: string }> = {
  gesprek: { title: 'Over het gesprek', intro: 'Wat weet je al over het gesprek?' },
  keuze: { title: 'Keuze en doel', intro: 'Waar gaat het over, en wat wil je bereiken?' },
  opties: { title: 'Opties', intro: 'Welke mogelijkheden zijn er? Ook ‘nog even wachten’ kan een optie zijn.' },
  steun: { title: 'Steun', intro: 'Wie denken er mee, en hoe wil jij beslissen?' },
  check: { title: 'Klaar om te kiezen?', intro: 'Vier korte vragen. Zo zie je wat je nog nodig hebt om te kiezen.' },
  vragen: { title: 'Mijn vragen', intro: 'Kies vragen om in het gesprek te stellen. Of schrijf je eigen vragen op.' },
  na: { title: 'Na het gesprek', intro: 'Schrijf op wat jullie hebben afgesproken.' },
};

/** Label (and optional hint before, or note after the answer) of every field. */
const fields: Record<FieldKey, { label: string; hint?: string; note?: string }> = {
  conversation: { label: 'Wat voor gesprek is het?' },
  date: { label: 'Datum' },
  time: { label: 'Tijd' },
  mode: { label: 'Hoe praten jullie met elkaar?' },
  companion: { label: 'Neem je iemand mee?' },
  companionWho: { label: 'Wie neem je (misschien) mee?', hint: 'Bijvoorbeeld je partner, een vriend of een collega.' },
  title: { label: 'Naam voor dit werkblad', hint: 'Bijvoorbeeld: gesprek in maart. Mag leeg blijven.' },
  decision: {
    label: 'Over welke keuze of welk onderwerp gaat het?',
    hint: 'Bijvoorbeeld: hoeveel uur je gaat werken, of welke taken je eerst weer doet.',
  },
  deadline: { label: 'Wanneer moet het besloten zijn?', hint: 'Weet je het niet? Laat het leeg. Je kunt het in het gesprek vragen.' },
  stage: { label: 'Hoe ver ben je met kiezen?' },
  goal: { label: 'Wat is je doel? Wat wil je bereiken?' },
  important: {
    label: 'Wat vind jij het belangrijkst bij deze keuze?',
    hint: 'Bijvoorbeeld: je herstel, zekerheid over geld of contact met je collega’s. Kies er hooguit drie.',
  },
  options: { label: 'Opties' },
  leaning: { label: 'Naar welke optie neig je?' },
  involved: { label: 'Wie zijn er nog meer bij deze keuze betrokken?', hint: 'Bijvoorbeeld je partner, je leidinggevende of de bedrijfsarts.' },
  theirView: { label: 'Wat vinden zij? Welke optie kiezen zij?' },
  pressure: { label: 'Voel je druk om een bepaalde keuze te maken?' },
  pressureFrom: { label: 'Van wie voel je die druk?' },
  role: {
    label: 'Hoe wil je beslissen?',
    note: 'Kun je nu niet kiezen? Dan mag je iemand anders laten beslissen. Dat is ook samen beslissen. Bij een volgende keuze kun je het weer anders doen.',
  },
  sure: { label: 'Klaar om te kiezen?' },
  picked: { label: 'Vragen die ik wil stellen' },
  own: { label: 'Je eigen vragen' },
  agreements: { label: 'Welke afspraken hebben jullie gemaakt?' },
  opinion: { label: 'Wat vind je van het gesprek en de afspraken?' },
  again: {
    label: 'Kijk je later terug? Zou je weer zo kiezen?',
    hint: 'Vul dit in als je een tijdje verder bent, bijvoorbeeld bij de evaluatie.',
  },
  different: { label: 'Wat zou je de volgende keer anders doen?', hint: 'Bij deze keuze, of in het gesprek zelf.' },
  evaluation: { label: 'Wanneer bespreken jullie hoe het gaat?', hint: 'Dit heet evalueren. Vraag om een datum als die er nog niet is.' },
  report: { label: 'Klopt het verslag van het gesprek?' },
};

const yesNo = { ja: 'Ja', nee: 'Nee' } as const;

/** What readers see for every choice value. */
const choices: { [K in ChoiceKey]: Record<ValuesOf<K> & string, string> } = {
  conversation: { ...CONVERSATIONS, algemeen: 'Een ander gesprek' },
  mode: { locatie: 'Op een plek, bijvoorbeeld op je werk', telefoon: 'Telefoon', video: 'Video (beeldbellen)' },
  companion: { ...yesNo, 'weet-niet': 'Weet ik nog niet' },
  stage: {
    niet: 'Ik heb er nog niet over nagedacht',
    nadenken: 'Ik denk erover na',
    bijna: 'Ik ben bijna klaar om te kiezen',
    gekozen: 'Ik heb al gekozen',
  },
  pressure: { ja: 'Ja', beetje: 'Een beetje', nee: 'Nee' },
  role: { zelf: 'Ik beslis zelf, als ik alles heb gehoord', samen: 'We beslissen samen', ander: 'Iemand anders beslist, voor nu' },
  report: { ...yesNo, 'niet-gezien': 'Ik heb het nog niet gezien' },
  again: { ja: 'Ja', twijfel: 'Ik twijfel', nee: 'Nee' },
};

/** Follow-ups under a choice value. */
const tips: { [K in ChoiceKey]?: Partial<Record<ValuesOf<K> & string, Tip>> } = {
  report: {
    'niet-gezien': { text: 'Je mag om het verslag vragen. Lees het rustig door als je het hebt.' },
    nee: {
      title: 'Klopt het verslag niet? Dit kun je doen',
      items: [
        'Zeg wat er niet klopt. Vraag of het verslag wordt verbeterd.',
        'Was het een gesprek met de bedrijfsarts? Dan mag je je dossier inzien. Je mag vragen om fouten te verbeteren (inzage- en correctierecht).',
        'Schrijf je eigen kijk op. Vraag of die bij het verslag komt.',
      ],
      links: [
        [page('regels-en-rollen/wie-beslist-wat/reageren-op-een-verslag'), 'Reageren op een verslag'],
        [page('regels-en-rollen/rechten-en-plichten/inzage-en-correctie'), 'Inzage en correctie'],
      ],
      blank: true,
    },
  },
};

/** The check: four questions in our own words, based on the SURE test, each with a next step for "nee". */
const checkItems: Record<CheckItem, { text: string; tip: string; links: readonly Link[] }> = {
  zeker: {
    text: 'Voel je je zeker over wat voor jou de beste keuze is?',
    tip: 'Twijfel is heel gewoon. Je hoeft niet meteen te kiezen. Vraag om bedenktijd. Kijk ook wat jij het belangrijkst vindt.',
    links: [[page('samen-beslissen/de-vier-stappen/voorkeur'), 'Wat vind jij belangrijk?']],
  },
  snap: {
    text: 'Weet je genoeg over de opties, en over hun voor- en nadelen?',
    tip: 'Vraag in het gesprek om meer uitleg. Vraag ook wat elke optie voor jou betekent. Snap je een woord niet? Zoek het op.',
    links: [
      [page('samen-beslissen/de-vier-stappen/opties'), 'Opties op een rij'],
      [routes.glossary(), 'Begrippenlijst'],
    ],
  },
  waarde: {
    text: 'Weet je welke voor- en nadelen voor jou het zwaarst wegen?',
    tip: 'Kijk nog eens naar je opties. Welke punten vind je heel belangrijk? Die helpen je kiezen.',
    links: [[page('samen-beslissen/de-vier-stappen/voorkeur'), 'Wat vind jij belangrijk?']],
  },
  steun: {
    text: 'Heb je genoeg steun en advies om te kiezen?',
    tip: 'Je kunt vragen of je iemand mag meenemen naar het gesprek. Meestal mag dat. Je kunt ook hulp en advies vragen aan iemand buiten je werk.',
    links: [
      [page('samen-beslissen/iemand-meenemen'), 'Iemand meenemen'],
      [routes.help(), 'Hulp en advies'],
    ],
  },
};

export const worksheet = {
  /** The basis of the method, on the blank printable worksheet (on /werkblad/ it is in the folded "hoe werkt het"). */
  basis:
    'Gebaseerd op de Ottawa Personal Decision Guide en de vier stappen van samen beslissen. De vier vragen bij ‘Klaar om te kiezen?’ komen uit de SURE-test (Légaré e.a., 2010).',
  noScript: 'Voor het invullen op je scherm is JavaScript nodig. Staat dat uit? Print dan het lege werkblad en vul het met de hand in.',
  blankLink: 'Leeg werkblad om te printen',
  blankHref: routes.blankWorksheet(),
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
    /** The closed list of all steps, under the step ("Alle stappen (3 van 7 ingevuld)"). */
    allSteps: 'Alle stappen ({n} van {totaal} ingevuld)',
    filled: 'ingevuld',
    stepOf: 'Stap {n} van {totaal}',
    previous: 'Vorige',
    next: 'Volgende',
    nothingRequired: 'Niets is verplicht. Vul in wat je wilt, in je eigen tempo.',
    print: 'Printen of bewaren als pdf',
    done: 'Klaar? Je werkblad is bewaard. Je kunt het printen of meenemen als bestand.',
  },

  blocks,
  /** Questions shared by fields with the same `group`. */
  groups: { when: 'Wanneer is het gesprek?' },
  fields,
  choices,
  tips,
  /** The empty first entry of a select. */
  selectNone: 'Kies een gesprek',

  options: {
    hint: 'Bespreek liefst niet meer dan drie opties per gesprek. Meer dan vijf kan niet.',
    full: 'Je hebt vijf opties. Meer kan niet. Bespreek er liefst niet meer dan drie per gesprek.',
    none: 'Je hebt nog geen opties. Voeg er een toe.',
    option: 'Optie {n}',
    name: 'Wat is de optie?',
    /** Suggestions from the decision card the option came from, to take over one by one. */
    fromCard: 'Van de keuzekaart. Neem over wat voor jou klopt:',
    takeOver: 'Overnemen',
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
    leaningUnsure: 'Dat weet ik nog niet',
    unnamed: 'Optie {n} (zonder naam)',
  },

  check: {
    ...yesNo,
    items: checkItems,
    nextStep: 'Wat kun je doen?',
    allYes: 'Je lijkt klaar om te kiezen. Je mag later altijd nog van gedachten veranderen.',
    someNo: 'Je twijfelt nog. Dat is heel normaal. Kijk bij elke ‘nee’ wat je kunt doen.',
  },

  questions: {
    phase: 'Vragen voor welke fase?',
    allPhases: 'Alle fasen',
    phaseOption: 'Fase {n}: {naam}',
    forConversation: 'Je ziet vragen voor dit gesprek: {gesprek}. En vragen voor elk gesprek.',
    forAll: 'Je ziet alle vragen. Kies bij ‘Over het gesprek’ wat voor gesprek het is. Dan zie je minder vragen.',
    noneFound: 'Er zijn geen vragen bij deze keuze. Kies een andere fase.',
    ownItem: 'Eigen vraag {n}',
    addOwn: 'Eigen vraag toevoegen',
    removeOwn: 'Vraag weghalen',
    picked: { one: '{n} vraag gekozen', other: '{n} vragen gekozen' } satisfies Plural,
    more: { one: 'Toon nog {n} vraag', other: 'Toon nog {n} vragen' } satisfies Plural,
    fewer: 'Toon minder vragen',
  },

  calendar: {
    button: 'Zet deze datum in je agenda',
    hint: 'Je krijgt een bestand voor je agenda (.ics). Het blijft op je apparaat.',
    title: 'Evaluatie: {gesprek}',
    description: 'Bespreken hoe het gaat met de afspraken. Uit je werkblad van de Keuzehulp re-integratie.',
    fileName: 'evaluatie-{datum}.ics',
  },

  data: {
    heading: 'Opslaan en meenemen',
    savedAt: 'Opgeslagen op dit apparaat, om {tijd}.',
    savedNothing: 'Wat je invult, wordt op dit apparaat bewaard. Niet op internet.',
    memoryOnly:
      'Opslaan staat uit. Wat je invult, is weg als je deze pagina sluit. Bewaar het als bestand of print het als je het wilt houden.',
    switchLabel: 'Bewaren op dit apparaat',
    switchHint: 'Geldt voor de hele keuzehulp, ook voor bewaarde pagina’s, je fase en je datum. Zet dit uit op een computer van je werk of een computer die je deelt.',
    offConfirm: 'Als je bewaren uitzet, wissen we alles van dit apparaat: je werkbladen, bewaarde pagina’s, waar je was, je fase en je datum. Wat nu open staat, blijft tot je de pagina sluit.',
    offYes: 'Ja, zet bewaren uit',
    offNo: 'Nee, blijf bewaren',
    exportTitle: 'Meenemen naar een ander apparaat',
    export: 'Bewaar als bestand',
    exportHint: 'Je krijgt een bestand (.json) met al je werkbladen. Open het op een ander apparaat met ‘Bestand openen’.',
    import: 'Bestand openen',
    importHint: 'Kies een bestand dat je eerder met ‘Bewaar als bestand’ hebt gemaakt. Je werkbladen worden erbij gezet.',
    imported: { one: '{n} werkblad toegevoegd.', other: '{n} werkbladen toegevoegd.' } satisfies Plural,
    importedNone: 'Deze werkbladen had je al. Er is niets veranderd.',
    wipe: 'Alles wissen',
    wipeHint: 'Wist alles van dit apparaat: je werkbladen, bewaarde pagina’s, waar je was, je fase en je datum.',
    wipeConfirm: 'Weet je het zeker? Alles gaat weg: je werkbladen, bewaarde pagina’s, waar je was, je fase en je datum. Dit kun je niet terugdraaien.',
    wipeYes: 'Ja, wis alles',
    wipeNo: 'Nee, niet wissen',
    wiped: 'Alles is gewist.',
    /** Two tabs changed the same worksheet before either saved: both versions are kept. */
    conflict:
      'Je hebt ‘{titels}’ in twee tabbladen tegelijk veranderd. We hebben beide versies bewaard. De versie uit het andere tabblad staat in je lijst met ‘(uit ander tabblad)’ erachter. Kijk welke je wilt houden en verwijder de andere.',
    conflictOk: 'Begrepen',
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

  /** A worksheet made from a link (a decision card, or questions picked on the question page). */
  started: {
    kaart: 'Je hebt een nieuw werkblad met de opties van de keuzekaart. Bij elke optie kun je punten van de kaart overnemen. Je kunt alles aanpassen.',
    vragen: 'Je hebt een nieuw werkblad met de vragen die je koos. Je kunt er meer kiezen of je eigen vragen toevoegen.',
  },

  print: {
    nothing: 'Je hebt nog niets ingevuld.',
    from: 'Werkblad van de Keuzehulp re-integratie. Geprint op {datum}.',
  },

  /** Only on the blank printable worksheet. */
  blank: {
    printHint: 'Print deze pagina met de printknop van je browser. Op een computer kan dat ook met Ctrl+P (op een Mac: Cmd+P).',
    name: 'Naam',
    /** {schaal} is filled with the weights: "0 = niet, 1 = een beetje, …". */
    scale: 'Omcirkel hoe belangrijk een punt voor je is: {schaal}.',
    option: 'Optie {n}:',
    optionsHint: 'Liefst niet meer dan drie opties per gesprek.',
    ifNo: 'Bij nee:',
    questionsIntro: 'Een paar vragen per soort gesprek. Kruis aan wat je wilt vragen.',
    questionsMore: 'Meer vragen vind je bij Vragen voor je gesprek',
    questionsHref: routes.questions(),
  },
};

export type WorksheetLabels = typeof worksheet;
export type { Tip as WorksheetTip };

/** The few texts the island needs before its data has loaded (server-rendered, also without JavaScript). */
export const worksheetStart = {
  /** Title of the other tab's version when both tabs changed the same worksheet. */
  copyTitle: '{titel} (uit ander tabblad)',
  noScript: worksheet.noScript,
  blankLink: worksheet.blankLink,
  blankHref: worksheet.blankHref,
  loadError: worksheet.loadError,
  /** The first state (an empty list) rendered in the static HTML, so nothing moves when the island has loaded. */
  list: { heading: worksheet.list.heading, empty: worksheet.list.empty, new: worksheet.list.new },
  status: worksheet.data.savedNothing,
  dataHeading: worksheet.data.heading,
};
export type WorksheetStart = typeof worksheetStart;
