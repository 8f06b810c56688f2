/**
 * The words with which a reader in distress may search: despair, exhaustion,
 * thoughts of death or self-harm. When a query says one of these, search opens
 * with the urgent help block (the numbers of src/data/help.ts, and the huisarts)
 * above the results (NHS and suicide prevention practice: signpost calmly, keep
 * the results below).
 *
 * This is the one list; `isDistress()` in src/lib/distress.ts reads it and
 * tests/unit/distress.test.ts holds the phrases that must, and must not,
 * trigger it. Add a phrase here, then add it to that test.
 *
 * Phrases are written in plain lower case. Between the words of a phrase the
 * reader may type filler words (`FILLER`: "ik kan het echt niet meer"), and
 * words of five letters or more may be misspelled by one letter
 * ("zelfmord", "zitte"). Spelling variants of short words are in `VARIANTS`.
 */

/** Phrases that mean distress wherever they stand in a query. */
export const ANYWHERE: readonly string[] = [
  // thoughts of death and suicide
  'zelfmoord',
  'zelfmoorden',
  'zelfmoordgedachten',
  'zelfmoordgedachtes',
  'zelfdoding',
  'suicide',
  'suicidaal',
  'suicidale',
  'wil dood',
  'dood willen',
  'wil er niet meer zijn',
  'wil niet meer leven',
  'niet meer leven',
  'wil niet meer wakker worden',
  'er een eind aan maken',
  'er een einde aan maken',
  'eind aan mijn leven',
  'einde aan mijn leven',
  'mezelf iets aandoen',
  'mijzelf iets aandoen',
  'zelfbeschadiging',
  'mezelf pijn doen',
  'zelfmoordpoging',
  'wil doodgaan',
  'liever dood',
  'was ik maar dood',
  'doodswens',
  'doodsgedachten',
  'denk aan de dood',
  'aan de dood denken',
  'levensmoe',
  'klaar met het leven',
  'nooit meer wakker worden',
  'beter af zonder mij',
  'beter af zonder me',
  'automutilatie',
  'mezelf snijden',
  'overdosis',
  // despair
  'zie het niet meer zitten',
  'zie het echt niet meer zitten',
  'zie geen uitweg',
  'geen uitweg',
  'uitzichtloos',
  'wanhopig',
  'wanhoop',
  'trek het niet',
  'hou het niet meer vol',
  'houd het niet meer vol',
  'hou het niet vol',
  'houd het niet vol',
  'red het niet meer',
  'geen zin meer in het leven',
  'geen zin meer in leven',
  'leven heeft geen zin',
  'niemand zou me missen',
];

/**
 * Phrases that mean distress only when nothing but filler words follow them:
 * "ik kan niet meer" is distress, "ik kan niet meer werken dan 4 uur" a
 * question about hours.
 */
export const AT_END: readonly string[] = [
  'kan niet meer',
  'kan het niet meer',
  'kan niet meer verder',
  'kan zo niet verder',
  'wil niet meer',
  'wil niet meer verder',
  'kan dit niet meer',
  'het gaat niet meer',
  'gaat niet meer',
  'het gaat helemaal niet goed',
  'ik ben op',
  'ik ben helemaal op',
  'ik ben kapot',
  'ik ben helemaal kapot',
  'ik ben uitgeput',
  'ik ben op van de stress',
  'alles is te veel',
  'het is te veel',
  'het wordt me te veel',
  'ik ga kapot',
  'ik ben ten einde raad',
  'ten einde raad',
];

/** Words a reader may add inside or after a phrase without changing what it says. */
export const FILLER: readonly string[] = [
  'ik',
  'het',
  'echt',
  'gewoon',
  'zo',
  'even',
  'helemaal',
  'allemaal',
  'meer',
  'nu',
  'nou',
  'wel',
  'ook',
  'nog',
  'gwn',
  'egt',
  'al',
  'toch',
  'hier',
  'dit',
  'totaal',
  'steeds',
  'compleet',
  'mn',
  'mijn',
  'me',
  'mezelf',
];

/** Spelling variants of short words (typed → meant). Longer words may differ by one letter anyway. */
export const VARIANTS: Readonly<Record<string, string>> = {
  t: 'het',
  nie: 'niet',
  nit: 'niet',
  neit: 'niet',
  niett: 'niet',
  mer: 'meer',
  meeer: 'meer',
  mee: 'meer',
  ken: 'kan',
  kun: 'kan',
  kn: 'kan',
  gaad: 'gaat',
  ga: 'gaat',
  hou: 'hou',
  houd: 'hou',
  hout: 'hou',
  wil: 'wil',
  wl: 'wil',
  wiel: 'wil',
  ben: 'ben',
  bn: 'ben',
  dod: 'dood',
  doot: 'dood',
  zien: 'zie',
  zi: 'zie',
};

/** Words typed apart or together that are one word here ("zelf moord", "kannie"). */
export const JOINS: Readonly<Record<string, string>> = {
  'zelf moord': 'zelfmoord',
  'zelf doding': 'zelfdoding',
  'zelf moord gedachten': 'zelfmoordgedachten',
  'zelfmoord gedachten': 'zelfmoordgedachten',
  'zelfmoord gedachtes': 'zelfmoordgedachtes',
  kannie: 'kan niet',
  kanniet: 'kan niet',
  gaatniet: 'gaat niet',
  'ten eindere raad': 'ten einde raad',
};
