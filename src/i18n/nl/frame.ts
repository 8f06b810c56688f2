/** The frame of every page: header, navigation, search form, help block, footer, print footer and shared blocks. */
import { SITE } from '../../data/site';
import { page, routes } from '../../lib/routes';
import { reading } from './reading';

export const frame = {
  skipLink: 'Naar de inhoud',
  /** The small page a short link (/f1) shows while it forwards. */
  redirect: { title: 'Doorsturen naar {doel}', text: 'Deze link gaat naar' },
  offline: 'Je bent offline. Je leest een opgeslagen versie van de keuzehulp.',
  homeTitle: `${SITE.name} ${SITE.tagline}`,
  /** "<page title> · Keuzehulp re-integratie". */
  title: `{titel} · ${SITE.name}`,

  searchForm: {
    label: 'Zoek in de keuzehulp',
    landmarkHeader: 'Zoeken in de hele keuzehulp',
    landmarkPage: 'Zoekopdracht',
    example: 'Bijvoorbeeld: bedrijfsarts',
    submit: 'Zoek',
  },

  header: {
    search: 'Zoek',
    menu: 'Menu',
    help: 'Hulp nodig',
  },

  nav: {
    label: 'Hoofdmenu',
    close: 'Sluit menu',
    items: [
      { href: routes.samenBeslissen(), label: 'Samen beslissen' },
      { href: routes.regelsEnRollen(), label: 'Regels en rollen' },
      { href: routes.stories(), label: 'Ervaringen' },
      { href: routes.questions(), label: 'Vragen' },
      { href: routes.worksheet(), label: 'Werkblad' },
    ],
    choosePhase: 'Fase kiezen',
  },

  footer: {
    label: 'Over deze site',
    links: [
      { href: routes.about(), label: 'Over deze keuzehulp' },
      { href: routes.privacy(), label: 'Privacy' },
      { href: routes.accessibility(), label: 'Toegankelijkheid' },
      { href: routes.sources(), label: 'Bronnen' },
      { href: routes.help(), label: 'Hulp nodig' },
      { href: routes.offlineReading(), label: 'Offline lezen' },
      { href: routes.glossary(), label: 'Begrippenlijst' },
      reading.footer,
      { href: page('voor-naasten'), label: 'Voor naasten' },
      { href: routes.professionals(), label: 'Voor professionals' },
    ],
    promise: 'Geen account, geen cookies, geen tracking. Wat je in deze keuzehulp invult, blijft op je eigen apparaat.',
  },

  /** "Hulp nodig?": the same block on every page (numbers from the fact sheet, §7). */
  help: {
    heading: 'Hulp nodig?',
    gp: { lead: 'Gaat het niet goed met je?', text: 'Bel je huisarts. ’s Avonds en in het weekend: de huisartsenpost.' },
    /** 112 for immediate danger, in the same item as the huisarts. */
    danger: { text: 'Direct gevaar? Bel', tel: '112', label: '112', after: '.' },
    suicide: {
      lead: 'Denk je aan zelfdoding?',
      call: 'Bel gratis',
      or: 'of',
      chat: ', of chat op',
      after: '. Dag en nacht, anoniem.',
      short: { tel: '113', label: '113' },
      long: { tel: '08000113', label: '0800-0113' },
      site: { href: 'https://www.113.nl', label: '113.nl' },
    },
    listen: { lead: 'Even praten?', text: 'Bel De Luisterlijn:', tel: '0880767000', label: '088-0767 000', after: ', dag en nacht.' },
    more: { href: routes.help(), label: 'Meer plekken voor hulp en advies' },
    /** The top of /hulp-nodig/: urgent help before anything else. */
    urgent: {
      heading: 'Direct hulp',
      danger: { lead: 'Is er direct gevaar voor jou of een ander?', call: 'Bel 112', tel: '112' },
      suicideText: 'Bel gratis 113. Dag en nacht, en anoniem. Chatten kan ook.',
      suicideCall: 'Bel 113',
      suicideLong: 'Bel 0800-0113',
      /** Hope, as 113 advises: always pair this subject with where help is. */
      hope: 'Je bent niet de enige die zich zo voelt. Praten helpt, en het kan weer beter worden.',
      /** 113's advice for someone worried about another person. Never describe methods. */
      other: {
        lead: 'Maak je je zorgen om iemand anders?',
        ask: 'Vraag het gewoon: ‘Denk je aan zelfdoding?’ Daarmee breng je iemand niet op het idee. Vaak lucht het juist op.',
        stay: 'Blijf bij de persoon en bel samen 113. Ook zelf kun je 113 bellen voor advies. Bij direct gevaar bel je 112.',
      },
      gp: 'Gaat het niet goed, maar is er geen direct gevaar? Bel je huisarts. ’s Avonds en in het weekend bel je de huisartsenpost.',
    },
  },

  print: {
    reviewed: 'Laatst gecontroleerd: {datum}',
  },

  breadcrumbs: { label: 'Kruimelpad', home: 'Home' },
  inShort: 'In het kort',
  onThisPage: 'Op deze pagina',

  sources: {
    heading: 'Bronnen en controle',
    reviewed: 'Laatst gecontroleerd:',
    next: 'Volgende controle: uiterlijk {datum}.',
    caveat: 'Regels en bedragen kunnen veranderen. Twijfel je? Vraag het na bij je bedrijfsarts, het Juridisch Loket of UWV.',
  },

  later: { label: 'Verder vooruitkijken', listTitle: 'Onderwerpen voor later in je traject' },
  note: { title: 'Goed om te weten' },
  option: { good: 'Wat is er goed aan?', bad: 'Waar moet je op letten?' },
  subPages: 'Meer over {titel}',

  relatedStories: 'Hoe ging het bij anderen?',
  composedNote: 'Deze verhalen schreven wij. De namen zijn verzonnen.',

  /** Starting points when search finds nothing (src/components/SearchFallback.astro). */
  searchFallback: {
    intro: 'Hier kun je goed beginnen:',
    choosePhase: { href: routes.phaseChoice(), label: 'Waar sta je nu? Kies je fase' },
    questions: { href: routes.questions(), label: 'Vragen voor je gesprek' },
    glossary: { href: routes.glossary(), label: 'De begrippenlijst: wat betekent een woord?' },
    /** The reader's phase hub: "Fase 1: Net ziek gemeld". */
    phase: 'Fase {n}: {naam}',
    help: { before: 'Gaat het niet goed met je?', label: 'Hier vind je hulp' },
  },

  /** The printable QR handout for professionals (an A6 card per phase, sheets under /voor-professionals/kaarten/). */
  handout: {
    heading: 'Fase {n}: {naam}',
    qrLabel: 'QR-code naar fase {n}: {url}',
    promise: 'Geen account nodig. Wat je invult, blijft op je eigen apparaat.',
    sheetIntro: 'Print deze pagina op A4 en knip langs de stippellijnen. Je krijgt vier kaarten van A6.',
    sheetBack: { href: routes.professionals(), label: 'Terug naar Voor professionals' },
    sheetDescription: 'Printbare kaarten met een QR-code naar de keuzehulp.',
    sheetOne: 'Kaarten voor fase {n}: {naam}',
    sheetAll: 'Kaarten voor alle fases',
  },

  /** Links to content pages used by the frame. */
  pages: { professionals: { href: page('voor-professionals'), label: 'Voor professionals' } },
};
