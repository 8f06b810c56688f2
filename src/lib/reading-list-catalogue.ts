/**
 * The pages a professional can put in a reading list, with their ids, titles
 * and reading times, built from the content at build time. The builder shows
 * them as checkboxes; the reader's page holds the same list in its HTML and
 * shows the entries the address asks for (so no data file is fetched, and
 * without JavaScript the whole list with its codes is there).
 *
 * Offered: the phase hubs, the pages of Samen beslissen and Regels en rollen,
 * the steps of "De weg in twee jaar", pages for naasten (under voor-naasten/),
 * the reader's tools and the stories. Not offered: pages for professionals,
 * the frame (search, privacy, sources, offline) and pages left out of search.
 */
import { fmt, nl } from '../i18n/nl';
import { allPages, byOrder, type Page } from './pages';
import { allPhases } from './phases';
import { readingMinutes } from './reading/time';
import { readingListId } from './reading-list';
import { page as pageUrl, routes } from './routes';
import { allSteps, stepUrl } from './steps';
import { allStories } from './stories';

export type ListGroup = keyof typeof nl.readingList.groups;

export interface ListItem {
  id: string;
  title: string;
  href: string;
  minutes: number;
  group: ListGroup;
}

/** Content pages that are tools for the reader (group "hulpmiddelen"). */
const TOOLS = new Set(['vragen', 'werkblad', 'weken-berekenen', 'begrippen']);

function groupOf(page: Page): ListGroup | null {
  if (TOOLS.has(page.id)) return 'hulpmiddelen';
  const top = page.id.split('/')[0];
  if (top === 'samen-beslissen') return 'samen-beslissen';
  if (top === 'regels-en-rollen') return 'regels-en-rollen';
  if (top === 'voor-naasten') return 'naasten';
  return null;
}

const withId = (item: Omit<ListItem, 'id'>): ListItem => ({ id: readingListId(item.href), ...item });

export async function readingListCatalogue(): Promise<ListItem[]> {
  const phases = (await allPhases()).map((p) =>
    withId({ title: fmt(nl.phase.named, { n: p.data.number, naam: p.data.name }), href: routes.phase(p.data.number), minutes: readingMinutes(p.body ?? ''), group: 'fases' }),
  );
  const pages = (await allPages())
    .filter((p) => !p.data.noSearch)
    .sort(byOrder)
    .flatMap((p) => {
      const group = groupOf(p);
      return group ? [withId({ title: p.data.navTitle ?? p.data.title, href: pageUrl(p.id), minutes: readingMinutes(p.data.summary, p.body ?? ''), group })] : [];
    });
  const steps = (await allSteps()).map((s) => withId({ title: s.data.title, href: stepUrl(s), minutes: readingMinutes(s.data.summary, s.body ?? ''), group: 'stappen' }));
  const stories = (await allStories()).map((s) =>
    withId({ title: fmt(nl.stories.heading, { naam: s.data.alias }), href: routes.story(s.id), minutes: readingMinutes(s.body ?? ''), group: 'ervaringen' }),
  );
  const order = Object.keys(nl.readingList.groups) as ListGroup[];
  return [...phases, ...pages, ...steps, ...stories].sort((a, b) => order.indexOf(a.group) - order.indexOf(b.group));
}

/** The catalogue by group, in the order of nl.readingList.groups, empty groups left out. */
export function groupItems(items: readonly ListItem[]): { group: ListGroup; label: string; items: ListItem[] }[] {
  return (Object.entries(nl.readingList.groups) as [ListGroup, string][])
    .map(([group, label]) => ({ group, label, items: items.filter((i) => i.group === group) }))
    .filter((g) => g.items.length > 0);
}
