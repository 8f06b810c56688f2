/**
 * The self-check after a conversation (progressive enhancement; ticking and
 * printing work without it): offers "Bewaar op dit apparaat", keeps the ticks
 * and the "Volgende keer ga ik …" line only while that box is ticked (and
 * never under the site-wide "niets bewaren"), wipes them when it is unticked
 * or on "Alles leegmaken", and prints. Nothing is sent anywhere.
 */
import { savingAllowed } from '../lib/saving-choice';
import { clearSelfCheck, readSelfCheck, writeSelfCheck, type SelfCheckState } from '../lib/selfcheck-store';
import { plural } from '../i18n/format';
import { selfCheckScript as T } from '../i18n/nl/selfcheck';

function storageOrNull(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

export function initSelfCheck(doc: Document): void {
  const root = doc.querySelector<HTMLElement>('[data-selfcheck]');
  if (!root) return;
  const role = root.dataset['selfcheck']!;
  const ids = root.dataset['ids']!.split(' ');
  const boxes = [...root.querySelectorAll<HTMLInputElement>('.selfcheck-group input[type="checkbox"]')];
  const next = root.querySelector<HTMLTextAreaElement>('textarea')!;
  const save = root.querySelector<HTMLInputElement>('[data-save]')!;
  const status = root.querySelector<HTMLElement>('[data-selfcheck-status]')!;
  const storage = storageOrNull();

  const state = (): SelfCheckState => ({ ticked: boxes.filter((b) => b.checked).map((b) => b.value), next: next.value });
  const say = (text: string) => (status.textContent = text);
  const count = () => plural(T.count, state().ticked.length, { totaal: ids.length });

  if (savingAllowed(storage)) {
    root.querySelector<HTMLElement>('[data-save-choice]')!.hidden = false;
    const stored = readSelfCheck(storage, role, ids);
    if (stored) {
      boxes.forEach((b) => (b.checked = stored.ticked.includes(b.value)));
      next.value = stored.next;
      save.checked = true;
    }
  } else if (storage) {
    root.querySelector<HTMLElement>('[data-saving-off]')!.hidden = false;
  }

  const persist = () => {
    if (!save.checked) return;
    if (!writeSelfCheck(storage, role, state())) {
      save.checked = false;
      say(T.blocked);
    }
  };

  root.addEventListener('change', (e) => {
    if (e.target === save) {
      if (save.checked && writeSelfCheck(storage, role, state())) say(T.saved);
      else if (save.checked) {
        save.checked = false;
        say(T.blocked);
      } else {
        clearSelfCheck(storage, role);
        say(T.notSaved);
      }
      return;
    }
    persist();
    if (e.target instanceof HTMLInputElement) say(count());
  });
  next.addEventListener('input', persist);

  const clear = root.querySelector<HTMLButtonElement>('[data-clear]')!;
  clear.hidden = false;
  clear.addEventListener('click', () => {
    boxes.forEach((b) => (b.checked = false));
    next.value = '';
    save.checked = false;
    clearSelfCheck(storage, role);
    say(T.cleared);
  });

  const print = root.querySelector<HTMLButtonElement>('[data-print]')!;
  print.hidden = false;
  print.addEventListener('click', () => window.print());
}
