/**
 * The local editor (`npm run redactie`) driven in Chromium, as a maintainer
 * would: an unchanged save of one entry of every editable collection leaves
 * its file byte for byte as it was; a save with an invalid field is refused
 * with a Dutch message naming the field and changes nothing; an edited
 * glossary term and a page body with components are written exactly as
 * intended and show up in the built site, while every other built page stays
 * identical to the build of the untouched copy.
 *
 * Works on a copy of the project in a temporary folder (content/, src/,
 * public/ and the config, node_modules linked): other browser tests read the
 * repository's dist/ at the same time, and its content/ must stay as it is.
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { editorServer } from '../../src/redactie/server';
import { EDITABLE, listEntries, readEntry } from '../../src/redactie/store';
import { page as pageUrl, routes } from '../../src/lib/routes';
import { axe, DESKTOP, formatViolations, launch } from '../support/browser';
import { startServer, type RunningServer } from '../support/server';

/**
 * Where one entry of each editable collection shows in the built site, and
 * which entry (the first one when no id is given). Pages and stories are ones
 * with components in their body (<Later>, <Note>), so those survive a save too.
 */
const SHOWN: Record<string, { id?: string; url: (id: string) => string }> = {
  pages: { id: 'samen-beslissen/wat-ligt-vast', url: pageUrl },
  stories: { id: 'linda', url: routes.story },
  steps: { url: (id) => routes.step(id.replace(/^\d+-/, '')) },
  phases: { id: '1', url: () => routes.phase(1) },
  glossary: { id: 'ziekmelding', url: routes.term },
  questions: { url: () => routes.questions() },
  themes: { url: routes.theme },
  cards: { id: 'tempo-en-uren', url: routes.decisionCard },
  bestBets: { url: () => routes.search() },
  synonyms: { url: () => routes.search() },
  amounts: { id: 'maximumdagloon', url: () => pageUrl('regels-en-rollen/rechten-en-plichten/loon-tijdens-ziekte') },
  selfCheck: { url: routes.selfCheck },
};

/** The entries edited in test (a); nothing else in the built site may change because of them. */
const TERM = 'verzuimprotocol';
const PAGE = 'over';
/** The one other page the edits may change: the build writes the size of the full offline copy into it. */
const SIZE_PAGE = routes.offlineReading();

/**
 * A full `astro build` of the copy (search index, service worker and the .gz
 * and .br copies included) takes about a minute on an idle 2-core machine. It
 * measured 3 min 18 s with one other build running (load average 12), and
 * 6 min 10 s with several builds, type checks and browser suites at once
 * (load average 25). Fifteen minutes leaves room for that and still ends a
 * build that hangs.
 */
const BUILD_LIMIT = 15 * 60_000;

const ROOT = resolve('.');
let work = '';
let content = '';
let editor: Server;
let editorUrl = '';
let browser: Browser;
let context: BrowserContext;
let site: RunningServer | null = null;

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'keuzehulp-redactie-browser-'));
  for (const part of ['content', 'src', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json']) cpSync(join(ROOT, part), join(work, part), { recursive: true });
  symlinkSync(join(ROOT, 'node_modules'), join(work, 'node_modules'), 'dir');
  content = join(work, 'content');
  // The editor's clock stands on the page's own review date: ticking "Ik heb de feiten vandaag
  // nagekeken" (a changed factual page needs it) then leaves that date as it is, on any day the test runs.
  const reviewed = String(readEntry(content, 'pages', PAGE)!.raw['reviewed']);
  editor = editorServer(content, { now: () => new Date(`${reviewed}T12:00:00`) });
  await new Promise<void>((done) => editor.listen(0, '127.0.0.1', done));
  editorUrl = `http://127.0.0.1:${(editor.address() as AddressInfo).port}`;
  browser = await launch();
  context = await browser.newContext({ viewport: DESKTOP, locale: 'nl-NL', serviceWorkers: 'block' });
  // Nothing may leave this machine.
  await context.route('**/*', (route) => (new URL(route.request().url()).hostname === '127.0.0.1' ? route.continue() : route.abort()));
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
  await new Promise<void>((done) => (editor ? editor.close(() => done()) : done()));
  if (work) rmSync(work, { recursive: true, force: true });
});

/** Run `astro build` in the copy; rejects with the end of its output when it fails or takes too long. */
function build(): Promise<void> {
  const env: NodeJS.ProcessEnv = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };
  // As `npm run build` runs it: not in Vitest's test mode, and on the copy's own content/.
  for (const key of Object.keys(env)) if (key === 'NODE_ENV' || key === 'CONTENT_DIR' || key.startsWith('VITEST')) delete env[key];
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [join(work, 'node_modules/astro/bin/astro.mjs'), 'build'], { cwd: work, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let log = '';
    const keep = (chunk: Buffer) => (log = (log + chunk.toString()).slice(-4000));
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      fail(new Error(`astro build took longer than ${BUILD_LIMIT / 60_000} minutes:\n${log}`));
    }, BUILD_LIMIT);
    child.on('close', (code) => {
      clearTimeout(timer);
      if (code === 0) done();
      else fail(new Error(`astro build failed (${code}):\n${log}`));
    });
  });
}

/** sha256 of every built HTML file, by its URL. */
function builtHtml(): Map<string, string> {
  const dist = join(work, 'dist');
  const out = new Map<string, string>();
  for (const e of readdirSync(dist, { recursive: true, withFileTypes: true })) {
    if (!e.isFile() || !e.name.endsWith('.html')) continue;
    const rel = relative(dist, join(e.parentPath, e.name)).replaceAll('\\', '/');
    const url = rel === 'index.html' ? '/' : rel.endsWith('/index.html') ? `/${rel.slice(0, -'index.html'.length)}` : `/${rel}`;
    out.set(url, createHash('sha256').update(readFileSync(join(dist, rel))).digest('hex'));
  }
  return out;
}

/** The entry of each editable collection this test saves unchanged, with the URL where it shows. */
function shownEntries(): { collection: (typeof EDITABLE)[number]; id: string; url: string }[] {
  return EDITABLE.map((c) => {
    const shown = SHOWN[c];
    if (!shown) throw new Error(`Say in SHOWN where an entry of "${c}" shows in the built site.`);
    const ids = listEntries(content, c);
    const id = shown.id ?? ids[0]!;
    expect(ids, c).toContain(id);
    return { collection: c, id, url: shown.url(id) };
  });
}

const fileOf = (c: (typeof EDITABLE)[number], id: string) => readEntry(content, c, id)!.file;
const editUrl = (c: string, id: string) => `${editorUrl}/bewerk?c=${c}&id=${encodeURIComponent(id)}`;

async function open(c: string, id: string): Promise<Page> {
  const page = await context.newPage();
  const res = await page.goto(editUrl(c, id));
  expect(res?.status(), `${c}/${id}`).toBe(200);
  return page;
}

/** Press Opslaan; resolves with the status of the POST once the answer (or the page it redirects to) has loaded. */
async function save(page: Page): Promise<number> {
  const [response] = await Promise.all([
    page.waitForResponse((r) => r.request().method() === 'POST' && new URL(r.url()).pathname === '/bewerk'),
    page.getByRole('button', { name: 'Opslaan' }).click(),
  ]);
  const status = response.status();
  if (status === 303) await page.waitForURL(/[?&]opgeslagen=/);
  else await page.waitForLoadState('load');
  return status;
}

/** Lines of `before` and `after` with their common start and end cut off: what changed. */
function changedLines(before: string, after: string): { removed: string[]; added: string[] } {
  const a = before.split('\n');
  const b = after.split('\n');
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let end = 0;
  while (end < a.length - start && end < b.length - start && a[a.length - 1 - end] === b[b.length - 1 - end]) end++;
  return { removed: a.slice(start, a.length - end), added: b.slice(start, b.length - end) };
}

let untouched = new Map<string, string>();

describe('the editor in the browser, on a copy of the project', () => {
  it('builds the untouched copy (the HTML to compare with)', { timeout: BUILD_LIMIT + 30_000 }, async () => {
    await build();
    untouched = builtHtml();
    for (const { url } of shownEntries()) expect(untouched.has(url), url).toBe(true);
  });

  it('lists every collection and has no accessibility problems in the list and a form', async () => {
    const page = await context.newPage();
    await page.goto(`${editorUrl}/`);
    for (const { collection, id } of shownEntries()) {
      await page.locator(`a[href="/bewerk?c=${collection}&id=${encodeURIComponent(id)}"]`).first().waitFor();
    }
    expect(formatViolations('/', await axe(page))).toBe('');
    for (const [c, id] of [['pages', PAGE], ['stories', 'linda']] as const) {
      const form = await open(c, id);
      expect(formatViolations(`${c}/${id}`, await axe(form))).toBe('');
      await form.close();
    }
    await page.close();
  });

  it('saves one entry of every collection without changes and leaves its file byte for byte as it was', async () => {
    for (const { collection, id } of shownEntries()) {
      const file = fileOf(collection, id);
      const before = readFileSync(file);
      const page = await open(collection, id);
      expect(await save(page), `${collection}/${id}`).toBe(303);
      expect(await page.getByRole('status').textContent(), `${collection}/${id}`).toMatch(/Niets veranderd/);
      expect(readFileSync(file).equals(before), `${collection}/${id}: ${file} changed`).toBe(true);
      await page.close();
    }
    // The synonyms are one list without ids, edited as a whole (src/redactie/synonyms.ts).
    const synonyms = join(content, 'synonyms.yaml');
    const before = readFileSync(synonyms);
    const page = await open('synonyms', 'alle');
    expect(await save(page), 'synonyms').toBe(303);
    expect(await page.getByRole('status').textContent(), 'synonyms').toMatch(/Niets veranderd/);
    expect(readFileSync(synonyms).equals(before), 'synonyms.yaml changed').toBe(true);
    await page.close();
  });

  it('refuses a save with an invalid field in Dutch, naming the field, and leaves the file as it was', async () => {
    const cases = [
      // A required title left empty.
      { c: 'steps', id: listEntries(content, 'steps')[0]!, label: 'Titel', value: '', field: 'het veld "title" (Titel)' },
      // A glossary explanation far too short.
      { c: 'glossary', id: TERM, label: 'Korte uitleg', value: 'Regels.', field: 'het veld "short" (Korte uitleg)' },
    ] as const;
    for (const { c, id, label, value, field } of cases) {
      const file = fileOf(c, id);
      const before = readFileSync(file);
      const page = await open(c, id);
      // The entry's own fields come first in the form (a component in the body may one day have a field with the same label).
      const input = page.getByLabel(label, { exact: true }).first();
      await input.fill(value);
      expect(await save(page), `${c}/${id}`).toBe(422);
      const alert = page.getByRole('alert');
      expect(await alert.textContent()).toMatch(/Niet opgeslagen/);
      expect(await alert.textContent()).toContain(field);
      expect(await alert.textContent()).toMatch(/Te kort/);
      // What was typed is kept in the form, so it can be corrected.
      expect(await page.getByLabel(label, { exact: true }).first().inputValue()).toBe(value);
      expect(readFileSync(file).equals(before), `${c}/${id}: ${file} changed`).toBe(true);
      await page.close();
    }
  });

  let note = '';
  let fold = '';
  let addedSentence = '';
  it('edits a glossary term and a page body with components, and writes exactly that', async () => {
    // The glossary term's long explanation (shown on its own page only): one sentence added.
    const glossary = fileOf('glossary', TERM);
    const glossaryBefore = readFileSync(glossary, 'utf8');
    addedSentence = 'Twijfel je over een regel, vraag het dan na bij je werkgever.';
    const term = await open('glossary', TERM);
    const long = term.getByLabel('Lange uitleg', { exact: true });
    const oldLong = await long.inputValue();
    expect(oldLong).toBe(readEntry(content, 'glossary', TERM)!.raw['long']);
    await long.fill(`${oldLong} ${addedSentence}`);
    expect(await save(term)).toBe(303);
    expect(await term.getByRole('status').textContent()).toMatch(/Opgeslagen in .*glossary\.yaml: long\./);
    const glossaryChange = changedLines(glossaryBefore, readFileSync(glossary, 'utf8'));
    // Only the folded block of `long` became one line; every other line of the file is as it was.
    expect(glossaryChange.added).toEqual([`  long: ${oldLong} ${addedSentence}`]);
    expect(glossaryChange.removed[0]).toBe('  long: >-');
    expect(glossaryChange.removed.slice(1).every((line) => line.startsWith('    '))).toBe(true);
    await term.close();

    // A page body: a note and a "verder vooruitkijken" fold added at the end, the rest unchanged.
    const mdx = fileOf('pages', PAGE);
    const pageBefore = readFileSync(mdx, 'utf8');
    note = 'Deze pagina kreeg net een extra blok via de redactie.';
    fold = 'Wat je later nog leest, staat hier in een uitklapblok.';
    const added = `\n<Note title="Nieuw via de redactie">\n${note}\n</Note>\n\n<Later title="Nog een stap verder">\n${fold}\n</Later>\n`;
    const edit = await open('pages', PAGE);
    const body = edit.getByLabel('Tekst (MDX)', { exact: true });
    const oldBody = await body.inputValue();
    expect(oldBody).toBe(readEntry(content, 'pages', PAGE)!.body);
    await body.fill(oldBody + added);
    // A changed factual page is refused without a review date (src/redactie/reviewed.ts) …
    expect(await save(edit)).toBe(422);
    expect(readFileSync(mdx, 'utf8')).toBe(pageBefore);
    // … and saved once the maintainer says the facts were checked.
    await edit.getByLabel(/Ik heb de feiten vandaag nagekeken/).check();
    expect(await save(edit)).toBe(303);
    expect(await edit.getByRole('status').textContent()).toMatch(/Opgeslagen in .*over\.mdx: body\./);
    expect(readFileSync(mdx, 'utf8')).toBe(pageBefore + added);
    await edit.close();
  });

  it('builds the edited copy: the page shows the new text and components, the term its new explanation, and nothing else changed', { timeout: BUILD_LIMIT + 60_000 }, async () => {
    await build();
    const edited = builtHtml();
    const pageAt = pageUrl(PAGE);
    const termAt = routes.term(TERM);
    const differs = [...new Set([...untouched.keys(), ...edited.keys()])].filter((url) => untouched.get(url) !== edited.get(url)).sort();
    // The edited page and term changed; so may the offline page, whose button states the (now larger) size of the full copy.
    expect(differs).toEqual(expect.arrayContaining([pageAt, termAt]));
    expect(differs.filter((url) => url !== pageAt && url !== termAt && url !== SIZE_PAGE)).toEqual([]);
    // So the entries saved without changes, one of every collection, built to identical HTML.
    for (const { url } of shownEntries()) expect(edited.get(url), url).toBe(untouched.get(url));

    site = await startServer(join(work, 'dist'));
    const page = await context.newPage();
    await page.goto(`${site.url}${pageAt}`);
    const box = page.getByRole('complementary', { name: 'Nieuw via de redactie' });
    expect(await box.textContent()).toContain(note);
    const later = page.locator('details', { has: page.locator('summary', { hasText: 'Nog een stap verder' }) });
    expect(await later.count()).toBe(1);
    await later.locator('summary').click();
    expect(await later.textContent()).toContain(fold);
    await page.goto(`${site.url}${termAt}`);
    expect(await page.locator('main').textContent()).toContain(addedSentence);
    await page.close();
  });
});
