/** Every built page as a URL path, without Astro's redirect stubs. Shared by site and browser tests. */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

export function builtPagesList(dist = 'dist'): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== 'pagefind' && entry.name !== '_astro') walk(full);
      } else if (entry.name.endsWith('.html')) {
        if (/<meta http-equiv="refresh"/i.test(readFileSync(full, 'utf8'))) continue;
        const rel = relative(dist, full).replaceAll('\\', '/');
        out.push(rel === 'index.html' ? '/' : rel.endsWith('/index.html') ? `/${rel.slice(0, -'index.html'.length)}` : `/${rel}`);
      }
    }
  };
  walk(dist);
  return out.sort();
}
