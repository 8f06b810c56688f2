/**
 * Registers the service worker (offline reading) and shows a calm notice while
 * the device is offline. Loaded by the pages that already carry a script.
 *
 * The worker stores only the frame (a few pages, well under 60 KB) and then
 * what the reader opens; the whole keuzehulp only by choice on /offline-lezen/.
 * It registers after the page has loaded, so it never competes with the first
 * paint, and not at all when the reader has data saving on (Save-Data).
 */
import { routes } from '../lib/routes';

/** The reader asked the browser to save data (Chrome "Lite mode", Android data saver: also sent as `Save-Data: on`). */
export function saveDataOn(win: Window & typeof globalThis = window): boolean {
  const connection = (win.navigator as Navigator & { connection?: { saveData?: boolean } }).connection;
  return connection?.saveData === true;
}

/** Service workers are available here (not on file://, not in old browsers). */
export function workersAvailable(win: Window & typeof globalThis = window): boolean {
  return 'serviceWorker' in win.navigator && win.location.protocol !== 'file:';
}

export function initOffline(doc: Document, win: Window & typeof globalThis = window): void {
  const notice = doc.querySelector<HTMLElement>('[data-offline-notice]');
  const update = () => {
    if (notice) notice.hidden = win.navigator.onLine;
  };
  win.addEventListener('online', update);
  win.addEventListener('offline', update);
  update();
  if (!workersAvailable(win) || saveDataOn(win)) return;
  const register = () => {
    win.navigator.serviceWorker.register(routes.serviceWorker()).catch(() => {
      // Offline reading is an extra; the site works without it.
    });
  };
  if (doc.readyState === 'complete') register();
  else win.addEventListener('load', register, { once: true });
}
