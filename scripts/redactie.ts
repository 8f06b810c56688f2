/**
 * `npm run redactie`: the local editor. Opens forms for the content in
 * content/, made from the same schemas as the build, on http://127.0.0.1:4322,
 * and starts the site itself (`astro dev`) on http://localhost:4321, so every
 * form has a "Bekijk op de site" link. Stop both with Ctrl+C.
 *
 * Usage: npm run redactie [-- --poort 4400] [--commit] [--zonder-site]
 *   --commit       every successful save becomes a git commit of that one file
 *                  (or REDACTIE_COMMIT=1)
 *   --zonder-site  do not start `astro dev` (no preview link)
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { editorServer } from '../src/redactie/server.ts';
import { PREVIEW_PORT } from '../src/redactie/preview.ts';

const args = process.argv.slice(2);
const at = args.indexOf('--poort');
const port = at >= 0 ? Number(args[at + 1]) : 4322;
const commit = args.includes('--commit') || process.env['REDACTIE_COMMIT'] === '1';
const withSite = !args.includes('--zonder-site');
const site = withSite ? `http://localhost:${PREVIEW_PORT}` : null;

let dev: ChildProcess | null = null;
if (withSite) {
  dev = spawn(process.execPath, ['node_modules/astro/bin/astro.mjs', 'dev', '--port', String(PREVIEW_PORT)], {
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  dev.on('exit', (code) => {
    if (code) console.error(`De site (astro dev) is gestopt met code ${code}. De redactie werkt nog; "Bekijk op de site" niet.`);
  });
}
const stop = () => {
  dev?.kill();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);

const server = editorServer(undefined, { commit, site });
server.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EADDRINUSE') throw error;
  // In plain words for a maintainer, instead of a stack trace.
  console.error(`Poort ${port} is al in gebruik. Draait de redactie al in een ander venster? Of kies een andere poort: npm run redactie -- --poort 4400`);
  dev?.kill();
  process.exit(1);
});
server.listen(port, '127.0.0.1', () => {
  console.log(`Redactie: open http://127.0.0.1:${port}/ in je browser. Stoppen: Ctrl+C.`);
  if (site) console.log(`De site zelf start op ${site}/ (dat duurt even); elk formulier heeft een link "Bekijk op de site".`);
  if (commit) console.log('Elke opslag wordt een git-commit van dat ene bestand (--commit).');
});
