/**
 * The production web server in the tests: nginx serving dist/ with nothing but
 * a `root` and an `include` of the generated dist/_nginx.conf, as the README's
 * deploy section tells a host to do. Installs Debian's nginx with apt when it
 * is missing and we are root (like Chromium); elsewhere it is skipped, and the
 * reason is reported (`nginxUnavailable`).
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const CANDIDATES = ['/usr/sbin/nginx', '/usr/local/sbin/nginx', '/usr/local/nginx/sbin/nginx', '/opt/homebrew/bin/nginx', '/usr/local/bin/nginx'];

export function findNginx(): string | null {
  const fromEnv = process.env['NGINX_PATH'];
  if (fromEnv && existsSync(fromEnv)) return fromEnv;
  return CANDIDATES.find((p) => existsSync(p)) ?? null;
}

/** The nginx binary, installed with apt when possible; null (with the reason) when it cannot be had. */
export function ensureNginx(log: (msg: string) => void = console.log): { path: string } | { reason: string } {
  if (process.env['SKIP_NGINX']) return { reason: 'SKIP_NGINX is gezet' };
  const found = findNginx();
  if (found) return { path: found };
  const isDebian = existsSync('/etc/debian_version');
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isDebian || !isRoot) return { reason: 'nginx ontbreekt en kan hier niet met apt-get worden geïnstalleerd (geen Debian of geen root); zet NGINX_PATH' };
  try {
    log('nginx ontbreekt: installeren met apt-get (Debian-pakket "nginx")...');
    // RUNLEVEL=1: the package must not start a server of its own on port 80.
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive', RUNLEVEL: '1' };
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
    execFileSync('apt-get', ['install', '-y', '-qq', 'nginx'], { stdio: 'inherit', env });
  } catch (err) {
    return { reason: `installeren van nginx mislukte: ${(err as Error).message.split('\n')[0]}` };
  }
  const installed = findNginx();
  return installed ? { path: installed } : { reason: 'nginx niet gevonden na installatie' };
}

async function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const s = createServer();
    s.once('error', fail);
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => ok(port));
    });
  });
}

export interface RunningNginx {
  url: string;
  close: () => Promise<void>;
}

/**
 * Start nginx on a free local port with a minimal http block and a server
 * block that holds only `root` and `include dist/_nginx.conf`.
 */
export async function startNginx(binary: string, root = 'dist'): Promise<RunningNginx> {
  const dist = resolve(root);
  const dir = mkdtempSync(join(tmpdir(), 'keuzehulp-nginx-'));
  for (const sub of ['body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']) mkdirSync(join(dir, sub));
  const port = await freePort();
  const mime = ['/etc/nginx/mime.types', '/usr/local/etc/nginx/mime.types', '/opt/homebrew/etc/nginx/mime.types'].find(existsSync);
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const conf = [
    // As root, workers keep root's rights so they can read a checkout anywhere.
    isRoot ? 'user root;' : '',
    'worker_processes 1;',
    `pid ${join(dir, 'nginx.pid')};`,
    `error_log ${join(dir, 'error.log')} warn;`,
    'daemon off;',
    'events { worker_connections 256; }',
    'http {',
    mime ? `  include ${mime};` : '',
    '  default_type application/octet-stream;',
    '  access_log off;',
    ...['body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((s) => `  ${s === 'body' ? 'client_body' : s}_temp_path ${join(dir, s)};`),
    '  server {',
    `    listen 127.0.0.1:${port};`,
    `    root ${dist};`,
    `    include ${join(dist, '_nginx.conf')};`,
    '  }',
    '}',
    '',
  ].join('\n');
  const confFile = join(dir, 'nginx.conf');
  writeFileSync(confFile, conf);
  execFileSync(binary, ['-t', '-q', '-p', dir, '-c', confFile], { stdio: 'pipe' });
  const child: ChildProcess = spawn(binary, ['-p', dir, '-c', confFile], { stdio: 'ignore' });
  const url = `http://127.0.0.1:${port}`;
  // Wait until it answers (bounded: 10 s).
  for (let i = 0; i < 100; i++) {
    const ok = await fetch(`${url}/`).then(() => true, () => false);
    if (ok) break;
    if (child.exitCode !== null) throw new Error(`nginx stopte: ${readFileSync(join(dir, 'error.log'), 'utf8')}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    url,
    close: async () => {
      if (child.exitCode === null) {
        child.kill('SIGQUIT');
        await new Promise((r) => child.once('exit', r));
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
