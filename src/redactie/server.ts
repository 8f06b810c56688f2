/**
 * The local editor's web server (`npm run redactie`): a list of all content,
 * and a form per entry made from the schemas. Listens on 127.0.0.1 only and
 * accepts a save only from its own pages. Not part of the public site.
 */
import { createServer, type Server } from 'node:http';
import { contentDir } from '../model/read.ts';
import { COLLECTIONS } from '../model/schemas.ts';
import { formValues, page, renderComponentForms, renderForm, renderSnippet, renderSynonymsForm } from './form.ts';
import { checkBody, COMPONENT_SPECS, snippet } from './components.ts';
import { commitFile, commitMessage } from './git.ts';
import { previewFrame, previewLink } from './preview.ts';
import { REVIEW_FIELD, todayIso } from './reviewed.ts';

export interface EditorOptions {
  /** Commit every successful save (`--commit`, src/redactie/git.ts). */
  commit?: boolean;
  /** The local site for "Bekijk op de site" (http://localhost:4321); none: no link. */
  site?: string | null;
  /** The clock for "today" in the review date (tests inject one). */
  now?: () => Date;
}
import { readSynonyms, saveSynonyms, synonymField, synonymLines, synonymsFile, SYNONYMS_ID } from './synonyms.ts';
import { EDITABLE, isEditable, listEntries, readEntry, saveEntry } from './store.ts';

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function indexPage(dir: string): string {
  const sections = EDITABLE.map((c) => {
    const ids = listEntries(dir, c);
    return `<h2>${esc(COLLECTIONS[c].label)} <small>(${ids.length})</small></h2><ul>${ids.map((id) => `<li><a href="/bewerk?c=${c}&amp;id=${encodeURIComponent(id)}">${esc(id)}</a></li>`).join('')}</ul>`;
  });
  sections.push(`<h2>${esc(COLLECTIONS.synonyms.label)} <small>(${readSynonyms(dir).length} groepen)</small></h2><ul><li><a href="/bewerk?c=synonyms&amp;id=${SYNONYMS_ID}">Alle woordgroepen</a></li></ul>`);
  return page('Alle content', `<h1>Redactie</h1><p>Kies wat je wilt bewerken. Na opslaan zie je de wijziging op de site met de link “Bekijk op de site” bovenaan elk formulier (als <code>npm run redactie</code> de site ook startte). De controles zijn <code>npm run gezondheid</code> en <code>npm test</code>.</p>${sections.join('\n')}`);
}

async function readBody(req: import('node:http').IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

export function editorServer(dir = contentDir(), options: EditorOptions = {}): Server {
  const site = options.site ?? null;
  /** The note after a save, with the commit when --commit is on. */
  const afterSave = (file: string, collection: string, id: string, fields: readonly string[], text: string) => {
    if (!options.commit) return text;
    const done = commitFile(file, commitMessage(collection, id, fields));
    return done.ok ? `${text} Vastgelegd in git als ${done.hash}: ${done.message}.` : `${text} Niet vastgelegd in git: ${done.reason}`;
  };
  return createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const send = (status: number, html: string) => {
      const frame = site ? `; frame-src ${site}` : '';
      res.writeHead(status, { 'Content-Type': 'text/html; charset=utf-8', 'Content-Security-Policy': `default-src 'none'; style-src 'unsafe-inline'; form-action 'self'${frame}` });
      res.end(html);
    };
    const saved = (note: string) => {
      const c = url.searchParams.get('c') ?? '';
      const id = url.searchParams.get('id') ?? '';
      res.writeHead(303, { Location: `/bewerk?c=${encodeURIComponent(c)}&id=${encodeURIComponent(id)}&opgeslagen=${encodeURIComponent(note)}` });
      res.end();
    };
    try {
      if (url.pathname === '/' && req.method === 'GET') return send(200, indexPage(dir));
      if (url.pathname === '/onderdeel' && req.method === 'GET') {
        const spec = COMPONENT_SPECS.find((c) => c.name === url.searchParams.get('naam'));
        if (!spec) return send(404, page('Niet gevonden', '<h1>Dit onderdeel bestaat niet</h1>'));
        const code = snippet(spec, Object.fromEntries(url.searchParams), url.searchParams.get('__tekst') ?? '');
        // Checked as a body of its own (an Option inside its Options, so only its own problems show).
        const checked = spec.inside ? `<${spec.inside}>\n${code}\n</${spec.inside}>` : code;
        return send(200, renderSnippet(spec, code, checkBody(checked, dir).map((p) => p.message.replace(/^Regel \d+: /, ''))));
      }
      if (url.pathname !== '/bewerk') return send(404, page('Niet gevonden', '<h1>Niet gevonden</h1><p><a href="/">Alle content</a></p>'));
      const c = url.searchParams.get('c') ?? '';
      const id = url.searchParams.get('id') ?? '';
      const origin = req.headers.origin;
      if (req.method === 'POST' && origin && origin !== `http://${req.headers.host}`) return send(403, page('Geweigerd', '<h1>Geweigerd</h1><p>Opslaan kan alleen vanuit de redactie zelf.</p>'));
      if (c === 'synonyms' && id === SYNONYMS_ID) {
        const file = synonymsFile(dir);
        if (req.method === 'GET') return send(200, renderSynonymsForm(file, synonymLines(readSynonyms(dir)), synonymField(), [], url.searchParams.get('opgeslagen') ?? '', previewLink('synonyms', id, site)));
        if (req.method !== 'POST') return send(405, page('Niet toegestaan', '<h1>Niet toegestaan</h1>'));
        const text = new URLSearchParams(await readBody(req)).get('words') ?? '';
        const result = saveSynonyms(dir, text);
        if (result.status === 'geweigerd') return send(422, renderSynonymsForm(file, text.replace(/\r\n/g, '\n'), synonymField(), result.problems));
        return saved(result.status === 'ongewijzigd' ? 'Niets veranderd; het bestand is niet aangepast.' : afterSave(result.file, c, id, result.changed, `Opgeslagen in ${result.file}.`));
      }
      const entry = isEditable(c) ? readEntry(dir, c, id) : null;
      if (!entry || !isEditable(c)) return send(404, page('Niet gevonden', `<h1>Niet gevonden</h1><p>${esc(c)}/${esc(id)} bestaat niet. <a href="/">Alle content</a></p>`));
      const extra = `${previewFrame(c, id, site)}${entry.body === null ? '' : renderComponentForms(dir)}`;
      const top = previewLink(c, id, site);
      const today = todayIso((options.now ?? (() => new Date()))());
      if (req.method === 'GET') return send(200, renderForm(entry, entry.raw, entry.body, [], url.searchParams.get('opgeslagen') ?? '', extra, top, { ticked: false, today }));
      if (req.method !== 'POST') return send(405, page('Niet toegestaan', '<h1>Niet toegestaan</h1>'));
      const form = new URLSearchParams(await readBody(req));
      const { values, body, problems } = formValues(c, form);
      const review = { ticked: form.get(REVIEW_FIELD) === 'ja', today };
      const shown = { ...entry.raw, ...values };
      if (problems.length > 0) return send(422, renderForm(entry, shown, body ?? entry.body, problems.map((p) => ({ ...p, file: entry.file })), '', extra, top, review));
      const result = saveEntry(dir, c, id, values, body, review);
      if (result.status === 'geweigerd') return send(422, renderForm(entry, shown, body ?? entry.body, result.problems, '', extra, top, review));
      return saved(result.status === 'ongewijzigd' ? 'Niets veranderd; het bestand is niet aangepast.' : afterSave(result.file, c, id, result.changed, `Opgeslagen in ${result.file}: ${result.changed.join(', ')}.`));
    } catch (error) {
      send(500, page('Fout', `<h1>Er ging iets mis</h1><pre>${esc(String(error))}</pre>`));
    }
  });
}
