/**
 * Helpers around the `pages` collection: URLs, parents and children,
 * breadcrumbs and the dosing rule (which pages are "later" topics).
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { COMPONENTS } from '../data/vocab';

export type Page = CollectionEntry<'pages'>;

/** Pages rendered by their own route (with extra parts), not by [...slug].astro. */
export const DEDICATED_ROUTES = new Set([
  'regels-en-rollen/de-weg-in-twee-jaar',
  'ervaringen',
  'vragen',
  'begrippen',
  'bronnen',
  'voor-professionals',
  'werkblad',
  'werkblad/leeg',
  'zoeken',
  'weken-berekenen',
]);

/** URL of a page id: "samen-beslissen/iemand-meenemen" → "/samen-beslissen/iemand-meenemen/". */
export function pageUrl(id: string): string {
  return id === 'index' || id === '' ? '/' : `/${id}/`;
}

/** A page is a "later" topic when it is not meant for phase 1 or 2 readers. */
export function isLater(page: Pick<Page['data'], 'phases'>): boolean {
  return !page.phases.some((p) => p <= 2);
}

export function byOrder(a: Page, b: Page): number {
  return a.data.order - b.data.order || a.data.title.localeCompare(b.data.title, 'nl');
}

let cache: Page[] | null = null;
export async function allPages(): Promise<Page[]> {
  cache ??= await getCollection('pages');
  return cache;
}

/** Direct children: pages one folder level below `id`. */
export async function childrenOf(id: string): Promise<Page[]> {
  const prefix = `${id}/`;
  return (await allPages())
    .filter((p) => p.id.startsWith(prefix) && !p.id.slice(prefix.length).includes('/'))
    .sort(byOrder);
}

/** Breadcrumb trail from home to the parent of `id`, using existing parent pages. */
export async function breadcrumbs(id: string): Promise<{ href: string; label: string }[]> {
  const pages = await allPages();
  const parts = id.split('/');
  const trail = [{ href: '/', label: 'Home' }];
  for (let i = 1; i < parts.length; i++) {
    const parentId = parts.slice(0, i).join('/');
    const parent = pages.find((p) => p.id === parentId);
    if (parent) trail.push({ href: pageUrl(parentId), label: parent.data.navTitle ?? parent.data.title });
  }
  return trail;
}

export function componentLabel(page: Page): string {
  return COMPONENTS[page.data.component];
}
