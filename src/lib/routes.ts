/**
 * Every URL of the site is built here, once. Pages, components, scripts, the
 * worksheet texts and the build (redirects, service worker) call these
 * builders instead of writing paths, so a route changes in one place.
 * tests/site/routes.test.ts checks that each of them points to a built page.
 *
 * Content pages (content/pages/**) have the URL of their file path: use
 * `page(id)` for them. The named builders below are the routes that have their
 * own file in src/pages/ or are used by code.
 */
import { PHASES, phaseSlug, type PhaseNumber } from '../data/site.ts';

/** What a QR file can point at: a phase hub, or the section for naasten (the reader sends that one on). */
export type QrTarget = PhaseNumber | 'naasten';

/** The file name of a QR target's code, without extension: "fase-1", "voor-naasten". */
const qrName = (target: QrTarget) => (target === 'naasten' ? 'voor-naasten' : `fase-${phaseSlug(target)}`);

/** URL of a content page id: "samen-beslissen/iemand-meenemen" → "/samen-beslissen/iemand-meenemen/". */
export function page(id: string): string {
  return id === 'index' || id === '' ? '/' : `/${id}/`;
}

const JOURNEY = '/regels-en-rollen/de-weg-in-twee-jaar/';
const anchor = (path: string, id?: string) => (id ? `${path}#${id}` : path);

export const routes = {
  home: () => '/',
  /** The "Waar sta je nu?" phase picker on the home page. */
  phaseChoice: () => '/#waar-sta-je',
  /** A phase hub. */
  phase: (n: PhaseNumber) => `/fase/${phaseSlug(n)}/`,
  /** Short link for QR codes and typing ("/f1"); redirects to the hub. */
  phaseShort: (n: PhaseNumber) => `/f${n}`,
  samenBeslissen: () => page('samen-beslissen'),
  regelsEnRollen: () => page('regels-en-rollen'),
  /** "De weg in twee jaar", optionally at one phase's fold. */
  journey: (phase?: PhaseNumber) => anchor(JOURNEY, phase ? `fase-${phase}` : undefined),
  step: (slug: string) => `${JOURNEY}${slug}/`,
  stories: () => '/ervaringen/',
  story: (id: string) => `/ervaringen/${id}/`,
  /** What several people say about one theme. */
  theme: (id: string) => `/ervaringen/thema/${id}/`,
  glossary: (termAnchor?: string) => anchor('/begrippen/', termAnchor),
  term: (id: string) => `/begrippen/${id}/`,
  /** The question bank, optionally opened at a conversation type ("bedrijfsarts"). */
  questions: (at?: string) => anchor('/vragen/', at),
  /** The question bank filtered to a phase (the page's script reads ?fase=). */
  questionsForPhase: (n: PhaseNumber) => `/vragen/?fase=${n}`,
  worksheet: () => '/werkblad/',
  blankWorksheet: () => '/werkblad/leeg/',
  /** The worksheet's texts and question bank, fetched by the island. */
  worksheetData: () => '/werkblad/gegevens.json',
  calculator: () => '/weken-berekenen/',
  /** Pages saved for later and "verder waar je was" (kept on this device; the list needs JavaScript). */
  saved: () => '/bewaard/',
  search: () => '/zoeken/',
  professionals: () => '/voor-professionals/',
  /** The section for partners, family and friends (content/pages/voor-naasten/). */
  relatives: () => page('voor-naasten'),
  /** The self-checks after a conversation: the list, or one role's (content/zelfcheck/<role>.yaml). */
  selfCheck: (role?: string) => `/voor-professionals/zelfcheck/${role ? `${role}/` : ''}`,
  /** The professional's reading-list builder, and the reader's list (the ids are in ?p=, see src/lib/reading-list.ts). */
  readingListBuilder: () => '/voor-professionals/leeslijst/',
  readingList: () => '/leeslijst/',
  /** A QR code as a file to download (svg or png): a phase's, or the one for naasten. */
  qrFile: (target: QrTarget, type: 'svg' | 'png') => `/voor-professionals/qr/${qrName(target)}.${type}`,
  /** Printable QR handouts (A6 cards to give to a reader): four of one phase, or one of each phase. */
  handoutSheet: (n?: PhaseNumber) => (n ? `/voor-professionals/kaarten/fase-${phaseSlug(n)}/` : '/voor-professionals/kaarten/'),
  /** A decision card (keuzekaart) on one printable page. */
  decisionCard: (id: string) => `/keuzekaart/${id}/`,
  help: () => page('hulp-nodig'),
  about: () => page('over'),
  privacy: () => page('privacy'),
  accessibility: () => page('toegankelijkheid'),
  sources: () => page('bronnen'),
  /** Part n of the source list (1 is /bronnen/ itself). */
  sourcesPart: (n: number) => (n <= 1 ? page('bronnen') : `${page('bronnen')}${n}/`),
  notFound: () => '/404.html',
  manifest: () => '/manifest.webmanifest',
  serviceWorker: () => '/sw.js',
  /** "Offline lezen": the choice to keep the whole keuzehulp on the device; also the page the worker shows offline for a page it has not stored. */
  offlineReading: () => page('offline-lezen'),
  /** The full offline list (files, revisions, total size), written by the build and fetched only when the reader chooses to keep everything. */
  offlineFiles: () => '/offline-bestanden.json',
  /** Pagefind's runtime and entry file, written by the build. */
  pagefind: () => '/pagefind/pagefind.js',
  pagefindEntry: () => '/pagefind/pagefind-entry.json',
} as const;

/** The param of a handout sheet route ("fase-1"). */
export function handoutSheetParam(n: PhaseNumber): string {
  return `fase-${phaseSlug(n)}`;
}

/** Short links → phase hubs, for astro.config.mjs `redirects` (and from there _redirects and nginx). */
export function shortLinkRedirects(): Record<string, string> {
  return Object.fromEntries(PHASES.map((p) => [routes.phaseShort(p.number), routes.phase(p.number)]));
}

/**
 * Content page ids that have their own route file in src/pages/ (with extra
 * parts), so the generic [...slug].astro must not render them. Derived from
 * the file names of the routes (import.meta.glob keys, relative to src/pages/)
 * rather than kept by hand. Endpoints (gegevens.json.ts) and dynamic routes are
 * not content pages.
 */
export function dedicatedPageIds(routeFiles: readonly string[]): Set<string> {
  return new Set(
    routeFiles
      .map((f) => f.replace(/^(\.\/|.*\/pages\/)/, '').replace(/\.(astro|ts)$/, ''))
      .filter((f) => !f.includes('[') && !/\.\w+$/.test(f))
      .map((f) => f.replace(/(^|\/)index$/, ''))
      .filter((id) => id !== ''),
  );
}
