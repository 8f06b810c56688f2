/**
 * The control on /offline-lezen/: "Bewaar de keuzehulp op dit apparaat (x MB)".
 * Offline use of the whole keuzehulp is the reader's explicit choice: a click
 * asks the service worker (src/sw/worker.ts) to store the full list, shows its
 * progress and the result, and "Verwijder de offline kopie" undoes it. The
 * size comes from the build (`data-bytes`). Without JavaScript the control
 * stays hidden and a sentence explains.
 *
 * The control says where it is in `data-state` (see `OfflineState`), and why
 * saving stopped in `data-reason`: the browser tests wait on these, never on
 * time or on the Dutch text.
 */
import { fmt } from '../i18n/format';
import { offlineScript as T } from '../i18n/nl/offline';
import { formatMegabytes } from '../lib/offline';
import { routes } from '../lib/routes';
import type { WorkerReply } from '../sw/worker';
import { saveDataOn, workersAvailable } from './offline';

type Ask = 'status' | 'save' | 'remove';

/**
 * Where the control is, in its `data-state`:
 *   checking     asking the worker what is stored (right after the page loads)
 *   idle         nothing of the full copy is stored (or it was removed)
 *   partial      a download stopped earlier; pressing the button finishes it
 *   downloading  the worker is storing the full copy
 *   done         the full copy is complete
 *   failed       the last try stopped; `data-reason` says why (the worker's reason, or "offline")
 *   unsupported  this browser has no service workers
 */
export type OfflineState = 'checking' | 'idle' | 'partial' | 'downloading' | 'done' | 'failed' | 'unsupported';
type FailReason = Extract<WorkerReply, { type: 'error' }>['reason'] | 'offline';

/** The active worker; registers it first when asked to (a click, also with data saving on). */
async function activeWorker(container: ServiceWorkerContainer, register: boolean): Promise<ServiceWorker | null> {
  let registration = await container.getRegistration();
  if (!registration && register) registration = await container.register(routes.serviceWorker());
  if (!registration) return null;
  return (await container.ready).active;
}

/** Send a request to the worker; every reply (progress, result) comes back on a channel of its own. */
function ask(worker: ServiceWorker, type: Ask, onReply: (reply: WorkerReply) => void): void {
  const channel = new MessageChannel();
  channel.port1.onmessage = (e: MessageEvent<WorkerReply>) => onReply(e.data);
  worker.postMessage({ type }, [channel.port2]);
}

export function initOfflineSave(doc: Document, win: Window & typeof globalThis = window): void {
  const root = doc.querySelector<HTMLElement>('[data-offline-save]');
  if (!root) return;
  const q = <E extends HTMLElement>(sel: string) => root.querySelector<E>(sel)!;
  const status = q<HTMLElement>('[data-status]');
  const save = q<HTMLButtonElement>('[data-save]');
  const remove = q<HTMLButtonElement>('[data-remove]');
  const progress = q<HTMLProgressElement>('progress');
  const count = q<HTMLElement>('[data-count]');
  const note = q<HTMLElement>('[data-save-data]');
  root.hidden = false;

  const show = (state: OfflineState, text: string, reason?: FailReason) => {
    root.dataset['state'] = state;
    if (reason) root.dataset['reason'] = reason;
    else delete root.dataset['reason'];
    status.textContent = text;
    save.hidden = state === 'done' || state === 'unsupported';
    save.disabled = state === 'downloading';
    remove.hidden = state !== 'done';
    progress.hidden = count.hidden = state !== 'downloading';
  };

  if (!workersAvailable(win)) {
    show('unsupported', T.unsupported);
    return;
  }
  save.textContent = fmt(T.save, { grootte: formatMegabytes(Number(root.dataset['bytes'])) });
  note.hidden = !saveDataOn(win);
  const container = win.navigator.serviceWorker;

  const onReply = (reply: WorkerReply) => {
    if (reply.type === 'progress') {
      progress.max = reply.total;
      progress.value = reply.done;
      count.textContent = fmt(T.progress, { klaar: reply.done, totaal: reply.total });
    } else if (reply.type === 'done') show('done', T.done);
    else if (reply.type === 'removed') show('idle', T.removed);
    else if (reply.type === 'error') show('failed', T.errors[reply.reason], reply.reason);
  };

  const start = async () => {
    if (!win.navigator.onLine) {
      show('failed', T.offline, 'offline');
      return;
    }
    show('downloading', T.busy);
    progress.removeAttribute('value');
    count.textContent = '';
    try {
      const worker = await activeWorker(container, true);
      if (!worker) throw new Error('no worker');
      ask(worker, 'save', onReply);
    } catch {
      show('failed', T.errors.other, 'other');
    }
  };

  save.addEventListener('click', () => void start());
  remove.addEventListener('click', () => {
    void activeWorker(container, false).then((worker) => {
      if (worker) ask(worker, 'remove', onReply);
      else show('idle', T.removed);
    });
  });

  show('checking', T.notSaved);
  // The answer to "what is stored?" only counts while nothing else happened: a click (or a
  // failure) that came first must not be overwritten by a late answer.
  const checked = (state: OfflineState, text: string) => {
    if (root.dataset['state'] === 'checking') show(state, text);
  };
  void activeWorker(container, false)
    .then((worker) => {
      if (!worker) return checked('idle', T.notSaved);
      ask(worker, 'status', (reply) => {
        if (reply.type !== 'status' || root.dataset['state'] !== 'checking') return;
        if (reply.busy) void start(); // saving goes on (another tab, or the reader came back): follow it
        else if (reply.saved) show('done', T.saved);
        else show(reply.started ? 'partial' : 'idle', reply.started ? T.partial : T.notSaved);
      });
    })
    .catch(() => checked('idle', T.notSaved));
}
