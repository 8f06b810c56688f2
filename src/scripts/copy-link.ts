/** "Kopieer link" buttons on /voor-professionals/ (shown only when the clipboard can be written). */
import { copyLink as T } from '../i18n/nl/copy-link';

export function initCopyButtons(doc: Document): void {
  const status = doc.querySelector<HTMLElement>('[data-copy-status]');
  if (!navigator.clipboard?.writeText) return;
  doc.querySelectorAll<HTMLButtonElement>('button[data-copy]').forEach((button) => {
    button.hidden = false;
    button.addEventListener('click', async () => {
      const url = button.dataset['copy']!;
      try {
        await navigator.clipboard.writeText(url);
        if (status) status.textContent = `${T.done} ${url}`;
      } catch {
        if (status) status.textContent = T.failed;
      }
    });
  });
}
