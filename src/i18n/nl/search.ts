/** The search page (/zoeken/) and its script. The script gets only `searchScript`. */

export const searchScript = {
  typeSomething: 'Typ een woord om te zoeken.',
  searching: 'Even zoeken…',
  nothing: 'Niets gevonden voor ‘{q}’. Dat is jammer. Probeer een ander woord, of kijk hieronder.',
  /** Shown when the result list is cut off at the maximum. */
  best: 'De beste {n} resultaten voor ‘{q}’',
  results: { one: '{n} resultaat voor ‘{q}’', other: '{n} resultaten voor ‘{q}’' },
  failed: 'Zoeken lukt nu niet. Probeer het later opnieuw, of kijk hieronder.',
  ownPhase: 'Alleen resultaten voor fase {n} (jouw fase)',
  /** Added to the status line when a search sounds like distress: the help block stands above the results. */
  distressStatus: 'Boven de resultaten staat waar je direct hulp kunt krijgen, dag en nacht.',
};

export const search = {
  title: 'Zoeken',
  /** The button's text before the script names the phase (it stays hidden until then). */
  ownPhaseOffer: 'Alleen resultaten voor jouw fase',
  filters: {
    label: 'Filters',
    summary: 'Filteren op onderdeel of fase',
    component: 'Onderdeel',
    allComponents: 'Alles',
    phase: 'Fase',
    allPhases: 'Alle fases',
    ownPhase: ' (jouw fase)',
    /** Sends the search with its filters as an address; hidden once the script searches as you choose. */
    submit: 'Toon resultaten',
  },
  resultsHeading: 'Resultaten',
  noScript: 'Zoeken werkt alleen met JavaScript aan. Zonder JavaScript kun je alles ook via deze pagina’s vinden:',
  /** Above the urgent help block in the no-JavaScript fallback (the page cannot read the search there). */
  noScriptHelp: 'Zocht je hulp omdat het nu niet goed met je gaat? Hier kun je meteen terecht.',
  /** Above the urgent help block when a search sounds like distress (src/data/distress.ts). */
  distress: 'Het klinkt alsof het nu heel zwaar is. Je hoeft dit niet alleen te dragen. Hier kun je meteen terecht:',
  script: searchScript,
};
