/**
 * Screenshots of built pages at phone and desktop width (and print), for
 * looking at what we built. Not a test.
 * Usage: node_modules/.bin/node tests/support/screenshots.ts [outDir] /path/ /other/ ...
 *   add --print to also render print emulation, --full for full-page shots.
 */
import { mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, ensureChromium } from './chromium.ts';
import { startServer } from './server.ts';

const args = process.argv.slice(2);
const print = args.includes('--print');
const full = args.includes('--full');
const rest = args.filter((a) => !a.startsWith('--'));
const outDir = rest[0] && !rest[0].startsWith('/') ? rest.shift()! : '/tmp/shots';
const paths = rest.length ? rest : ['/'];
mkdirSync(outDir, { recursive: true });

const server = await startServer('dist');
const browser = await chromium.launch({ executablePath: ensureChromium(), args: CHROMIUM_ARGS });
for (const path of paths) {
  const name = path.replace(/[^a-z0-9]+/gi, '_').replace(/^_|_$/g, '') || 'home';
  for (const [label, width] of [['phone', 360], ['desktop', 1280]] as const) {
    const page = await browser.newPage({ viewport: { width, height: label === 'phone' ? 740 : 900 } });
    await page.goto(server.url + path, { waitUntil: 'networkidle' });
    await page.screenshot({ path: `${outDir}/${name}-${label}.png`, fullPage: full });
    if (print && label === 'desktop') {
      await page.emulateMedia({ media: 'print' });
      await page.screenshot({ path: `${outDir}/${name}-print.png`, fullPage: true });
      await page.pdf({ path: `${outDir}/${name}.pdf`, format: 'A4', printBackground: true });
    }
    await page.close();
  }
  console.log(`${outDir}/${name}-*.png`);
}
await browser.close();
await server.close();
