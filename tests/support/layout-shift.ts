/**
 * Layout shifts (CLS) in browser tests: read them from the page's buffered
 * 'layout-shift' entries, and load a page again when a shift may be noise.
 */
import type { Page } from 'playwright-core';

export interface Shift {
  value: number;
  /** The elements that moved, as `tag#id.class`. */
  sources: string[];
}

/**
 * Every layout shift without recent input, with the elements that moved:
 * since the page started loading (`from: 'start'`), or since its HTML was
 * parsed (`from: 'parsed'`, domInteractive, when the page's scripts start).
 */
export async function layoutShifts(page: Page, from: 'start' | 'parsed'): Promise<Shift[]> {
  return page.evaluate((sinceParsed) => {
    const name = (n: Node | null) => {
      if (!(n instanceof Element)) return n?.nodeName ?? '?';
      const cls = [...n.classList].slice(0, 2).join('.');
      return `${n.tagName.toLowerCase()}${n.id ? `#${n.id}` : ''}${cls ? `.${cls}` : ''}`;
    };
    const observer = new PerformanceObserver(() => {});
    observer.observe({ type: 'layout-shift', buffered: true });
    const entries = observer.takeRecords() as unknown as { value: number; startTime: number; hadRecentInput: boolean; sources: { node: Node | null }[] }[];
    observer.disconnect();
    const [nav] = performance.getEntriesByType('navigation') as PerformanceNavigationTiming[];
    const since = sinceParsed ? (nav?.domInteractive ?? 0) : 0;
    return entries
      .filter((e) => !e.hadRecentInput && e.startTime >= since)
      .map((e) => ({ value: e.value, sources: e.sources.map((s) => name(s.node)) }));
  }, from === 'parsed');
}

/** Wait two animation frames: whatever the last script changed has been laid out, and its shift recorded. */
export async function twoFrames(page: Page): Promise<void> {
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
}

/**
 * Load a page, and again while `shifted` says it shifted, three times at most;
 * returns every try, the last one decides. On a loaded machine a shift can be
 * noise (the header at first paint, a font found late) that moves other things
 * each time; a shift a script makes comes back every time.
 */
export async function loadWhileShifting<T>(load: () => Promise<T>, shifted: (tried: T) => boolean): Promise<T[]> {
  const tries = [await load()];
  while (shifted(tries.at(-1)!) && tries.length < 3) tries.push(await load());
  return tries;
}
