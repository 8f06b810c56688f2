/**
 * Remembers the reader's chosen phase in localStorage (never sent anywhere)
 * and applies it to the page. Nothing is inferred: only a deliberate visit to a
 * phase hub or a click on a phase link stores a phase.
 */
export const PHASE_KEY = 'keuzehulp:fase';

export function readPhase(storage: Pick<Storage, 'getItem'> | null): number | null {
  try {
    const raw = storage?.getItem(PHASE_KEY);
    const n = raw ? Number(raw) : NaN;
    return Number.isInteger(n) && n >= 1 && n <= 4 ? n : null;
  } catch {
    return null;
  }
}

export function writePhase(storage: Pick<Storage, 'setItem'> | null, phase: number): void {
  try {
    storage?.setItem(PHASE_KEY, String(phase));
  } catch {
    // Storage blocked: the choice simply is not remembered.
  }
}

function safeStorage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

export function initPhaseMemory(doc: Document): void {
  const storage = safeStorage();
  const marker = doc.querySelector<HTMLElement>('[data-phase-script]');
  const chosen = Number(marker?.dataset['choose']);
  if (Number.isInteger(chosen) && chosen >= 1 && chosen <= 4) writePhase(storage, chosen);

  doc.querySelectorAll<HTMLAnchorElement>('[data-phase-link]').forEach((link) => {
    link.addEventListener('click', () => writePhase(storage, Number(link.dataset['phaseLink'])));
  });

  const phase = readPhase(storage);
  doc.documentElement.dataset['fase'] = phase ? String(phase) : '';
  if (!phase) return;

  doc.querySelectorAll<HTMLAnchorElement>('[data-phase-link]').forEach((link) => {
    if (Number(link.dataset['phaseLink']) === phase) link.setAttribute('aria-current', 'true');
  });

  const remembered = doc.querySelector<HTMLElement>('[data-phase-remembered]');
  const current = doc.querySelector<HTMLAnchorElement>(`[data-phase-link="${phase}"]`);
  if (remembered && current) {
    const name = current.querySelector('.card-title')?.textContent ?? `fase ${phase}`;
    remembered.textContent = '';
    remembered.append(`Je koos eerder fase ${phase}: ${name}. `);
    const a = doc.createElement('a');
    a.href = current.href;
    a.textContent = `Verder in fase ${phase}`;
    const forget = doc.createElement('button');
    forget.type = 'button';
    forget.className = 'ml-2 cursor-pointer underline';
    forget.textContent = 'Keuze vergeten';
    forget.addEventListener('click', () => {
      try {
        storage?.removeItem(PHASE_KEY);
      } catch {
        // nothing stored
      }
      doc.querySelectorAll('[data-phase-link][aria-current]').forEach((l) => l.removeAttribute('aria-current'));
      remembered.textContent = 'Je keuze is vergeten op dit apparaat.';
    });
    remembered.append(a, ' ', forget);
    remembered.hidden = false;
  }

  // Open later-phase blocks that belong to the reader's own phase (never later ones).
  doc.querySelectorAll<HTMLDetailsElement>('details[data-later]').forEach((d) => {
    if (Number(d.dataset['later']) <= phase) d.open = true;
  });
  // The journey: open the reader's phase.
  doc.querySelectorAll<HTMLDetailsElement>('details[data-journey-phase]').forEach((d) => {
    d.open = Number(d.dataset['journeyPhase']) === phase;
  });
}
