/**
 * The site as production serves it, by the same rules (tests/support/expected-headers.ts):
 *   1. dist/_headers and dist/_redirects as Netlify and Cloudflare Pages read them;
 *   2. real nginx with nothing but `root` and `include dist/_nginx.conf`
 *      (installed with apt like Chromium; skipped with the reason where it cannot be).
 */
import { existsSync, readdirSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtPagesList } from '../support/pages-list';
import { headersFor, parseHeadersFile } from '../support/headers';
import { headerProblems, lower } from '../support/expected-headers';
import { ensureNginx, startNginx, type RunningNginx } from '../support/nginx';
import { startServer, type RunningServer } from '../support/server';
import { shortLinkRedirects, routes } from '../../src/lib/routes';

const rules = parseHeadersFile(readFileSync('dist/_headers', 'utf8'));
const csp = headersFor('/', rules)['Content-Security-Policy'] ?? '';
const pages = builtPagesList().filter((p) => !p.endsWith('404.html'));
const assets = readdirSync('dist/_astro').filter((f) => /\.(js|css)$/.test(f)).map((f) => `/_astro/${f}`);
const shortLinks = Object.entries(shortLinkRedirects());
/** A sample of every kind of response: pages, hashed assets, the search index, the service worker. */
const samples = [...pages, ...assets.slice(0, 5), '/pagefind/pagefind.js', '/pagefind/pagefind-entry.json', routes.serviceWorker(), '/manifest.webmanifest'];

describe('_headers and _redirects (Netlify, Cloudflare Pages)', () => {
  it('give every page, asset, the search index and the service worker the right headers', () => {
    const problems = samples.flatMap((p) => headerProblems(p, lower(headersFor(p, rules)), csp, { hostDefault: true }));
    expect(problems).toEqual([]);
  });

  it('answer the short links with a permanent redirect to their phase', () => {
    const lines = readFileSync('dist/_redirects', 'utf8').split('\n').filter((l) => l && !l.startsWith('#'));
    expect(lines.sort()).toEqual(shortLinks.map(([from, to]) => `${from} ${to} 301`).sort());
  });
});

const nginx = ensureNginx();
const skipReason = 'reason' in nginx ? nginx.reason : '';
if (skipReason) {
  // tests/run.mjs reads this and says in its summary that the nginx checks did not run.
  mkdirSync('test-results', { recursive: true });
  writeFileSync('test-results/nginx-skipped.txt', skipReason);
  console.warn(`nginx-controles overgeslagen: ${skipReason}`);
}

describe.skipIf(Boolean(skipReason))('nginx with the generated configuration', () => {
  let server: RunningNginx;
  beforeAll(async () => {
    if ('path' in nginx) server = await startNginx(nginx.path);
  });
  afterAll(async () => {
    await server?.close();
  });
  const get = (path: string, init: RequestInit = {}) =>
    fetch(`${server.url}${path}`, { redirect: 'manual', ...init, headers: { 'Accept-Encoding': 'gzip', ...(init.headers ?? {}) } });

  it('sends every page, asset, the search index and the service worker with the right headers', async () => {
    const problems: string[] = [];
    for (const path of samples) {
      const res = await get(path, { method: 'HEAD' });
      if (res.status !== 200) problems.push(`${path}: status ${res.status}`);
      problems.push(...headerProblems(path, lower(res.headers), csp, { hostDefault: false }));
    }
    expect(problems).toEqual([]);
  });

  it('sends text compressed, from the precompressed copy', async () => {
    for (const path of ['/', '/over/', assets.find((a) => a.endsWith('.css'))!, assets.find((a) => a.endsWith('.js'))!, '/pagefind/pagefind.js']) {
      const res = await get(path);
      expect(res.headers.get('content-encoding'), path).toBe('gzip');
      expect(res.headers.get('vary'), path).toMatch(/Accept-Encoding/i);
    }
    // The body is the .gz file written at build time, byte for byte (gzip_static, not compressed on the fly).
    const raw = await import('node:http').then(
      (http) =>
        new Promise<Buffer>((ok, fail) => {
          http.get(`${server.url}/over/`, { headers: { 'Accept-Encoding': 'gzip' } }, (res) => {
            const chunks: Buffer[] = [];
            res.on('data', (c: Buffer) => chunks.push(c));
            res.on('end', () => ok(Buffer.concat(chunks)));
          }).on('error', fail);
        }),
    );
    expect(raw.equals(readFileSync('dist/over/index.html.gz'))).toBe(true);
    expect(gunzipSync(raw).toString('utf8')).toBe(readFileSync('dist/over/index.html', 'utf8'));
  });

  it('answers the short links with 301 to their phase', async () => {
    for (const [from, to] of shortLinks) {
      const res = await get(from);
      expect(res.status, from).toBe(301);
      expect(new URL(res.headers.get('location')!, server.url).pathname, from).toBe(to);
    }
  });

  it('answers an unknown address with 404 and the site’s own 404 page, with the security headers', async () => {
    const res = await get('/bestaat-niet/');
    expect(res.status).toBe(404);
    expect(await res.text()).toBe(readFileSync('dist/404.html', 'utf8'));
    expect(res.headers.get('content-security-policy')).toBe(csp);
  });

  it('hides the host configuration files', async () => {
    for (const path of ['/_headers', '/_redirects', '/_nginx.conf']) expect((await get(path)).status, path).toBe(404);
  });

  it('sends a folder without its slash to the address with it', async () => {
    const res = await get('/over');
    expect(res.status).toBe(301);
    expect(new URL(res.headers.get('location')!, server.url).pathname).toBe('/over/');
  });
});

describe('the precompressed copies', () => {
  it('sit next to every large text file and decompress to it', () => {
    const html = join('dist', 'index.html');
    expect(gunzipSync(readFileSync(`${html}.gz`)).equals(readFileSync(html))).toBe(true);
    const missing = [...pages.map((p) => join('dist', p.endsWith('.html') ? p : `${p}index.html`)), ...assets.map((a) => join('dist', a))].filter(
      (f) => readFileSync(f).length > 1024 && !readdirSync(join(f, '..')).includes(`${f.split('/').pop()}.gz`),
    );
    expect(missing).toEqual([]);
  });

  it('stay out of the offline copy list', () => {
    const list = JSON.parse(readFileSync('dist/offline-bestanden.json', 'utf8')) as { files: [string, string][] };
    expect(list.files.filter(([u]) => /\.(gz|br)$/.test(u))).toEqual([]);
  });
});

describe('the local server (npm start, the browser tests, the bench)', () => {
  let local: RunningServer;
  beforeAll(async () => {
    local = await startServer('dist');
  });
  afterAll(async () => {
    await local?.close();
  });
  const raw = (path: string, acceptEncoding: string) =>
    import('node:http').then(
      (http) =>
        new Promise<{ body: Buffer; encoding: string | undefined; vary: string | undefined }>((ok, fail) => {
          http
            .get(`${local.url}${path}`, { headers: acceptEncoding ? { 'Accept-Encoding': acceptEncoding } : {} }, (res) => {
              const chunks: Buffer[] = [];
              res.on('data', (c: Buffer) => chunks.push(c));
              res.on('end', () => ok({ body: Buffer.concat(chunks), encoding: res.headers['content-encoding'], vary: res.headers['vary'] }));
            })
            .on('error', fail);
        }),
    );

  it('sends the precompressed copy the browser accepts, like production, so Lighthouse measures what readers get', async () => {
    const br = await raw('/over/', 'gzip, deflate, br');
    expect(br.encoding).toBe('br');
    expect(br.vary).toMatch(/Accept-Encoding/i);
    expect(br.body.equals(readFileSync('dist/over/index.html.br'))).toBe(true);

    const gz = await raw('/over/', 'gzip;q=1.0, br;q=0');
    expect(gz.encoding).toBe('gzip');
    expect(gz.body.equals(readFileSync('dist/over/index.html.gz'))).toBe(true);

    const plain = await raw('/over/', '');
    expect(plain.encoding).toBeUndefined();
    expect(plain.body.toString('utf8')).toBe(readFileSync('dist/over/index.html', 'utf8'));
  });

  it('sends a file without a compressed copy as it is', async () => {
    const small = readdirSync('dist/_astro').find((f) => /\.(js|css)$/.test(f) && !existsSync(join('dist/_astro', `${f}.gz`)));
    expect(small, 'a small asset without a .gz copy').toBeTruthy();
    const res = await raw(`/_astro/${small}`, 'gzip, br');
    expect(res.encoding).toBeUndefined();
    expect(res.body.equals(readFileSync(join('dist/_astro', small!)))).toBe(true);
  });
});
