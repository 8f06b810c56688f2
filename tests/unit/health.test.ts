/**
 * The content health report (src/model/health.ts, `npm run gezondheid`):
 * each check finds what it should on a fixture, on a date the test chooses;
 * an expired amount makes the report fail. On the real content, today, the
 * report has no errors (this is the part of `npm test` that stops the build on
 * an amount past its validity) and is written to test-results/gezondheid.html.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { AMOUNTS, isoDate } from '../../src/data/amounts';
import { formatReport, healthReport, reportHtml, yearBefore, type HealthInput } from '../../src/model/health';
import { healthInputs } from '../../src/model/health-inputs';
import { readContent } from '../../src/model/read';
import { EXPIRED } from '../fixtures/amounts-expired';

const fixture = readContent({ dir: 'tests/fixtures/health' });
const input = (today: string): HealthInput => ({ content: fixture.entries, amounts: EXPIRED, today, hardTerms: ['bedrijfsarts', 'probleemanalyse', 'loonsanctie'], codeText: '' });
const PAGE = 'tests/fixtures/health/pages/oude-regel.mdx';

describe('health report on a fixture', () => {
  const report = healthReport(input('2026-01-01'));
  const found = (check: string) => report.findings.filter((f) => f.check === check).map((f) => `${f.file}: ${f.what}`);

  it('fails on an amount past its validity, and only then', () => {
    expect(found('bedragen')).toEqual(['content/bedragen.yaml: maximumdagloon (Maximum daily wage 2025) gold tot 2025-12-31.']);
    expect(report.failed).toBe(true);
    expect(healthReport(input('2025-12-31')).failed).toBe(false);
  });

  it('lists pages last checked more than 12 months before today', () => {
    expect(found('controle')).toEqual([`${PAGE}: Laatst gecontroleerd op 2024-01-15.`]);
    expect(healthReport(input('2025-01-15')).findings.filter((f) => f.check === 'controle')).toEqual([]);
  });

  it('warns about a factual page without a statute article or an official source', () => {
    expect(found('bronnen')).toEqual([`${PAGE}: Alleen andere bronnen: Een advocatenkantoor.`]);
  });

  it('lists glossary terms used but missing, and terms defined but never used', () => {
    expect(found('begrip-ontbreekt')).toEqual(['tests/fixtures/health/glossary.yaml: “probleemanalyse” staat niet in de begrippenlijst.']);
    expect(found('begrip-ongebruikt')).toEqual(['tests/fixtures/health/glossary.yaml: “Wachttijd” (wachttijd) komt in geen enkele tekst voor.']);
  });

  it('warns about text above B1, with the longest sentences', () => {
    const [finding] = report.findings.filter((f) => f.check === 'leesniveau');
    expect(finding?.file).toBe(PAGE);
    expect(finding?.details[0]).toMatch(/^“De bedrijfsarts maakt in de eerste weken/);
  });

  it('lists pages that nothing leads to, and not the ones the code links to', () => {
    expect(found('vindbaar')).toEqual([`${PAGE}: Geen fasepagina, lijst, link of beste antwoord leidt naar /oude-regel/; alleen het zoeken vindt hem.`]);
    expect(healthReport({ ...input('2026-01-01'), codeText: "routes.page('oude-regel')" }).findings.filter((f) => f.check === 'vindbaar')).toEqual([]);
  });

  it('prints a table and writes an HTML page', () => {
    const text = formatReport(report);
    expect(text).toContain('## Bedragen die niet meer gelden: 1× FOUT');
    expect(text).toContain('1 fout(en)');
    const html = reportHtml(report);
    expect(html).toContain('<tr class="fout"><td>fout</td><td><code>content/bedragen.yaml</code></td>');
    expect(html).not.toMatch(/<script/);
  });

  it('counts a year back from today, also from a leap day', () => {
    expect(yearBefore('2026-12-07')).toBe('2025-12-07');
    expect(yearBefore('2028-02-29')).toBe('2027-02-28');
  });
});

describe('health report on the real content, today', () => {
  it('has no errors (an amount past its validity stops npm test)', () => {
    const { entries } = readContent();
    const report = healthReport({ content: entries, amounts: AMOUNTS, today: isoDate(new Date()), ...healthInputs() });
    mkdirSync('test-results', { recursive: true });
    writeFileSync('test-results/gezondheid.html', reportHtml(report));
    console.log(formatReport(report));
    expect(report.findings.filter((f) => f.level === 'fout')).toEqual([]);
  });
});
