/**
 * Registers the service worker (offline reading) and shows a calm notice while
 * the device is offline. Loaded by the pages that already carry a script.
 */
export function initOffline(doc: Document, win: Window & typeof globalThis = window): void {
  const notice = doc.querySelector<HTMLElement>('[data-offline-notice]');
  const update = () => {
    if (notice) notice.hidden = win.navigator.onLine;
  };
  win.addEventListener('online', update);
  win.addEventListener('offline', update);
  update();
  if ('serviceWorker' in win.navigator && win.location.protocol !== 'file:') {
    win.addEventListener('load', () => {
      win.navigator.serviceWorker.register('/sw.js').catch(() => {
        // Offline reading is an extra; the site works without it.
      });
    });
  }
}
