/**
 * Where the "Wat weten we?" row of a decision card (content/keuzekaarten/)
 * gets its evidence: the research this keuzehulp comes from, and the
 * guidelines for health questions. A card option names them by key; the
 * option shows the short name, and the card lists each source once with its
 * title and link under the options.
 */
export const EVIDENCE_SOURCES = {
  /** The research report behind the keuzehulp (survey and interviews with employees and professionals). */
  onderzoek: {
    short: 'onderzoek HAN/MIND',
    title: 'Samen beslissen bij re-integratie van werknemers met psychische klachten (HAN en MIND voor het AKC, 2025)',
    url: 'https://www.han.nl/projecten/2023/keuzehulp-re-integratie-bij-psychische-klachten/',
  },
  /** NHG-Standaard Overspanning en burn-out, written with the NVAB. */
  richtlijn: {
    short: 'NHG-richtlijn',
    title: 'NHG-Standaard Overspanning en burn-out (met de NVAB)',
    url: 'https://richtlijnen.nhg.org/standaarden/overspanning-en-burn-out',
  },
} as const satisfies Record<string, { short: string; title: string; url: string }>;

export type EvidenceSource = keyof typeof EVIDENCE_SOURCES;
export const EVIDENCE_SOURCE_KEYS = Object.keys(EVIDENCE_SOURCES) as [EvidenceSource, ...EvidenceSource[]];
