/** Offline reading, the pure parts: the full-copy selection, the frame's files, the size in Dutch, Save-Data. */
import { describe, expect, it } from 'vitest';
import { assetsOfPage, formatMegabytes, frameFiles, framePages, importsOfScript, isFullCopyFile, urlOfFile } from '../../src/lib/offline';
import { saveDataOn } from '../../src/scripts/offline';
import { routes } from '../../src/lib/routes';

describe('the full offline copy', () => {
  it('takes pages, styles, scripts, icons, the Dutch search index and the worksheet data', () => {
    for (const rel of [
      'index.html',
      '404.html',
      'over/index.html',
      '_astro/BaseLayout.abc.css',
      '_astro/Werkblad.abc.js',
      'favicon.ico',
      'manifest.webmanifest',
      'pagefind/pagefind.js',
      'pagefind/pagefind-entry.json',
      'pagefind/pagefind.nl_123.pf_meta',
      'pagefind/wasm.nl.pagefind',
      'pagefind/fragment/nl_abc.pf_fragment',
      'werkblad/gegevens.json',
    ]) {
      expect(isFullCopyFile(rel), rel).toBe(true);
    }
  });

  it('leaves out the worker, host configuration, short-link stubs and unused Pagefind files', () => {
    for (const rel of ['sw.js', '_headers', '_redirects', '_nginx.conf', 'f1/index.html', 'pagefind/pagefind-ui.js', 'pagefind/wasm.unknown.pagefind', 'offline-bestanden.json']) {
      expect(isFullCopyFile(rel), rel).toBe(false);
    }
  });

  it('turns built files into addresses', () => {
    expect(urlOfFile('index.html')).toBe('/');
    expect(urlOfFile('over/index.html')).toBe('/over/');
    expect(urlOfFile('404.html')).toBe('/404.html');
    expect(urlOfFile('_astro/x.css')).toBe('/_astro/x.css');
  });
});

describe('the frame', () => {
  it('is the phase hubs, help and the offline page', () => {
    expect(framePages()).toEqual(['/fase/1/', '/fase/2/', '/fase/3/', '/fase/4/', routes.help(), routes.offlineReading()]);
  });

  it('follows stylesheets, scripts, icons, the manifest and script imports, once each', () => {
    const html = (script: string) =>
      `<link rel="stylesheet" href="/_astro/site.css"><link rel="icon" href="/favicon.svg"><link rel="manifest" href="/m.webmanifest"><link rel="canonical" href="https://x.nl/"><script type="module" src="${script}"></script>`;
    const files: Record<string, string> = {
      '/a/': html('/_astro/a.js'),
      '/b/': html('/_astro/b.js'),
      '/_astro/site.css': '',
      '/favicon.svg': '',
      '/m.webmanifest': '{"icons":[{"src":"/icon.svg"}]}',
      '/icon.svg': '',
      '/_astro/a.js': 'import{x}from"./shared.js";',
      '/_astro/b.js': 'import"./shared.js";',
      '/_astro/shared.js': '',
    };
    const got = frameFiles((u) => files[u] ?? null, ['/a/', '/b/']);
    expect(got.sort()).toEqual(Object.keys(files).sort());
  });

  it('fails the build when a frame file is missing', () => {
    expect(() => frameFiles(() => null, ['/weg/'])).toThrow(/weg/);
  });

  it('reads page assets and imports', () => {
    expect(assetsOfPage('<link rel="modulepreload" href="/_astro/p.js"><link rel="canonical" href="/x/"><script src="//other.host/a.js"></script>')).toEqual(['/_astro/p.js']);
    expect(importsOfScript('import {a} from "./a.js";import"../b.js"', '/_astro/x/y.js')).toEqual(['/_astro/x/a.js', '/_astro/b.js']);
  });
});

describe('the size on the button', () => {
  it('is in megabytes with one decimal and a decimal comma', () => {
    expect(formatMegabytes(4_050_000)).toBe('4,1 MB');
    expect(formatMegabytes(4_171_438)).toBe('4,2 MB');
    expect(formatMegabytes(12_345_678)).toBe('12,3 MB');
    expect(formatMegabytes(20_000)).toBe('0,1 MB');
  });
});

describe('Save-Data', () => {
  const win = (connection?: object) => ({ navigator: { connection } }) as unknown as Window & typeof globalThis;
  it('is on only when the browser says so', () => {
    expect(saveDataOn(win({ saveData: true }))).toBe(true);
    expect(saveDataOn(win({ saveData: false }))).toBe(false);
    expect(saveDataOn(win())).toBe(false);
  });
});
