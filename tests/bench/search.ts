/**
 * `npm run bench:search`: Pagefind index size and time to first results for the
 * query set (tests/fixtures/search-queries.json), in Chromium on the built site
 * served with production headers. Reported, never asserted.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, ensureChromium } from '../support/chromium.ts';
import { startServer } from '../support/server.ts';

const { queries } = JSON.parse(readFileSync('tests/fixtures/search-queries.json', 'utf8')) as { queries: { q: string }[] };
const files = readdirSync('dist/pagefind', { recursive: true, withFileTypes: true }).filter((e) => e.isFile());
const size = (re: RegExp) => files.filter((f) => re.test(join(f.parentPath, f.name))).reduce((s, f) => s + statSync(join(f.parentPath, f.name)).size, 0);
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

const server = await startServer('dist');
const browser = await chromium.launch({ executablePath: ensureChromium(), args: CHROMIUM_ARGS });
const context = await browser.newContext({ serviceWorkers: 'block', viewport: { width: 360, height: 740 } });
const page = await context.newPage();
let transferred = 0;
page.on('response', async (r) => {
  if (r.url().includes('/pagefind/')) transferred += (await r.body().catch(() => Buffer.alloc(0))).length;
});

const times: number[] = [];
let cold = 0;
await page.goto(`${server.url}/zoeken/`);
for (const [i, { q }] of queries.entries()) {
  const ms = await page.evaluate(async (query) => {
    const input = document.getElementById('zoekpagina') as HTMLInputElement;
    const list = document.querySelector('[data-search-list]')!;
    const status = document.querySelector('[data-search-status]')!;
    list.replaceChildren();
    input.value = query;
    const t0 = performance.now();
    input.form!.requestSubmit();
    await new Promise<void>((resolve) => {
      const check = () => (list.children.length > 0 || /Niets gevonden/.test(status.textContent ?? '') ? resolve() : requestAnimationFrame(check));
      check();
    });
    return performance.now() - t0;
  }, q);
  if (i === 0) cold = ms;
  else times.push(ms);
}
await browser.close();
await server.close();

times.sort((a, b) => a - b);
const pct = (p: number) => times[Math.min(times.length - 1, Math.floor((p / 100) * times.length))]!;
console.log(`Zoekindex op schijf: ${kb(size(/\/(index|fragment|filter)\//))} index + fragmenten + filters, ${kb(size(/wasm\.nl/))} wasm, ${kb(size(/pagefind(-worker)?\.js$/))} runtime`);
console.log(`Gedownload voor ${queries.length} zoekopdrachten: ${kb(transferred)}`);
console.log(`Tijd tot eerste resultaten: eerste zoekopdracht (koud) ${cold.toFixed(0)} ms; daarna mediaan ${pct(50).toFixed(0)} ms, p95 ${pct(95).toFixed(0)} ms (${times.length} zoekopdrachten)`);
