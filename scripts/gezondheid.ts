/**
 * `npm run gezondheid`: the content health report for maintainers. Reads the
 * content through the schemas (no Astro, no build), prints a table and writes
 * reports/gezondheid.html. Exits with 1 when an amount has expired.
 * Usage: npm run gezondheid [-- --vandaag 2027-01-15]
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { AMOUNTS, isoDate } from '../src/data/amounts.ts';
import { formatReport, healthReport, reportHtml } from '../src/model/health.ts';
import { healthInputs } from '../src/model/health-inputs.ts';
import { readContent } from '../src/model/read.ts';

const at = process.argv.indexOf('--vandaag');
const today = at > 0 && process.argv[at + 1] ? process.argv[at + 1]! : isoDate(new Date());

const { entries, problems } = readContent();
for (const p of problems) console.error(`Schemafout: ${p.message}`);
const report = healthReport({ content: entries, amounts: AMOUNTS, today, ...healthInputs() });
console.log(formatReport(report));
mkdirSync('reports', { recursive: true });
writeFileSync('reports/gezondheid.html', reportHtml(report));
console.log('\nOpen reports/gezondheid.html in je browser voor dezelfde lijst als pagina.');
if (report.failed || problems.length > 0) process.exitCode = 1;
