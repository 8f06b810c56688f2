/**
 * A small static server for the built site (dist/) that applies the same
 * headers a static host would: it reads dist/_headers and dist/_redirects, so
 * a Content-Security-Policy that breaks an island or search fails the tests.
 * Like nginx's gzip_static, it sends the .br or .gz copy the build wrote next
 * to a text file when the browser accepts it, so Lighthouse and the browser
 * tests load the bytes production sends.
 * Used by `npm start` (tests/support/serve.ts) and the browser tests.
 */
import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { existsSync, readFileSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';
import { headersFor, parseHeadersFile } from './headers.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.png': 'image/png',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.ics': 'text/calendar; charset=utf-8',
};
const PAGEFIND_BINARY = /\.(pf_meta|pf_fragment|pf_index|pf_filter)$/;

const ENCODINGS = [
  { name: 'br', ext: 'br' },
  { name: 'gzip', ext: 'gz' },
] as const;

/** The precompressed copy of `file` the request accepts (br before gzip), if the build wrote one. */
function precompressed(file: string, acceptEncoding: string): (typeof ENCODINGS)[number] | undefined {
  const accepted = acceptEncoding
    .split(',')
    .map((part) => part.trim().split(';'))
    .filter(([, q]) => !q || !/^q=0(\.0*)?$/.test(q.trim()))
    .map(([name]) => name!.toLowerCase());
  return ENCODINGS.find((e) => accepted.includes(e.name) && existsSync(`${file}.${e.ext}`));
}

export interface RunningServer {
  url: string;
  server: Server;
  close: () => Promise<void>;
}

export interface ServerOptions {
  /** Called with every response body the server sends (the bench counts a first visit with it). */
  onServe?: (path: string, body: Buffer) => void;
}

export async function startServer(root = 'dist', port = 0, host = '127.0.0.1', options: ServerOptions = {}): Promise<RunningServer> {
  const dist = resolve(root);
  if (!existsSync(join(dist, 'index.html'))) {
    throw new Error(`Geen gebouwde site in ${dist}. Draai eerst: npm run build`);
  }
  const headerRules = existsSync(join(dist, '_headers')) ? parseHeadersFile(readFileSync(join(dist, '_headers'), 'utf8')) : [];
  const redirects = new Map<string, string>();
  if (existsSync(join(dist, '_redirects'))) {
    for (const line of readFileSync(join(dist, '_redirects'), 'utf8').split('\n')) {
      const [from, to] = line.trim().split(/\s+/);
      if (from && to && !from.startsWith('#')) redirects.set(from, to);
    }
  }

  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const path = decodeURIComponent(url.pathname);
    const redirect = redirects.get(path) ?? redirects.get(path.replace(/\/$/, ''));
    if (redirect) {
      res.writeHead(301, { Location: redirect, ...headersFor(path, headerRules) });
      res.end();
      options.onServe?.(path, Buffer.alloc(0));
      return;
    }
    let file = normalize(join(dist, path));
    if (!file.startsWith(dist)) {
      res.writeHead(400).end();
      return;
    }
    try {
      const s = await stat(file).catch(() => null);
      if (s?.isDirectory()) {
        if (!path.endsWith('/')) {
          res.writeHead(301, { Location: `${path}/${url.search}` }).end();
          return;
        }
        file = join(file, 'index.html');
      } else if (!s && existsSync(`${file}.html`)) {
        file = `${file}.html`;
      }
      const body = await readFile(file);
      const ext = extname(file);
      const type = TYPES[ext] ?? (PAGEFIND_BINARY.test(file) ? 'application/octet-stream' : 'application/octet-stream');
      const encoding = precompressed(file, String(req.headers['accept-encoding'] ?? ''));
      const sent = encoding ? await readFile(`${file}.${encoding.ext}`) : body;
      const compression = encoding ? { 'Content-Encoding': encoding.name, Vary: 'Accept-Encoding' } : {};
      res.writeHead(200, { 'Content-Type': type, ...compression, ...headersFor(path, headerRules) });
      res.end(req.method === 'HEAD' ? undefined : sent);
      options.onServe?.(path, req.method === 'HEAD' ? Buffer.alloc(0) : body);
    } catch {
      const notFound = await readFile(join(dist, '404.html')).catch(() => Buffer.from('Niet gevonden'));
      res.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8', ...headersFor(path, headerRules) });
      res.end(notFound);
      options.onServe?.(path, notFound);
    }
  });

  await new Promise<void>((ok, fail) => {
    server.once('error', fail);
    server.listen(port, host, () => ok());
  });
  const address = server.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  return {
    url: `http://${host}:${actualPort}`,
    server,
    close: () => new Promise<void>((ok) => server.close(() => ok())),
  };
}
