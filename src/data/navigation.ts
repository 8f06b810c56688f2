/**
 * The site's menu and footer links as data: one entry per item, its address
 * from the route builders (src/lib/routes.ts), its label under the same id in
 * the dictionary (src/i18n/nl/frame.ts, `nav.labels` and `footer.labels`; a
 * missing label is a type error). To add a menu item: one line here, one
 * label there.
 */
import { routes } from '../lib/routes';

export interface NavItem<Id extends string = string> {
  id: Id;
  href: string;
  /** Only in the phone menu: from 48rem the header shows it itself (help) or the footer has it. */
  phoneOnly?: boolean;
}

/** The main menu, in order: the three components, the tools, then help and professionals (phone menu only). */
export const MENU = [
  { id: 'samenBeslissen', href: routes.samenBeslissen() },
  { id: 'regelsEnRollen', href: routes.regelsEnRollen() },
  { id: 'ervaringen', href: routes.stories() },
  { id: 'vragen', href: routes.questions() },
  { id: 'werkblad', href: routes.worksheet() },
  { id: 'hulp', href: routes.help(), phoneOnly: true },
  { id: 'professionals', href: routes.professionals(), phoneOnly: true },
] as const satisfies readonly NavItem[];
export type MenuId = (typeof MENU)[number]['id'];

/** The footer's links, in order. */
export const FOOTER = [
  { id: 'over', href: routes.about() },
  { id: 'privacy', href: routes.privacy() },
  { id: 'toegankelijkheid', href: routes.accessibility() },
  { id: 'bronnen', href: routes.sources() },
  { id: 'hulp', href: routes.help() },
  { id: 'offline', href: routes.offlineReading() },
  { id: 'begrippen', href: routes.glossary() },
  { id: 'bewaard', href: routes.saved() },
  { id: 'naasten', href: routes.relatives() },
  { id: 'professionals', href: routes.professionals() },
] as const satisfies readonly NavItem[];
export type FooterId = (typeof FOOTER)[number]['id'];

/**
 * How a menu item relates to the page at `path`: "page" on the item's own
 * address, "true" inside its section (aria-current), else undefined.
 */
export function currentIn(href: string, path: string): 'page' | 'true' | undefined {
  if (path === href) return 'page';
  return href !== '/' && path.startsWith(href) ? 'true' : undefined;
}
