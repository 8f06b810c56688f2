/**
 * "Bekijk op de site": where an entry shows on the local site (`astro dev`,
 * started by `npm run redactie` on http://localhost:4321), built with the
 * site's own route builders (src/lib/routes.ts), so the link follows a route
 * change. The editor's own pages load nothing from that site.
 */
import { page as pageUrl, routes } from '../lib/routes.ts';
import { PHASE_NUMBERS, type PhaseNumber } from '../data/site.ts';
import type { Editable } from './store.ts';

/** The local site that `npm run redactie` starts next to the editor. */
export const PREVIEW_PORT = 4321;

/** The public path of an entry, or null when it has no page of its own. */
export function entryPath(collection: Editable | 'synonyms', id: string): string | null {
  switch (collection) {
    case 'pages':
      return pageUrl(id);
    case 'stories':
      return routes.story(id);
    case 'steps':
      // The URL part is the file name without its order number, as stepSlug() in src/lib/steps.ts (which needs Astro).
      return routes.step(id.replace(/^\d+-/, ''));
    case 'phases': {
      const n = Number(id) as PhaseNumber;
      return (PHASE_NUMBERS as readonly number[]).includes(n) ? routes.phase(n) : null;
    }
    case 'glossary':
      return routes.term(id);
    case 'themes':
      return routes.theme(id);
    case 'questions':
      return routes.questions();
    case 'cards':
      return routes.decisionCard(id);
    case 'bestBets':
    case 'synonyms':
      return routes.search();
    case 'amounts':
      return null;
  }
}

/** The "Bekijk op de site" link for an entry's form ('' when it has no page). */
export function previewLink(collection: Editable | 'synonyms', id: string, site: string | null): string {
  const path = entryPath(collection, id);
  if (!site || !path) return '';
  const href = `${site}${path}`;
  return `<p class="bekijk"><a href="${href.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}" target="_blank" rel="noopener">Bekijk op de site</a> <small>(${path}, in een nieuw tabblad; na opslaan ververst de pagina vanzelf)</small></p>`;
}

/** A folded frame with the entry's page, for under the form (loads only when opened). */
export function previewFrame(collection: Editable | 'synonyms', id: string, site: string | null): string {
  const path = entryPath(collection, id);
  if (!site || !path) return '';
  const src = `${site}${path}`.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
  return `<details class="voorbeeld"><summary>Voorbeeld hier bekijken</summary><iframe src="${src}" title="Voorbeeld van de pagina op de site" loading="lazy" width="100%" height="700"></iframe></details>`;
}
