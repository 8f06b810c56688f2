/**
 * The control on /offline-lezen/: "Bewaar de keuzehulp op dit apparaat (x MB)".
 * Offline use of the whole keuzehulp is the reader's explicit choice: a click
 * asks the service worker (src/sw/worker.ts) to store the full list, shows its
 * progress and the result, and "Verwijder de offline kopie" undoes it. The
 * size comes from the build (`data-bytes`). Without JavaScript the control
 * stays hidden and a sentence explains.
 */
import { fmt } from '../i18n/format';
import { offlineScript as T } from '../i18n/nl/offline';
import { formatMegabytes } from '../lib/offline';
import { routes } from '../lib/routes';
import type { WorkerReply } from '../sw/worker';
import { saveDataOn, workersAvailable } from './offline';

type Ask = 'status' | 'save' | 'remove';

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

  if (!workersAvailable(win)) {
    status.textContent = T.unsupported;
    save.hidden = true;
    return;
  }
  save.textContent = fmt(T.save, { grootte: formatMegabytes(Number(root.dataset['bytes'])) });
  note.hidden = !saveDataOn(win);
  const container = win.navigator.serviceWorker;

  const show = (state: 'idle' | 'busy' | 'saved', text: string) => {
    root.dataset['state'] = state;
    status.textContent = text;
    save.hidden = state === 'saved';
    save.disabled = state === 'busy';
    remove.hidden = state !== 'saved';
    progress.hidden = count.hidden = state !== 'busy';
  };

  const onReply = (reply: WorkerReply) => {
    if (reply.type === 'progress') {
      progress.max = reply.total;
      progress.value = reply.done;
      count.textContent = fmt(T.progress, { klaar: reply.done, totaal: reply.total });
    } else if (reply.type === 'done') show('saved', T.done);
    else if (reply.type === 'removed') show('idle', T.removed);
    else if (reply.type === 'error') show('idle', T.errors[reply.reason]);
  };

  const start = async () => {
    if (!win.navigator.onLine) {
      show('idle', T.offline);
      return;
    }
    show('busy', T.busy);
    progress.removeAttribute('value');
    count.textContent = '';
    try {
      const worker = await activeWorker(container, true);
      if (!worker) throw new Error('no worker');
      ask(worker, 'save', onReply);
    } catch {
      show('idle', T.errors.other);
    }
  };

  save.addEventListener('click', () => void start());
  remove.addEventListener('click', () => {
    void activeWorker(container, false).then((worker) => {
      if (worker) ask(worker, 'remove', onReply);
      else show('idle', T.removed);
    });
  });

  show('idle', T.notSaved);
  void activeWorker(container, false)
    .then((worker) => {
      if (!worker) return show('idle', T.notSaved);
      ask(worker, 'status', (reply) => {
        if (reply.type !== 'status') return;
        if (reply.busy) void start(); // saving goes on (another tab, or the reader came back): follow it
        else if (reply.saved) show('saved', T.saved);
        else show('idle', reply.started ? T.partial : T.notSaved);
      });
    })
    .catch(() => show('idle', T.notSaved));
}
