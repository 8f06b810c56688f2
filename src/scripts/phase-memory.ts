/**
 * Applies the reader's chosen phase (kept on this device only, see
 * src/lib/phase-store.ts) to the page. Nothing is inferred: only a deliberate
 * visit to a phase hub or a click on a phase link stores a phase.
 */
import { toPhase } from '../data/site';
import { browserStorage, forgetPhase, readPhase, writePhase } from '../lib/phase-store';
import { fmt } from '../i18n/format';
import { phaseMemory as T } from '../i18n/nl/phase';

export function initPhaseMemory(doc: Document): void {
  const storage = browserStorage();
  const marker = doc.querySelector<HTMLElement>('[data-phase-script]');
  const chosen = toPhase(marker?.dataset['choose']);
  if (chosen) writePhase(storage, chosen);

  doc.querySelectorAll<HTMLAnchorElement>('[data-phase-link]').forEach((link) => {
    link.addEventListener('click', () => {
      const n = toPhase(link.dataset['phaseLink']);
      if (n) writePhase(storage, n);
    });
  });

  const phase = readPhase(storage);
  doc.documentElement.dataset['fase'] = phase ? String(phase) : '';
  if (!phase) return;

  doc.querySelectorAll<HTMLAnchorElement>('[data-phase-link]').forEach((link) => {
    if (toPhase(link.dataset['phaseLink']) === phase) link.setAttribute('aria-current', 'true');
  });

  const remembered = doc.querySelector<HTMLElement>('[data-phase-remembered]');
  const current = doc.querySelector<HTMLAnchorElement>(`[data-phase-link="${phase}"]`);
  if (remembered && current) {
    const name = current.querySelector('.card-title')?.textContent ?? '';
    remembered.textContent = '';
    remembered.append(fmt(T.remembered, { n: phase, naam: name }));
    const a = doc.createElement('a');
    a.href = current.href;
    a.textContent = fmt(T.continue, { n: phase });
    const forget = doc.createElement('button');
    forget.type = 'button';
    forget.className = 'ml-2 cursor-pointer underline';
    forget.textContent = T.forget;
    forget.addEventListener('click', () => {
      forgetPhase(storage);
      doc.querySelectorAll('[data-phase-link][aria-current]').forEach((l) => l.removeAttribute('aria-current'));
      remembered.textContent = T.forgotten;
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
