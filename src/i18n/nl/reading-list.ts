/** Interface text of the reading list for one reader: the builder (/voor-professionals/leeslijst/) and the reader's page (/leeslijst/). */

/** Texts the builder script writes (imported by the script on its own). */
export const readingListBuilderScript = {
  count: { one: '{n} pagina gekozen.', other: '{n} pagina’s gekozen.' },
  none: 'Nog niets gekozen. Vink hierboven een of meer pagina’s aan.',
  tooMany: 'Je kunt {max} pagina’s kiezen. Haal er een weg om een andere te kiezen.',
  qrLabel: 'QR-code van deze leeslijst: {url}',
  copied: 'Link gekopieerd.',
  copyFailed: 'Kopiëren lukte niet. Selecteer de link en kopieer hem zelf.',
};

/** Texts the reader's page script writes. */
export const readingListScript = {
  skipped: {
    one: 'Eén pagina uit deze link bestaat niet meer, of de link is niet helemaal goed overgenomen. De andere pagina’s staan hieronder.',
    other: '{n} pagina’s uit deze link bestaan niet meer, of de link is niet helemaal goed overgenomen. De andere pagina’s staan hieronder.',
  },
  empty: 'In deze link staan geen pagina’s die we kennen. Misschien is hij niet helemaal goed overgenomen. Vraag om een nieuwe link, of begin bij de fases hieronder.',
  bare: 'Er staat nog niets in deze leeslijst. Kies hieronder zelf wat je wilt lezen, of begin bij je fase.',
  count: { one: 'Er staat {n} pagina in je leeslijst.', other: 'Er staan {n} pagina’s in je leeslijst.' },
};

export const readingList = {
  builderPage: {
    title: 'Leeslijst maken voor één lezer',
    summary: 'Kies een paar pagina’s voor iemand. Je krijgt één korte link en een QR-code om mee te geven, of een kaartje om te printen.',
  },
  readerPage: {
    title: 'Je leeslijst',
    summary: 'Pagina’s die iemand voor je uitkoos, met de leestijd erbij. Lees ze in je eigen tempo.',
  },
  builder: {
    choose: 'Kies de pagina’s',
    phase: 'Begin bij een fase (mag ook niet)',
    noPhase: 'Geen fase',
    max: 'Kies er niet te veel: {max} is het meeste. Een korte lijst wordt vaker gelezen.',
    result: 'Je link en QR-code',
    noScriptSubmit: 'Open de leeslijst',
    noScript: 'Zonder JavaScript maakt deze pagina geen QR-code. Kies pagina’s en open de leeslijst. Het adres van die pagina is de link die je kunt delen.',
    copy: 'Kopieer link',
    qrSvg: 'QR-code als SVG',
    qrPng: 'QR-code als PNG',
    printCard: 'Print als kaartje',
    open: 'Bekijk de lijst zoals de lezer hem ziet',
    private: 'De lijst staat alleen in de link. Er is geen account en er wordt niets op een server bewaard.',
    cardHeading: 'Leeslijst voor jou',
    cardIntro: 'Scan de code of typ de link. Lees wanneer het jou uitkomt.',
  },
  reader: {
    heading: 'Je leeslijst',
    intro: 'Iemand heeft deze pagina’s voor je uitgezocht. Lees ze in je eigen tempo. Eén pagina per keer is genoeg.',
    minutes: { one: '{n} minuut lezen', other: '{n} minuten lezen' },
    noScript:
      'Deze pagina leest je lijst uit het adres met JavaScript, en dat staat uit. Achter “p=” in het adres staan codes, gescheiden door punten. Elke code staat hieronder bij een pagina. Op een geprint kaartje staan de titels ook.',
    all: 'Alle pagina’s die in een leeslijst kunnen staan',
    code: 'code {code}',
    start: 'Weet je niet waar je moet beginnen? Kies dan je fase.',
  },
  groups: {
    fases: 'Fases',
    'samen-beslissen': 'Samen beslissen',
    'regels-en-rollen': 'Regels en rollen',
    stappen: 'De weg in twee jaar',
    naasten: 'Voor naasten',
    hulpmiddelen: 'Hulpmiddelen',
    ervaringen: 'Ervaringen van anderen',
  },
};
