/** Decision cards (keuzekaarten): the six questions every option answers, and the card's frame. */

/** The rows of every card, in order; the keys are the fields of an option in content/keuzekaarten/*.yaml. */
export const CARD_ROWS = {
  practice: 'Wat betekent het?',
  asks: 'Wat vraagt het van jou?',
  money: 'Geld en inkomen',
  wvp: 'Wat betekent het voor je re-integratie?',
  ifNot: 'En als het niet lukt?',
  decides: 'Wie beslist uiteindelijk?',
} as const;
export type CardRow = keyof typeof CARD_ROWS;

export const cards = {
  label: 'Keuzekaart',
  intro: 'De opties naast elkaar. Elke optie beantwoordt dezelfde zes vragen.',
  option: 'Optie',
  rows: CARD_ROWS,
  pick: 'Zet in mijn werkblad',
  pickHint: 'Vink de opties aan die je wilt bespreken. Vink je niets aan, dan komen alle opties in je werkblad.',
  submit: 'Maak een werkblad met deze opties',
  print: 'Print deze keuzekaart (één A4)',
  printTitle: 'Keuzekaart: {vraag}',
  printIntro: 'Neem deze kaart mee naar je gesprek. Schrijf erbij wat voor jou belangrijk is.',
  back: 'Terug naar de uitleg',
  reviewed: 'Laatst gecontroleerd: {datum}',
};
