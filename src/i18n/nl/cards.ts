/** Decision cards (keuzekaarten): the questions every option answers, the values step, and the card's frame. */

/** The rows of every card, in order; the keys are the fields of an option in content/keuzekaarten/*.yaml. */
export const CARD_ROWS = {
  practice: 'Wat betekent het?',
  pros: 'Wat is goed eraan?',
  cons: 'Wat is lastig eraan?',
  evidence: 'Wat weten we?',
  money: 'Geld en inkomen',
  wvp: 'Wat betekent het voor je re-integratie?',
  ifNot: 'En als het niet lukt?',
  decides: 'Wie beslist uiteindelijk?',
} as const;
export type CardRow = keyof typeof CARD_ROWS;

/**
 * What can matter to you in a decision: the "Wat vind jij het belangrijkst?"
 * step before the options. Each card offers a few of these (`values` in its
 * YAML). The keys travel in the card's form
 * (/werkblad/?waarde=…); the worksheet writes the texts into "what matters to you".
 */
export const CARD_VALUES = {
  herstel: 'Mijn herstel en gezondheid',
  ritme: 'Een vast ritme en structuur',
  contact: 'Contact met mijn werk en collega’s',
  geld: 'Zekerheid over geld',
  baan: 'Mijn baan houden',
  nieuw: 'Een nieuwe start',
  meebeslissen: 'Zelf meebeslissen',
  gehoord: 'Dat mijn kant gehoord wordt',
  duidelijk: 'Duidelijke afspraken',
  tempo: 'Een tempo dat bij mij past',
  thuis: 'Energie over voor thuis',
  steun: 'Steun van iemand die ik vertrouw',
  prive: 'Privé houden wat privé is',
} as const;

export const cards = {
  label: 'Keuzekaart',
  /** The description of a card's own page; true on a phone (options below each other) and on a wide screen. */
  intro: 'Elke optie beantwoordt dezelfde vragen.',
  /** Phone only: the same answers grouped by question. */
  compare: 'Vergelijk per vraag',
  option: 'Optie',
  rows: CARD_ROWS,
  finding: 'Onderzoek over wie beslist:',
  moneyBase:
    'Bij elke optie krijg je loon tijdens ziekte, meestal twee jaar lang. Dat is minstens 70% van je loon, tot een maximumbedrag. Je cao geeft vaak meer.',
  valuesTitle: 'Wat vind jij het belangrijkst?',
  valuesHint: 'Kies er hooguit drie. Welke optie past daar het best bij?',
  valuesOwn: 'Of schrijf zelf op wat je belangrijk vindt',
  certainty: 'Hoe zeker?',
  source: 'Bron:',
  sources: 'Bronnen:',
  pick: 'Zet in mijn werkblad',
  pickHint: 'Vink aan wat je wilt bespreken. Vink je niets aan, dan komen alle opties in je werkblad.',
  submit: 'Maak een werkblad met deze opties',
  print: 'Print de kaart (één A4)',
  printTitle: 'Keuzekaart: {vraag}',
  printIntro: 'Neem deze kaart mee naar je gesprek. Schrijf erbij wat voor jou belangrijk is.',
  back: 'Terug naar de uitleg',
  reviewed: 'Laatst gecontroleerd: {datum}',
};
