/**
 * The service worker. The build (src/integrations/service-worker.ts) strips the
 * types, puts the build constants (BUILD) in front and writes dist/sw.js. It
 * has no imports on purpose: it is one small file that the browser fetches
 * on every visit to check for updates.
 *
 * A first visit costs only what is read. At install the worker stores the
 * frame only (the site CSS, the phase hubs, /hulp-nodig/, the offline page,
 * icons, and the scripts those pages load). Pages the reader opens are stored
 * as they go. Everything else, the search index included, is stored only when
 * the reader chooses it on /offline-lezen/ (a message from
 * src/scripts/offline-save.ts).
 *
 * Caches carry the build version, so a deploy never mixes versions:
 *   kh-frame-<v>  the frame (install)
 *   kh-pages-<v>  what the reader opened (network first, stored on the way)
 *   kh-full-<v>   the full copy, only by choice; complete once it holds the list itself
 * On activate every other cache goes, including those of earlier versions.
 * An update copies unchanged files from the old caches (same revision), so it
 * downloads only what changed; a full copy the reader chose is kept up to date.
 */

interface Build {
  /** Hash of every file's revision and of this worker. */
  version: string;
  /** The frame: [address, revision]; the revision is empty for hashed /_astro/ files. */
  frame: [string, string][];
  /** The full list (fetched only by choice). */
  list: string;
  /** Shown offline for a page that is not stored (without the full copy). */
  offline: string;
  /** Shown offline for an address that does not exist (with the full copy). */
  notFound: string;
  /** This worker's own address. */
  worker: string;
  /** Short links (/f1 → /fase/1/), answered offline too. */
  redirects: Record<string, string>;
}
declare const BUILD: Build;

interface FullList {
  version: string;
  bytes: number;
  files: [string, string][];
}

// The few service-worker types we use (the DOM library the project checks against has none).
interface ExtendableEvent extends Event {
  waitUntil(promise: Promise<unknown>): void;
}
interface FetchEvent extends ExtendableEvent {
  readonly request: Request;
  respondWith(response: Promise<Response> | Response): void;
}
interface ExtendableMessageEvent extends ExtendableEvent {
  readonly data: unknown;
  readonly ports: readonly MessagePort[];
}
interface WorkerScope {
  addEventListener(type: 'install' | 'activate', listener: (event: ExtendableEvent) => void): void;
  addEventListener(type: 'fetch', listener: (event: FetchEvent) => void): void;
  addEventListener(type: 'message', listener: (event: ExtendableMessageEvent) => void): void;
  skipWaiting(): Promise<void>;
  readonly clients: {
    claim(): Promise<void>;
    matchAll(options: { type: 'window'; includeUncontrolled: boolean }): Promise<readonly { url: string }[]>;
  };
  readonly registration: { update(): Promise<unknown> };
  readonly location: { origin: string };
  readonly navigator: { storage?: { estimate?: () => Promise<{ quota?: number; usage?: number }> } };
}

/** Why saving the full copy stopped, as the control on /offline-lezen/ explains it. */
type Reason = 'quota' | 'network' | 'update' | 'other';
export type WorkerReply =
  | { type: 'status'; saved: boolean; started: boolean; busy: boolean }
  | { type: 'progress'; done: number; total: number }
  | { type: 'done' }
  | { type: 'removed' }
  | { type: 'error'; reason: Reason };

const sw = self as unknown as WorkerScope;
const V = BUILD.version;
const FRAME = `kh-frame-${V}`;
const PAGES = `kh-pages-${V}`;
const FULL = `kh-full-${V}`;
const REVISION = 'X-Keuzehulp-Revision';
const ORIGIN = sw.location.origin;

/** The cache key of an address: the same page with or without ?q=… or #… is one entry. */
const keyOf = (url: string) => {
  const u = new URL(url, ORIGIN);
  return u.origin + u.pathname;
};

class SaveError extends Error {
  constructor(readonly reason: Reason) {
    super(reason);
  }
}

function reasonOf(err: unknown): Reason {
  if (err instanceof SaveError) return err.reason;
  if (err instanceof DOMException && err.name === 'QuotaExceededError') return 'quota';
  if (err instanceof TypeError) return 'network';
  return 'other';
}

/** A response to store: a fresh copy with its revision as a header (this also drops a "redirected" flag). */
async function stamped(res: Response, revision: string): Promise<Response> {
  const headers = new Headers(res.headers);
  headers.set(REVISION, revision);
  return new Response(await res.blob(), { status: res.status, statusText: res.statusText, headers });
}

/** The same file in another of our caches, when it is certainly the same: an equal revision, or a hashed address. */
async function storedCopy(key: string, revision: string, except: string): Promise<Response | undefined> {
  for (const name of await caches.keys()) {
    if (name === except || !name.startsWith('kh-')) continue;
    const hit = await caches.match(key, { cacheName: name });
    if (hit && (revision === '' ? hit.ok : hit.headers.get(REVISION) === revision)) return hit;
  }
  return undefined;
}

async function download(url: string, revision: string): Promise<Response> {
  // Revisioned files are revalidated; hashed /_astro/ files may come from the HTTP cache (the page just loaded them).
  const res = await fetch(url, { cache: revision === '' ? 'default' : 'no-cache' });
  if (!res.ok) throw new SaveError('other');
  return res;
}

/**
 * Store the entries that `target` lacks, four at a time, copying unchanged files and downloading the rest.
 * The first failure stops all four, and the answer waits until they have: nothing more is fetched once the
 * reader is told that saving stopped.
 */
async function fill(target: string, entries: readonly [string, string][], progress?: (done: number) => void): Promise<void> {
  const cache = await caches.open(target);
  const have = new Set((await cache.keys()).map((r) => r.url));
  let next = 0;
  let done = 0;
  let failed = false;
  const worker = async () => {
    while (!failed && next < entries.length) {
      const [url, revision] = entries[next++]!;
      const key = keyOf(url);
      try {
        if (!have.has(key)) {
          const res = (await storedCopy(key, revision, target)) ?? (await download(url, revision));
          await cache.put(key, await stamped(res, revision));
        }
      } catch (err) {
        failed = true;
        throw err;
      }
      progress?.(++done);
    }
  };
  // Settle all four before answering, so no download of this run is still going when the reader hears the result.
  const ends = await Promise.allSettled([worker(), worker(), worker(), worker()]);
  const failure = ends.find((end): end is PromiseRejectedResult => end.status === 'rejected');
  if (failure) throw failure.reason;
}

const fullStarted = async () => (await caches.keys()).some((n) => n.startsWith('kh-full-'));
const fullComplete = async () => Boolean(await caches.match(keyOf(BUILD.list), { cacheName: FULL }));

let saving: Promise<void> | null = null;
const listeners = new Set<(done: number, total: number) => void>();

/** Store the full copy (the reader chose it). Resumes a copy that stopped; one run at a time. */
function saveFull(progress?: (done: number, total: number) => void): Promise<void> {
  if (progress) listeners.add(progress);
  saving ??= (async () => {
    const res = await fetch(BUILD.list, { cache: 'no-cache' });
    if (!res.ok) throw new SaveError('other');
    const list = (await res.clone().json()) as FullList;
    if (list.version !== V) {
      // A newer version is online: let it install first; the reader tries again in a moment.
      sw.registration.update().catch(() => undefined);
      throw new SaveError('update');
    }
    const estimate = await sw.navigator.storage?.estimate?.().catch(() => undefined);
    if (estimate?.quota !== undefined && estimate.usage !== undefined && estimate.quota - estimate.usage < list.bytes) {
      throw new SaveError('quota');
    }
    try {
      await fill(FULL, list.files, (done) => listeners.forEach((l) => l(done, list.files.length)));
    } catch (err) {
      // A full device: give the space back. A dropped connection: keep what is stored, the next try resumes.
      if (reasonOf(err) === 'quota') await caches.delete(FULL);
      throw err;
    }
    // The list itself goes in last: it marks the copy complete.
    await (await caches.open(FULL)).put(keyOf(BUILD.list), await stamped(res, ''));
  })().finally(() => {
    saving = null;
    listeners.clear();
  });
  return saving;
}

async function removeFull(): Promise<void> {
  for (const name of await caches.keys()) if (name.startsWith('kh-full-')) await caches.delete(name);
}

/** The first page was loaded before the worker existed: store the open pages too (usually straight from the HTTP cache). */
async function keepOpenPages(): Promise<void> {
  const cache = await caches.open(PAGES);
  for (const client of await sw.clients.matchAll({ type: 'window', includeUncontrolled: true })) {
    if (new URL(client.url).origin !== ORIGIN) continue;
    const key = keyOf(client.url);
    if (await lookup(key)) continue;
    try {
      const res = await fetch(key, { cache: 'force-cache' });
      if (res.ok && !res.redirected) await cache.put(key, res);
    } catch {
      // Not stored now; it will be the next time the reader opens it.
    }
  }
}

/** A stored copy: what the reader opened (freshest) first, then the frame, then the full copy. */
async function lookup(key: string): Promise<Response | undefined> {
  for (const name of [PAGES, FRAME, FULL]) {
    const hit = await caches.match(key, { cacheName: name });
    if (hit) return hit;
  }
  return undefined;
}

async function offlineAnswer(request: Request, key: string): Promise<Response> {
  const hit = await lookup(key);
  if (hit) return hit;
  const path = new URL(key).pathname;
  const target = BUILD.redirects[path] ?? BUILD.redirects[path.replace(/\/$/, '')];
  if (target) return Response.redirect(new URL(target, ORIGIN).href, 301);
  if (request.mode === 'navigate') {
    // With the full copy every page is stored, so an unknown address does not exist; without it, explain.
    const page = (await fullComplete()) ? await lookup(keyOf(BUILD.notFound)) : await lookup(keyOf(BUILD.offline));
    if (page) return page;
  }
  return Response.error();
}

function store(event: ExtendableEvent, key: string, res: Response): void {
  if (!res.ok || res.type !== 'basic' || res.redirected) return;
  const copy = res.clone();
  event.waitUntil(caches.open(PAGES).then((c) => c.put(key, copy)).catch(() => undefined));
}

sw.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      await fill(FRAME, BUILD.frame);
      // The reader chose the full copy in an earlier version: keep it up to date (only what changed is downloaded).
      // If that fails, the copy is incomplete and /offline-lezen/ offers to finish it; the update goes on.
      if (await fullStarted()) await saveFull().catch(() => undefined);
      await sw.skipWaiting();
    })(),
  );
});

sw.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      const current = [FRAME, PAGES, FULL];
      for (const name of await caches.keys()) if (!current.includes(name)) await caches.delete(name);
      await sw.clients.claim();
      await keepOpenPages();
    })(),
  );
});

sw.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== ORIGIN || url.pathname === BUILD.worker) return;
  const key = keyOf(request.url);
  if (url.pathname.startsWith('/_astro/')) {
    // Hashed names never change: a stored copy is always right.
    event.respondWith(
      lookup(key).then(
        (hit) =>
          hit ??
          fetch(request).then((res) => {
            store(event, key, res);
            return res;
          }),
      ),
    );
    return;
  }
  // Pages, the search index, data: the network first (always current), stored on the way; the stored copy when offline.
  event.respondWith(
    fetch(request).then(
      (res) => {
        store(event, key, res);
        return res;
      },
      () => offlineAnswer(request, key),
    ),
  );
});

sw.addEventListener('message', (event) => {
  const port = event.ports[0];
  const type = (event.data as { type?: unknown } | null)?.type;
  if (!port) return;
  const reply = (message: WorkerReply) => port.postMessage(message);
  if (type === 'status') {
    event.waitUntil(
      (async () => reply({ type: 'status', saved: await fullComplete(), started: await fullStarted(), busy: saving !== null }))(),
    );
  } else if (type === 'save') {
    event.waitUntil(
      saveFull((done, total) => reply({ type: 'progress', done, total })).then(
        () => reply({ type: 'done' }),
        (err: unknown) => reply({ type: 'error', reason: reasonOf(err) }),
      ),
    );
  } else if (type === 'remove') {
    event.waitUntil(removeFull().then(() => reply({ type: 'removed' })));
  }
});
