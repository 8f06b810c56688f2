import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, ensureChromium } from './chromium.ts';
import { startServer } from './server.ts';
import { builtPagesList } from './pages-list.ts';
const server = await startServer('dist');
const browser = await chromium.launch({ executablePath: ensureChromium(), args: CHROMIUM_ARGS });
const page = await browser.newPage({ viewport: { width: 360, height: 740 } });
const out: string[] = [];
for (const p of builtPagesList()) {
  await page.goto(server.url + p);
  const r = await page.evaluate(() => ({ h: document.documentElement.scrollHeight, head: document.querySelector('.site-header')!.getBoundingClientRect().height, toc: !!document.querySelector('.on-this-page'), main: document.querySelector('main')!.getBoundingClientRect().height }));
  if (r.h > 4 * 740 || r.head > 90) out.push(`${p} ${r.h} main=${Math.round(r.main)} head=${r.head} toc=${r.toc}`);
}
console.log(out.join('\n'));
await browser.close();
await server.close();
