/** The frame of every page: header, navigation, search form, help block, footer, print footer and shared blocks. */
import { SITE } from '../../data/site';
import { page, routes } from '../../lib/routes';
import type { FooterId, MenuId } from '../../data/navigation';

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

  /** The menu's labels; its items and their addresses are data (MENU in src/data/navigation.ts). */
  nav: {
    label: 'Hoofdmenu',
    close: 'Sluit menu',
    labels: {
      samenBeslissen: 'Samen beslissen',
      regelsEnRollen: 'Regels en rollen',
      ervaringen: 'Ervaringen',
      vragen: 'Vragen',
      werkblad: 'Werkblad',
      hulp: 'Hulp nodig',
      professionals: 'Voor professionals',
    } satisfies Record<MenuId, string>,
    choosePhase: 'Fase kiezen',
  },

  /** The footer's labels; its links are data (FOOTER in src/data/navigation.ts). */
  footer: {
    label: 'Over deze site',
    labels: {
      over: 'Over deze keuzehulp',
      privacy: 'Privacy',
      toegankelijkheid: 'Toegankelijkheid',
      bronnen: 'Bronnen',
      hulp: 'Hulp nodig',
      offline: 'Offline lezen',
      begrippen: 'Begrippenlijst',
      bewaard: 'Bewaarde pagina’s',
      naasten: 'Voor naasten',
      professionals: 'Voor professionals',
    } satisfies Record<FooterId, string>,
    promise: 'Geen account, geen cookies, geen tracking. Wat je in deze keuzehulp invult, blijft op je eigen apparaat.',
  },

  /**
   * "Hulp nodig?": the same block on every page, and the top of /hulp-nodig/.
   * The numbers are data (src/data/help.ts); here only words, with the
   * placeholders {kort} and {gratis} (the suicide prevention line), {site}
   * (its chat), {alarm} (emergency) and {luisterlijn}.
   */
  help: {
    heading: 'Hulp nodig?',
    /** The block on every page: a bold lead, then a text whose placeholders become links. */
    items: [
      { lead: 'Gaat het niet goed met je?', text: 'Bel je huisarts. ’s Avonds, ’s nachts en in het weekend: de huisartsenpost. Direct gevaar? Bel {alarm}.' },
      { lead: 'Denk je aan zelfdoding?', text: 'Bel gratis {kort} of {gratis}, of chat op {site}. Dag en nacht, anoniem.' },
      { lead: 'Even praten?', text: 'Bel De Luisterlijn: {luisterlijn}, dag en nacht.' },
    ],
    more: { href: routes.help(), label: 'Meer plekken voor hulp en advies' },
    /** The top of /hulp-nodig/: urgent help before anything else. */
    urgent: {
      heading: 'Direct hulp',
      suicideLead: 'Denk je aan zelfdoding?',
      danger: { lead: 'Is er direct gevaar voor jou of een ander?', call: 'Bel {alarm}' },
      suicideText: 'Bel gratis {kort}. Dag en nacht, en anoniem. Chatten kan ook.',
      suicideCall: 'Bel {kort}',
      suicideLong: 'Bel {gratis}',
      /** Hope, as suicide prevention advises: always pair this subject with where help is. */
      hope: 'Je bent niet de enige die zich zo voelt. Praten helpt, en het kan weer beter worden.',
      /** Suicide prevention's advice for someone worried about another person. Never describe methods. */
      other: {
        lead: 'Maak je je zorgen om iemand anders?',
        ask: 'Vraag het gewoon: ‘Denk je aan zelfdoding?’ Daarmee breng je iemand niet op het idee. Vaak lucht het juist op.',
        stay: 'Blijf bij de persoon en bel samen {kort}. Ook zelf kun je {kort} bellen voor advies. Bij direct gevaar bel je {alarm}.',
      },
      gp: 'Gaat het niet goed, maar is er geen direct gevaar? Bel je huisarts. ’s Avonds, ’s nachts, in het weekend en op feestdagen bel je de huisartsenpost.',
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
