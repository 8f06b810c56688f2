/**
 * Helpers around the `pages` collection: parents and children, breadcrumbs
 * and the dosing rule (which pages are "later" topics).
 */
import type { CollectionEntry } from 'astro:content';
import { loadCollection } from './collection';
import { LOCALE } from '../model/locale';
import { isLaterTopic } from '../data/site';
import { nl } from '../i18n/nl';
import { page as pageUrl } from './routes';

export type Page = CollectionEntry<'pages'>;

/** A page is a "later" topic when all its phases are later phases (not for readers in phase 1 or 2). */
export function isLater(page: Pick<Page['data'], 'phases'>): boolean {
  return isLaterTopic(page.phases);
}

export function byOrder(a: Page, b: Page): number {
  return a.data.order - b.data.order || a.data.title.localeCompare(b.data.title, LOCALE);
}

let cache: Page[] | null = null;
export async function allPages(): Promise<Page[]> {
  cache ??= await loadCollection('pages');
  return cache;
}

/** Pages with these ids, in the given order (references in frontmatter); ids that do not exist are skipped. */
export function pagesIn<P extends Pick<Page, 'id'>>(pages: readonly P[], ids: readonly string[]): P[] {
  return ids.flatMap((id) => pages.filter((p) => p.id === id));
}

export async function pagesById(ids: readonly string[]): Promise<Page[]> {
  return pagesIn(await allPages(), ids);
}

/** Direct children: pages one folder level below `id`. */
export function childrenIn(pages: readonly Page[], id: string): Page[] {
  const prefix = `${id}/`;
  return pages.filter((p) => p.id.startsWith(prefix) && !p.id.slice(prefix.length).includes('/')).sort(byOrder);
}

export async function childrenOf(id: string): Promise<Page[]> {
  return childrenIn(await allPages(), id);
}

export interface Crumb {
  href: string;
  label: string;
}

/** Breadcrumb trail from home to the parent of `id`, using the parent pages that exist. */
export function trailIn(pages: readonly Page[], id: string): Crumb[] {
  const parts = id.split('/');
  const trail = [{ href: pageUrl('index'), label: nl.frame.breadcrumbs.home }];
  for (let i = 1; i < parts.length; i++) {
    const parentId = parts.slice(0, i).join('/');
    const parent = pages.find((p) => p.id === parentId);
    if (parent) trail.push({ href: pageUrl(parentId), label: parent.data.navTitle ?? parent.data.title });
  }
  return trail;
}

export async function breadcrumbs(id: string): Promise<Crumb[]> {
  return trailIn(await allPages(), id);
}

/** A page with at least this many sections gets "Op deze pagina" jump links. */
export const JUMP_LINKS_FROM = 3;

/**
 * The sections a long page links to from "Op deze pagina": its `##` headings,
 * except those inside a <Later> fold (a jump link would show later topics to
 * readers early in the process). Empty for shorter pages.
 */
export function jumpSections(headings: readonly { depth: number; slug: string; text: string }[], body: string): { slug: string; text: string }[] {
  const folded = [...body.matchAll(/<Later\b[\s\S]*?<\/Later>/g)].map((m) => m[0]).join('\n');
  const inFold = (text: string) => new RegExp(`^#{2,}\\s+${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*$`, 'm').test(folded);
  const sections = headings.filter((h) => h.depth === 2 && h.slug !== 'in-het-kort' && !inFold(h.text));
  return sections.length >= JUMP_LINKS_FROM ? sections.map(({ slug, text }) => ({ slug, text })) : [];
}
