/** Helpers for the search browser tests (tests/browser/search*.test.ts). */
import type { Page } from 'playwright-core';
import { baseUrl } from './browser.ts';

/** Wait until the search is done: the status says something and no longer "Even zoeken…" (best bets show earlier). */
export async function settled(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const s = document.querySelector('[data-search-status]')?.textContent ?? '';
    return s !== '' && !s.startsWith('Even zoeken');
  });
}

/** The addresses of the results shown, in order. */
export function resultPaths(page: Page): Promise<string[]> {
  return page.locator('[data-search-list] li h3 a').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
}

/** Go to the search page the way a phone reader does: the header's search button on a content page (/over/). */
export async function searchFromHeader(page: Page): Promise<void> {
  await page.goto(`${baseUrl()}/over/`);
  await page.locator('.site-header').getByRole('link', { name: 'Zoek' }).click();
  await page.waitForURL('**/zoeken/');
}
