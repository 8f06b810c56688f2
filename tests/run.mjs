/**
 * `npm test`: every check, in order, with one plain summary line at the end.
 *
 *   1. type check        astro check (TypeScript strict, .astro files included)
 *   2. unit tests        Vitest project "unit"
 *   3. build             astro build (Pagefind index, headers, service worker)
 *   4. site checks       Vitest project "site" on dist/ (budgets, HTML validity, links, routes, headers)
 *   5. browser tests     Vitest project "browser": Debian Chromium via playwright-core
 *
 * Later stages still run when an earlier test stage fails, so one run shows
 * everything; a failed build skips the stages that need dist/.
 * The last line is always "N passed, N failed".
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const node = process.execPath; // the project's pinned Node (npm puts it first on PATH)
const astro = `${root}node_modules/astro/bin/astro.mjs`;
const vitest = `${root}node_modules/vitest/vitest.mjs`;
const reports = `${root}test-results`;
rmSync(reports, { recursive: true, force: true });
mkdirSync(reports, { recursive: true });

const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: process.env.FORCE_COLOR ?? '1' };
let passed = 0;
let failed = 0;
let skipped = 0;
const lines = [];

function run(label, args) {
  console.log(`\n=== ${label} ===`);
  const started = Date.now();
  const result = spawnSync(node, args, { cwd: root, stdio: 'inherit', env });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  return { ok: result.status === 0, seconds };
}

function step(label, args) {
  const { ok, seconds } = run(label, args);
  ok ? passed++ : failed++;
  lines.push(`${ok ? 'ok  ' : 'FAIL'} ${label} (${seconds} s)`);
  return ok;
}

function vitestProject(name) {
  const out = `${reports}/${name}.json`;
  const { ok, seconds } = run(`${name} tests`, [
    vitest,
    'run',
    '--project',
    name,
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${out}`,
  ]);
  let p = 0;
  let f = 0;
  if (existsSync(out)) {
    const json = JSON.parse(readFileSync(out, 'utf8'));
    p = json.numPassedTests ?? 0;
    skipped += (json.numPendingTests ?? 0) + (json.numTodoTests ?? 0);
    // Failed tests, plus test files that failed before running any test (an import or setup error).
    f = (json.numFailedTests ?? 0) + (json.testResults ?? []).filter((r) => r.status === 'failed' && r.assertionResults.length === 0).length;
  }
  if (!ok && f === 0) f = 1; // the run itself failed (setup error, no tests found)
  passed += p;
  failed += f;
  lines.push(`${f === 0 ? 'ok  ' : 'FAIL'} ${name} tests: ${p} passed, ${f} failed (${seconds} s)`);
}

step('type check (astro check)', [astro, 'check']);
vitestProject('unit');
// A failed build counts once (as the failed build step); the stages that need dist/ are skipped.
const built = step('build (astro build)', [astro, 'build']);
if (built) {
  vitestProject('site');
  vitestProject('browser');
} else {
  lines.push('SKIP site and browser tests: the build failed');
}

// The production-server checks need nginx; where it could not be installed they are skipped, and said so here.
const nginxSkipped = `${reports}/nginx-skipped.txt`;
if (existsSync(nginxSkipped)) lines.push(`SKIP nginx checks (tests/site/served.test.ts, tests/browser/nginx.test.ts): ${readFileSync(nginxSkipped, 'utf8').trim()}`);

console.log('\n=== Summary ===');
for (const line of lines) console.log(line);
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failed === 0 ? 0 : 1);
