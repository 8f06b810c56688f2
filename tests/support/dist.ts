/** Reading the built site (dist/) in site tests. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { builtPagesList } from './pages-list.ts';

export const DIST = 'dist';

export function htmlFor(urlPath: string): string {
  const file = urlPath.endsWith('.html') ? join(DIST, urlPath) : join(DIST, urlPath, 'index.html');
  return readFileSync(file, 'utf8');
}

export function gz(content: string | Buffer): number {
  return gzipSync(content, { level: 9 }).length;
}

export function distFile(urlPath: string): string | null {
  const clean = decodeURIComponent(urlPath.split('#')[0]!.split('?')[0]!);
  const candidates = [join(DIST, clean), join(DIST, clean, 'index.html'), join(DIST, `${clean}.html`)];
  return candidates.find((c) => existsSync(c) && !c.endsWith('/')) ?? null;
}

/** Stylesheets that block rendering: <link rel="stylesheet"> without media="print". */
export function blockingCss(html: string): string[] {
  return [...html.matchAll(/<link\b[^>]*rel="stylesheet"[^>]*>/g)]
    .map((m) => m[0])
    .filter((tag) => !/media="print"/.test(tag))
    .map((tag) => /href="([^"]+)"/.exec(tag)![1]!);
}

/** Script files a page loads, following static imports between bundled modules. */
export function scriptsLoaded(html: string): string[] {
  const seen = new Set<string>();
  const queue = [...html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)].map((m) => m[1]!);
  // Astro islands load their component and renderer through attributes on <astro-island>.
  for (const m of html.matchAll(/<astro-island\b[^>]*>/g)) {
    for (const attr of ['component-url', 'renderer-url', 'before-hydration-url']) {
      const v = new RegExp(`${attr}="([^"]+)"`).exec(m[0]);
      if (v?.[1]) queue.push(v[1]);
    }
  }
  while (queue.length) {
    const src = queue.shift()!;
    if (seen.has(src) || !src.startsWith('/')) continue;
    seen.add(src);
    const file = join(DIST, src);
    if (!existsSync(file)) continue;
    const code = readFileSync(file, 'utf8');
    for (const m of code.matchAll(/(?:import|from)\s*["']([^"']+\.js)["']/g)) {
      const next = new URL(m[1]!, `http://x${src}`).pathname;
      queue.push(next);
    }
  }
  return [...seen];
}

export function inlineScripts(html: string): string[] {
  return [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)]
    .filter((m) => !/\bsrc=/.test(m[1]!) && !/application\/(ld\+)?json/.test(m[1]!))
    .map((m) => m[2]!);
}

export { builtPagesList };
