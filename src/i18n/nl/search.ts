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
};

export const search = {
  title: 'Zoeken',
  filters: {
    label: 'Filters',
    summary: 'Filteren op onderdeel of fase',
    component: 'Onderdeel',
    allComponents: 'Alles',
    phase: 'Fase',
    allPhases: 'Alle fases',
    ownPhase: ' (jouw fase)',
  },
  resultsHeading: 'Resultaten',
  noScript: 'Zoeken werkt alleen met JavaScript aan. Zonder JavaScript kun je alles ook via deze pagina’s vinden:',
  script: searchScript,
};
