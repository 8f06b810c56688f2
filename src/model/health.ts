/**
 * The content health report, for maintainers (`npm run gezondheid`): what
 * needs attention, read from the content files through the schemas
 * (src/model/read.ts), without Astro. `today` is a parameter, so tests can
 * put the report on any date.
 *
 * Level "fout" stops `npm test` (an amount past its validity); level "let op"
 * is a task for the editors (an old review date, a page with secondary sources
 * only, a glossary gap, a page above B1, a page nothing leads to).
 */
import { AMOUNTS_FILE, expiredAmounts, type Amount } from '../data/amounts.ts';
import { isOfficial, namesArticle } from '../data/official-sources.ts';
import { COMPONENTS_NEEDING_SOURCES } from '../data/vocab.ts';
import { B1, mdxToText, readability } from '../lib/readability.ts';
import { referenceFields } from './references.ts';
import type { LoadedContent, LoadedEntry } from './read.ts';
import type { CollectionName } from './schemas.ts';

export type Level = 'fout' | 'let op';

/** The checks, in the order the report shows them, with a Dutch title and what to do. */
export const CHECKS = {
  bedragen: { title: 'Bedragen die niet meer gelden', todo: 'Zet het nieuwe bedrag, de datums en de bron in content/bedragen.yaml (of bij “Bedragen” in npm run redactie). Tot dan stopt npm test.' },
  controle: { title: 'Langer dan 12 maanden niet gecontroleerd', todo: 'Kijk de feiten na met de bronnen en zet de datum bij "reviewed" (Laatst gecontroleerd).' },
  bronnen: { title: 'Geen wetsartikel of officiële bron', todo: 'Voeg een bron toe met het wetsartikel (wetten.overheid.nl) of een officiële pagina (UWV, Juridisch Loket, NVAB).' },
  'begrip-ontbreekt': { title: 'Begrippen die gebruikt worden maar niet in de begrippenlijst staan', todo: 'Voeg het begrip toe aan content/glossary.yaml, of gebruik een gewoner woord.' },
  'begrip-ongebruikt': { title: 'Begrippen in de lijst die nergens gebruikt worden', todo: 'Haal het begrip weg, of voeg een vorm toe bij "forms" als de tekst het anders schrijft.' },
  leesniveau: { title: 'Teksten boven B1', todo: `Maak de langste zinnen korter: gemiddeld hoogstens ${B1.maxWordsPerSentence} woorden, hoogstens ${B1.maxLongSentenceShare * 100}% zinnen boven 20 woorden.` },
  vindbaar: { title: 'Pagina’s waar niets naartoe leidt', todo: 'Zet de pagina op een fasepagina, in een lijst (onder een bovenliggende pagina), in een link of bij de beste antwoorden van het zoeken.' },
} as const;
export type CheckId = keyof typeof CHECKS;

export interface Finding {
  check: CheckId;
  level: Level;
  /** The file to open ("content/pages/over.mdx", "content/bedragen.yaml"). */
  file: string;
  /** What is wrong, in one line. */
  what: string;
  /** More lines, such as the longest sentences. */
  details: string[];
}

export interface HealthReport {
  today: string;
  findings: Finding[];
  /** True when a finding of level "fout" is present. */
  failed: boolean;
}

export interface HealthInput {
  content: LoadedContent;
  amounts: readonly Amount[];
  /** ISO date (yyyy-mm-dd) the report is made on. */
  today: string;
  /** Words a reader may not know (tests/fixtures/wvp-terms.txt): when content uses one, the glossary must have it. */
  hardTerms: readonly string[];
  /** The site's own code, where addresses are built (menu, footer, tools), to see which pages it links to. */
  codeText: string;
}

/** The same date one year earlier (29 February → 28 February). */
export function yearBefore(today: string): string {
  const [y, m, d] = today.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y - 1, m - 1, d));
  if (date.getUTCMonth() !== m - 1) date.setUTCDate(0);
  return date.toISOString().slice(0, 10);
}

const iso = (d: Date) => d.toISOString().slice(0, 10);
const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const wordRes = new Map<string, RegExp>();
/** The word as a whole word (not inside a longer word or a compound with a dash). */
const wordRe = (w: string): RegExp => {
  const key = w.toLowerCase();
  let re = wordRes.get(key);
  if (!re) wordRes.set(key, (re = new RegExp(`(?<![\\p{L}-])${escapeRe(key)}(?![\\p{L}])`, 'u')));
  return re;
};

/** All text strings inside a parsed value (nested lists and objects included). */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value && typeof value === 'object' && !(value instanceof Date)) return Object.values(value).flatMap(strings);
  return [];
}

type AnyEntry = LoadedEntry<CollectionName>;

function checkAmounts(input: HealthInput): Finding[] {
  return expiredAmounts(input.amounts, input.today).map((a) => ({
    check: 'bedragen',
    level: 'fout',
    file: AMOUNTS_FILE,
    what: `${a.id} (${a.label}) gold tot ${a.validUntil}.`,
    details: [`Bron: ${a.source.title}`],
  }));
}

function checkReviewed(input: HealthInput): Finding[] {
  const limit = yearBefore(input.today);
  const dated = [...input.content.pages, ...input.content.steps, ...input.content.cards];
  return dated
    .filter((e) => iso(e.data.reviewed) < limit)
    .map((e) => ({ check: 'controle', level: 'let op', file: e.file, what: `Laatst gecontroleerd op ${iso(e.data.reviewed)}.`, details: [] }));
}

function checkSources(input: HealthInput): Finding[] {
  const factual = [...input.content.pages.filter((p) => COMPONENTS_NEEDING_SOURCES.includes(p.data.component)), ...input.content.steps];
  return factual
    .filter((e) => !e.data.sources.some((s) => namesArticle(s.title) || isOfficial(s.url)))
    .map((e) => ({
      check: 'bronnen',
      level: 'let op',
      file: e.file,
      what: e.data.sources.length === 0 ? 'Geen bronnen.' : `Alleen andere bronnen: ${[...new Set(e.data.sources.map((s) => s.publisher))].join(', ')}.`,
      details: [],
    }));
}

/** Everything a reader can read, per file, in lower case (the glossary itself and the synonyms left out). */
function readerTexts(content: LoadedContent): { file: string; text: string }[] {
  const byFile = new Map<string, string[]>();
  const collections: CollectionName[] = ['pages', 'stories', 'steps', 'phases', 'questions', 'cards', 'themes'];
  for (const c of collections) {
    for (const e of content[c] as AnyEntry[]) {
      const list = byFile.get(e.file) ?? [];
      list.push(...strings(e.data), mdxToText(e.body));
      byFile.set(e.file, list);
    }
  }
  return [...byFile].map(([file, parts]) => ({ file, text: parts.join('\n').toLowerCase() }));
}

function checkGlossary(input: HealthInput): Finding[] {
  const texts = readerTexts(input.content);
  const terms = input.content.glossary;
  const glossaryFile = terms[0]?.file ?? 'content/glossary.yaml';
  const known = new Set(terms.flatMap((t) => [t.data.term, ...t.data.forms].map((f) => f.toLowerCase())));
  const missing: Finding[] = input.hardTerms
    .filter((word) => !known.has(word.toLowerCase()))
    .flatMap((word) => {
      const files = texts.filter((t) => wordRe(word).test(t.text)).map((t) => t.file);
      return files.length === 0
        ? []
        : [{ check: 'begrip-ontbreekt' as const, level: 'let op' as const, file: glossaryFile, what: `“${word}” staat niet in de begrippenlijst.`, details: files.slice(0, 5).map((f) => `gebruikt in ${f}`) }];
    });
  const unused: Finding[] = terms
    .filter((t) => ![t.data.term, ...t.data.forms].some((f) => texts.some((x) => wordRe(f).test(x.text))))
    .map((t) => ({ check: 'begrip-ongebruikt', level: 'let op', file: t.file, what: `“${t.data.term}” (${t.id}) komt in geen enkele tekst voor.`, details: [] }));
  return [...missing, ...unused];
}

function checkReadability(input: HealthInput): Finding[] {
  const bodies = [...input.content.pages, ...input.content.steps, ...input.content.stories, ...input.content.phases] as AnyEntry[];
  return bodies.flatMap((e) => {
    const r = readability(mdxToText(e.body));
    if (r.sentences < 3) return []; // too short to judge
    if (r.wordsPerSentence <= B1.maxWordsPerSentence && r.longSentenceShare <= B1.maxLongSentenceShare) return [];
    return [
      {
        check: 'leesniveau' as const,
        level: 'let op' as const,
        file: e.file,
        what: `${r.wordsPerSentence.toFixed(1)} woorden per zin, ${Math.round(r.longSentenceShare * 100)}% lange zinnen.`,
        details: r.longest.map((s) => `“${s}”`),
      },
    ];
  });
}

function checkReachable(input: HealthInput): Finding[] {
  const pages = input.content.pages;
  const ids = new Set(pages.map((p) => p.id));
  const reached = new Set<string>(['index']);
  // References from other entries: phase hubs (decide, read), roles of steps, related pages, best bets, cards.
  for (const { collection, field, to } of referenceFields()) {
    if (to !== 'pages') continue;
    for (const e of input.content[collection] as AnyEntry[]) {
      const value = (e.data as Record<string, unknown>)[field];
      for (const id of Array.isArray(value) ? value : [value]) if (typeof id === 'string') reached.add(id);
    }
  }
  // Lists: a page is listed on its parent page.
  for (const id of ids) {
    const parent = id.split('/').slice(0, -1).join('/');
    if (parent && ids.has(parent)) reached.add(id);
  }
  // Links in any content text, and addresses or page ids in the site's code (menu, footer, tools).
  const linkText = [...(Object.values(input.content) as AnyEntry[][]).flat().map((e) => `${e.body}\n${strings(e.data).join('\n')}`), input.codeText].join('\n');
  for (const id of ids) {
    if (reached.has(id)) continue;
    if (linkText.includes(`/${id}/`) || linkText.includes(`'${id}'`)) reached.add(id);
  }
  return pages
    .filter((p) => !reached.has(p.id) && !p.data.noSearch)
    .map((p) => ({ check: 'vindbaar', level: 'let op', file: p.file, what: `Geen fasepagina, lijst, link of beste antwoord leidt naar /${p.id}/; alleen het zoeken vindt hem.`, details: [] }));
}

export function healthReport(input: HealthInput): HealthReport {
  const findings = [...checkAmounts(input), ...checkReviewed(input), ...checkSources(input), ...checkGlossary(input), ...checkReadability(input), ...checkReachable(input)];
  return { today: input.today, findings, failed: findings.some((f) => f.level === 'fout') };
}

/** The report as plain text: one block per check, a table of file and finding. */
export function formatReport(report: HealthReport): string {
  const lines = [`Gezondheid van de content op ${report.today}`, ''];
  for (const [id, check] of Object.entries(CHECKS) as [CheckId, (typeof CHECKS)[CheckId]][]) {
    const found = report.findings.filter((f) => f.check === id);
    const mark = found.length === 0 ? 'in orde' : `${found.length}× ${found[0]!.level === 'fout' ? 'FOUT' : 'let op'}`;
    lines.push(`## ${check.title}: ${mark}`);
    if (found.length > 0) {
      lines.push(`   ${check.todo}`);
      const width = Math.min(70, Math.max(...found.map((f) => f.file.length)));
      for (const f of found) {
        lines.push(`   ${f.file.padEnd(width)}  ${f.what}`);
        for (const d of f.details) lines.push(`   ${''.padEnd(width)}    - ${d}`);
      }
    }
    lines.push('');
  }
  const errors = report.findings.filter((f) => f.level === 'fout').length;
  lines.push(errors > 0 ? `${errors} fout(en): dit moet eerst opgelost worden.` : `Geen fouten; ${report.findings.length} punt(en) om na te kijken.`);
  return lines.join('\n');
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The report as a small HTML page a maintainer can open in a browser. */
export function reportHtml(report: HealthReport): string {
  const sections = (Object.entries(CHECKS) as [CheckId, (typeof CHECKS)[CheckId]][]).map(([id, check]) => {
    const found = report.findings.filter((f) => f.check === id);
    const status = found.length === 0 ? '<p class="ok">In orde.</p>' : `<p>${esc(check.todo)}</p>`;
    const rows = found
      .map((f) => `<tr class="${f.level === 'fout' ? 'fout' : ''}"><td>${esc(f.level)}</td><td><code>${esc(f.file)}</code></td><td>${esc(f.what)}${f.details.length ? `<ul>${f.details.map((d) => `<li>${esc(d)}</li>`).join('')}</ul>` : ''}</td></tr>`)
      .join('\n');
    const table = found.length ? `<table><thead><tr><th>Niveau</th><th>Bestand</th><th>Wat</th></tr></thead><tbody>\n${rows}\n</tbody></table>` : '';
    return `<section id="${id}"><h2>${esc(check.title)} <small>(${found.length})</small></h2>${status}${table}</section>`;
  });
  const errors = report.findings.filter((f) => f.level === 'fout').length;
  return `<!doctype html>
<html lang="nl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Gezondheid van de content, ${esc(report.today)}</title>
<style>
body{font:16px/1.5 system-ui,sans-serif;max-width:70rem;margin:2rem auto;padding:0 1rem;color:#1d1d1b}
table{border-collapse:collapse;width:100%}th,td{border-bottom:1px solid #ccc;padding:.3rem .5rem;text-align:left;vertical-align:top}
tr.fout td{background:#fde8e8}.ok{color:#1b5a56}code{font-size:.9em}small{font-weight:normal;color:#555}
</style>
</head>
<body>
<h1>Gezondheid van de content</h1>
<p>Gemaakt op ${esc(report.today)}. ${errors > 0 ? `<strong>${errors} fout(en)</strong>: los die eerst op, tot dan stopt <code>npm test</code>.` : 'Geen fouten.'} ${report.findings.length - errors} punt(en) om na te kijken. Uitleg: <code>content/README.md</code>.</p>
${sections.join('\n')}
</body>
</html>
`;
}
