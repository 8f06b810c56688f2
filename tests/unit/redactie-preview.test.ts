/**
 * "Bekijk op de site" (src/redactie/preview.ts): each entry's form links to its
 * public URL on the local site, built with src/lib/routes.ts, and the editor's
 * CSP allows exactly that site in a frame. Without a site there is no link.
 */
import { describe, expect, it } from 'vitest';
import { entryPath, previewLink } from '../../src/redactie/preview';
import { editorServer } from '../../src/redactie/server';
import { useEditorServer } from '../support/editor';
import { EDITABLE, listEntries } from '../../src/redactie/store';
import { contentDir } from '../../src/model/read';

describe('entry paths', () => {
  it('follow the site’s routes', () => {
    expect(entryPath('pages', 'samen-beslissen/iemand-meenemen')).toBe('/samen-beslissen/iemand-meenemen/');
    expect(entryPath('pages', 'index')).toBe('/');
    expect(entryPath('stories', 'annemiek')).toBe('/ervaringen/annemiek/');
    expect(entryPath('steps', '03-probleemanalyse')).toBe('/regels-en-rollen/de-weg-in-twee-jaar/probleemanalyse/');
    expect(entryPath('phases', '2')).toMatch(/^\/fase\/[a-z0-9-]+\/$/);
    expect(entryPath('glossary', 'bedrijfsarts')).toBe('/begrippen/bedrijfsarts/');
    expect(entryPath('cards', 'tempo-en-uren')).toBe('/keuzekaart/tempo-en-uren/');
    expect(entryPath('synonyms', 'alle')).toBe('/zoeken/');
    expect(entryPath('amounts', 'iva')).toBeNull();
  });

  it('give every entry of a collection with pages a path', () => {
    for (const c of EDITABLE.filter((x) => x !== 'amounts')) for (const id of listEntries(contentDir(), c)) expect(entryPath(c, id), `${c}/${id}`).toMatch(/^\/[^\s]*$/);
  });

  it('make no link without a site', () => {
    expect(previewLink('stories', 'annemiek', null)).toBe('');
    expect(previewLink('stories', 'annemiek', 'http://localhost:4321')).toContain('<a href="http://localhost:4321/ervaringen/annemiek/" target="_blank" rel="noopener">Bekijk op de site</a>');
  });
});

describe('the form with a site', () => {
  const editor = useEditorServer(() => editorServer(contentDir(), { site: 'http://localhost:4321' }));

  it('links to the entry and allows only that site in the preview frame', async () => {
    const res = await fetch(`${editor.base}/bewerk?c=stories&id=annemiek`);
    expect(res.headers.get('content-security-policy')).toBe("default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; frame-src http://localhost:4321");
    const html = await res.text();
    expect(html).toContain('>Bekijk op de site</a>');
    expect(html).toContain('<iframe src="http://localhost:4321/ervaringen/annemiek/"');
  });
});
