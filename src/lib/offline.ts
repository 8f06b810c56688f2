/**
 * Offline reading, the pure parts: which built files belong to the full
 * offline copy, which files the frame needs, and how a size reads in Dutch.
 * Used by the build (src/integrations/service-worker.ts), the control on
 * /offline-lezen/ (src/scripts/offline-save.ts) and the tests. No Node APIs.
 */
import { PHASE_NUMBERS } from '../data/site';
import { routes } from './routes';
import { LOCALE_TAG } from '../model/locale';

/**
 * The size of the full copy is known only when everything is built (the search
 * index included), so the offline page is rendered with this fixed-width
 * stand-in in its `data-bytes` attribute and the build writes the number in
 * afterwards, without changing the file's length.
 */
export const OFFLINE_BYTES_PLACEHOLDER = '0000000000';

/** Largest file the full copy takes (a bigger one is left out with a build warning). */
export const MAX_OFFLINE_FILE = 1024 * 1024;

/**
 * Files (paths relative to dist/) in the full offline copy: every page,
 * stylesheet, script and icon, the Dutch search index and the worksheet data.
 * Not: the worker itself, host configuration, short-link stubs, Pagefind's
 * unused UI bundles and other languages.
 */
export function isFullCopyFile(rel: string): boolean {
  if (/^(sw\.js|_headers|_redirects|_nginx\.conf)$/.test(rel) || /^f\d+\//.test(rel)) return false;
  if (rel.startsWith('pagefind/')) {
    return /^pagefind\/(pagefind\.js|pagefind-worker\.js|pagefind-entry\.json|[^/]+\.pf_meta|wasm\.nl\.pagefind|(index|fragment|filter)\/[^/]+)$/.test(rel);
  }
  if (rel.startsWith('_astro/')) return /\.(js|css|svg)$/.test(rel);
  return /\.(html|css|svg|ico|webmanifest)$/.test(rel) || rel === 'werkblad/gegevens.json';
}

/** The address of a built file: "over/index.html" → "/over/", "404.html" → "/404.html". */
export function urlOfFile(rel: string): string {
  if (rel === 'index.html') return '/';
  if (rel.endsWith('/index.html')) return `/${rel.slice(0, -'index.html'.length)}`;
  return `/${rel}`;
}

/** The pages of the frame, precached at install: the phase hubs, help, and the offline page (also the offline fallback). */
export function framePages(): string[] {
  return [...PHASE_NUMBERS.map((n) => routes.phase(n)), routes.help(), routes.offlineReading()];
}

/** Local files a page needs to render and run: stylesheets, scripts, module preloads, icons and the manifest. */
export function assetsOfPage(html: string): string[] {
  const out: string[] = [];
  for (const m of html.matchAll(/<link\b[^>]*>/g)) {
    const tag = m[0];
    const rel = /\brel="([^"]+)"/.exec(tag)?.[1] ?? '';
    const href = /\bhref="([^"]+)"/.exec(tag)?.[1];
    if (href && /\b(stylesheet|icon|manifest|modulepreload)\b/.test(rel)) out.push(href);
  }
  for (const m of html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)) out.push(m[1]!);
  for (const m of html.matchAll(/<astro-island\b[^>]*>/g)) {
    for (const attr of ['component-url', 'renderer-url', 'before-hydration-url']) {
      const v = new RegExp(`${attr}="([^"]+)"`).exec(m[0])?.[1];
      if (v) out.push(v);
    }
  }
  return out.filter((u) => u.startsWith('/') && !u.startsWith('//'));
}

/** Modules a built script imports statically (addresses resolved against the script's own). */
export function importsOfScript(code: string, from: string): string[] {
  return [...code.matchAll(/(?:\bimport|\bfrom)\s*["']([^"']+\.js)["']/g)].map((m) => new URL(m[1]!, `http://x${from}`).pathname);
}

/** Icons a web app manifest names. */
export function iconsOfManifest(json: string): string[] {
  try {
    const icons = (JSON.parse(json) as { icons?: { src?: string }[] }).icons ?? [];
    return icons.map((i) => i.src ?? '').filter((s) => s.startsWith('/'));
  } catch {
    return [];
  }
}

/**
 * Every address the frame needs: its pages, and everything they load,
 * following script imports and the manifest's icons. `read` returns a built
 * file's text by address, or null when there is none.
 */
export function frameFiles(read: (url: string) => string | null, pages: readonly string[] = framePages()): string[] {
  const seen = new Set<string>();
  const queue = [...pages];
  while (queue.length) {
    const url = queue.shift()!;
    if (seen.has(url)) continue;
    const text = read(url);
    if (text === null) throw new Error(`Het frame van de service worker noemt ${url}, maar dat bestand is niet gebouwd.`);
    seen.add(url);
    if (url.endsWith('/') || url.endsWith('.html')) queue.push(...assetsOfPage(text));
    else if (url.endsWith('.js')) queue.push(...importsOfScript(text, url));
    else if (url.endsWith('.webmanifest')) queue.push(...iconsOfManifest(text));
  }
  return [...seen];
}

/** A size in megabytes the Dutch way, one decimal: 4_050_000 → "4,1 MB". */
export function formatMegabytes(bytes: number): string {
  const mb = Math.max(bytes, 0) / 1_000_000;
  return `${new Intl.NumberFormat(LOCALE_TAG, { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(mb < 0.1 && bytes > 0 ? 0.1 : mb)} MB`;
}
