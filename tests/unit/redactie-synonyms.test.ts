/**
 * Synonyms in the local editor (src/redactie/synonyms.ts): content/synonyms.yaml
 * is one text box with a word group per line; an unchanged save leaves the file
 * byte-identical, an edit keeps the comments and the other groups' lines, and
 * a group the build's schema refuses is refused in Dutch with its line number.
 * Works on a copy of content/.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { editorServer } from '../../src/redactie/server';
import { useEditorServer } from '../support/editor';
import { readSynonyms, saveSynonyms, synonymLines, synonymsFile } from '../../src/redactie/synonyms';
import { readContent } from '../../src/model/read';

let dir = '';
beforeAll(() => {
  dir = join(mkdtempSync(join(tmpdir(), 'keuzehulp-synoniemen-')), 'content');
  cpSync('content', dir, { recursive: true });
});
afterAll(() => rmSync(join(dir, '..'), { recursive: true, force: true }));

describe('synonyms in the editor', () => {
  it('shows every group as one line and saves them back unchanged, byte for byte', () => {
    const file = synonymsFile(dir);
    const before = readFileSync(file, 'utf8');
    const groups = readSynonyms(dir);
    expect(groups).toEqual(parse(before));
    const lines = synonymLines(groups);
    expect(lines.split('\n')).toHaveLength(groups.length);
    expect(saveSynonyms(dir, lines.replace(/\n/g, '\r\n'))).toEqual({ status: 'ongewijzigd', file });
    expect(readFileSync(file, 'utf8')).toBe(before);
  });

  it('adds, changes and removes a group, keeping the comments and the other lines', () => {
    const file = synonymsFile(dir);
    const before = readFileSync(file, 'utf8').split('\n');
    const lines = synonymLines(readSynonyms(dir)).split('\n');
    lines.splice(1, 1); // remove [baas, leidinggevende, …]
    lines[0] = `${lines[0]}, uitgeblust`;
    lines.push('re-integratiebedrijf, reintegratiebedrijf, re integratie bedrijf');
    expect(saveSynonyms(dir, lines.join('\n'))).toMatchObject({ status: 'opgeslagen', changed: ['words'] });
    const after = readFileSync(file, 'utf8').split('\n');
    expect(after.filter((l) => !before.includes(l))).toEqual(['- [burnout, burn-out, overspannen, overspannenheid, opgebrand, uitgeblust]', '- [re-integratiebedrijf, reintegratiebedrijf, re integratie bedrijf]']);
    expect(before.filter((l) => !after.includes(l))).toEqual([expect.stringMatching(/^- \[burnout/), expect.stringMatching(/^- \[baas/)]);
    expect(after.slice(0, 4)).toEqual(before.slice(0, 4));
    expect(after).toContain('- [zelfmoord, zelfdoding, suicide, "113"]');
    const { entries, problems } = readContent({ dir });
    expect(problems).toEqual([]);
    expect(entries.synonyms.map((s) => s.data.words)).toContainEqual(['re-integratiebedrijf', 'reintegratiebedrijf', 're integratie bedrijf']);
  });

  it('refuses a group of one word in Dutch, naming the line, and writes nothing', () => {
    const file = synonymsFile(dir);
    const before = readFileSync(file, 'utf8');
    const result = saveSynonyms(dir, `${synonymLines(readSynonyms(dir))}\nalleen`);
    expect(result.status).toBe('geweigerd');
    expect(result.status === 'geweigerd' && result.problems[0]?.message).toMatch(/regel \d+ \(“alleen”\): .*minstens twee woorden/);
    expect(readFileSync(file, 'utf8')).toBe(before);
  });
});

describe('the synonyms form', () => {
  const editor = useEditorServer(() => editorServer(dir));

  it('is listed, shows the schema’s label, and an unchanged post leaves the file alone', async () => {
    expect(await (await fetch(`${editor.base}/`)).text()).toContain('/bewerk?c=synonyms&amp;id=alle');
    const html = await (await fetch(`${editor.base}/bewerk?c=synonyms&id=alle`)).text();
    expect(html).toContain('<label for="veld-words">Woorden</label>');
    const text = /<textarea name="words"[^>]*>\n([\s\S]*?)<\/textarea>/.exec(html)![1]!.replace(/&quot;/g, '"').replace(/&amp;/g, '&');
    const before = readFileSync(synonymsFile(dir), 'utf8');
    const res = await fetch(`${editor.base}/bewerk?c=synonyms&id=alle`, { method: 'POST', body: new URLSearchParams({ words: text }), redirect: 'manual' });
    expect(res.status).toBe(303);
    expect(decodeURIComponent(res.headers.get('location') ?? '')).toContain('Niets veranderd');
    expect(readFileSync(synonymsFile(dir), 'utf8')).toBe(before);
    const bad = await fetch(`${editor.base}/bewerk?c=synonyms&id=alle`, { method: 'POST', body: new URLSearchParams({ words: `${text}\nalleen` }), redirect: 'manual' });
    expect(bad.status).toBe(422);
    expect(await bad.text()).toContain('Niet opgeslagen');
    expect(readFileSync(synonymsFile(dir), 'utf8')).toBe(before);
  });
});
