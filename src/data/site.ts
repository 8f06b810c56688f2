/**
 * Facts about the site itself, in one place: its name, its address and its
 * four phases. Everything else (URLs, the dosing rule, the phase filter of
 * search and the worksheet, the short QR links) is derived from here.
 * Reader-facing texts about a phase (name, description, card text) live in
 * content/phases/*.mdx; a unit test checks that there is one file per phase.
 */

/** Short name, in the header and in titles ("… · Keuzehulp re-integratie"). */
export const SITE_NAME = 'Keuzehulp re-integratie';
/** Stable domain for identifiers in calendar files (not the deploy address). */
export const ID_DOMAIN = 'keuzehulp-reintegratie.nl';

export const SITE = {
  name: SITE_NAME,
  /** The rest of the full name, shown under the short name. */
  tagline: 'bij psychische klachten',
  /** The full name, for the home page title, print footers and cards. */
  fullName: 'Keuzehulp re-integratie bij psychische klachten',
  /** Public address; SITE_URL overrides it at build time (astro.config.mjs). */
  url: 'https://keuzehulp-reintegratie.nl',
  idDomain: ID_DOMAIN,
  /** Where readers report an error (shown on /over/ as a mail link; the site has no form that sends data). */
  contact: 'redactie@keuzehulp-reintegratie.nl',
  /** Brand colour for the browser UI (manifest, theme-color). */
  themeColor: '#1b5a56',
  /** Page background, for the manifest. */
  backgroundColor: '#fffdf9',
} as const;

/**
 * The four phases of the keuzehulp (brief §3). `slug` is the URL part of the
 * hub (/fase/<slug>/); `later` marks the phases whose topics (spoor 2, WIA,
 * ontslag …) stay behind "verder vooruitkijken" for readers of earlier phases;
 * `hub` is how much a hub shows (the first weeks get the least).
 */
export const PHASES = [
  { number: 1, slug: '1', later: false, hub: { questions: 3, stories: 2 } },
  { number: 2, slug: '2', later: false, hub: { questions: 5, stories: 3 } },
  { number: 3, slug: '3', later: true, hub: { questions: 5, stories: 3 } },
  { number: 4, slug: '4', later: true, hub: { questions: 5, stories: 3 } },
] as const;

export type PhaseNumber = (typeof PHASES)[number]['number'];
export const PHASE_NUMBERS: readonly PhaseNumber[] = PHASES.map((p) => p.number);

/** A phase number from untrusted input (storage, URL), or null. */
export function toPhase(value: unknown): PhaseNumber | null {
  const n = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
  return PHASE_NUMBERS.find((p) => p === n) ?? null;
}

export function phaseInfo(n: PhaseNumber): (typeof PHASES)[number] {
  return PHASES.find((p) => p.number === n)!;
}

export function phaseSlug(n: PhaseNumber): string {
  return phaseInfo(n).slug;
}

/** The first phase: its hub uses gentler headings. */
export const FIRST_PHASE: PhaseNumber = PHASES[0].number;

/** Topics of this phase are "later" for readers in the early phases. */
export function isLaterPhase(n: number): boolean {
  return PHASES.some((p) => p.number === n && p.later);
}

/** The first phase whose topics are "later": where "verder vooruitkijken" blocks start. */
export const FIRST_LATER_PHASE: PhaseNumber = PHASES.find((p) => p.later)!.number;

/** Something meant only for later phases (a page, question or step with these phases). */
export function isLaterTopic(phases: readonly number[]): boolean {
  return phases.length > 0 && phases.every(isLaterPhase);
}
