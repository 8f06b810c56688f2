/** Interface text of the professionals' self-check after a conversation (/voor-professionals/zelfcheck/). The behaviours live in content/zelfcheck/. */

/** Texts the self-check script writes (imported by the script on its own). */
export const selfCheckScript = {
  saved: 'Bewaard op dit apparaat.',
  notSaved: 'Niets bewaard.',
  cleared: 'Gewist. Er staat niets meer van deze zelfcheck op dit apparaat.',
  blocked: 'Bewaren lukt niet in deze browser. Je kunt de zelfcheck wel printen.',
  count: { one: '{n} van {totaal} punten aangevinkt.', other: '{n} van {totaal} punten aangevinkt.' },
};

export const selfCheck = {
  crumb: 'Zelfcheck na een gesprek',
  indexTitle: 'Zelfcheck na een gesprek',
  indexIntro: 'Kijk na een gesprek in vijf minuten terug. Per rol staat er een lijst, geordend naar de vier stappen van samen beslissen.',
  indexPrivate: 'Print de lijst, of vink hem aan op je eigen scherm. Niemand anders ziet wat je aanvinkt.',
  forRole: 'Zelfcheck voor de {rol}',
  groups: {
    basis: 'In elk gesprek',
    'keuze-en-doel': 'Stap 1: keuze en doel',
    opties: 'Stap 2: opties',
    voorkeur: 'Stap 3: voorkeur',
    besluit: 'Stap 4: besluit',
    evalueren: 'Daarna: evalueren',
  },
  basis: {
    onderzoek: 'Deze lijst volgt de gedragslijst uit het onderzoek Samen beslissen bij re-integratie (HAN en MIND, 2025), in onze woorden.',
    afgeleid: 'Het onderzoek heeft geen eigen lijst voor deze rol. Wij hebben deze lijst afgeleid van de lijsten voor leidinggevenden en arbeidsdeskundigen, en van de richtlijnen.',
  },
  howTo: 'Vink aan wat je deed. Dit formulier verstuurt niets. Het bewaart ook niets, tenzij je dat hieronder zelf kiest.',
  next: 'Volgende keer ga ik …',
  nextHint: 'Eén ding is genoeg.',
  save: 'Bewaar op dit apparaat',
  saveHint: 'Alleen in deze browser, tot je het wist. Zet het vinkje uit om het te wissen.',
  savingOff: 'Je koos eerder op deze site voor niets bewaren. Daarom bewaart deze zelfcheck ook niets.',
  clear: 'Alles leegmaken',
  print: 'Print deze zelfcheck',
  noScript: 'Zonder JavaScript kun je de lijst aanvinken en printen. Bewaren kan dan niet.',
  printNote: 'Op papier: zet een vinkje bij wat je deed.',
  printSource: 'Bron: {bronnen}.',
  otherRoles: 'Zelfcheck voor een andere rol',
  rolePage: 'Meer over samen beslissen als {rol}',
};
