/**
 * Applies the reader's chosen phase (kept on this device only, see
 * src/lib/phase-store.ts) to the page. Nothing is inferred: only a click on
 * a phase link (the reader picks a phase) stores a phase, never a visit to a
 * hub (that may be a shared link or a QR code), and never under "niets bewaren".
 */
import { toPhase, type PhaseNumber } from '../data/site';
import { browserStorage, forgetPhase, readPhase, writePhase } from '../lib/phase-store';
import { PHASE_ASKED_KEY } from '../lib/storage-keys';
import { fmt } from '../i18n/format';
import { phaseMemory as T } from '../i18n/nl/phase';

function askToSwitch(doc: Document, storage: Storage | null, before: PhaseNumber, now: PhaseNumber): void {
  const key = `${PHASE_ASKED_KEY}:${now}`;
  try {
    if (sessionStorage.getItem(key)) return;
    sessionStorage.setItem(key, '1');
  } catch {
    // No session storage: ask every time, which is still better than overwriting.
  }
  const v = { eerder: before, nu: now };
  // Asked in a bar at the bottom of the screen (fixed: it pushes nothing down);
  // once answered, the answer takes its place under the title.
  const box = doc.createElement('div');
  box.className = 'box box-brand no-print ask-phase';
  box.setAttribute('role', 'region');
  box.setAttribute('aria-label', fmt(T.askYes, v));
  const text = doc.createElement('p');
  text.textContent = fmt(T.ask, v);
  const buttons = doc.createElement('p');
  buttons.className = 'mb-0 flex flex-wrap gap-3';
  const answer = (keep: boolean) => {
    if (!keep) writePhase(storage, now);
    doc.documentElement.dataset['fase'] = String(keep ? before : now);
    text.textContent = fmt(keep ? T.askedNo : T.askedYes, v);
    buttons.remove();
    box.classList.remove('ask-phase');
    text.tabIndex = -1;
    text.focus();
  };
  const yes = doc.createElement('button');
  yes.type = 'button';
  yes.className = 'btn';
  yes.textContent = fmt(T.askYes, v);
  yes.addEventListener('click', () => answer(false));
  const no = doc.createElement('button');
  no.type = 'button';
  no.className = 'btn btn-secondary';
  no.textContent = fmt(T.askNo, v);
  no.addEventListener('click', () => answer(true));
  buttons.append(yes, no);
  box.append(text, buttons);
  doc.querySelector('main h1')?.after(box);
}

/** A jump link ("Op deze pagina") to a folded hub section opens it. */
function openJumpTarget(doc: Document): void {
  const id = decodeURIComponent(doc.location.hash.slice(1));
  const fold = id ? doc.getElementById(id)?.closest('details.hub-fold') : null;
  if (fold instanceof HTMLDetailsElement) fold.open = true;
}

export function initPhaseMemory(doc: Document): void {
  openJumpTarget(doc);
  addEventListener('hashchange', () => openJumpTarget(doc));
  const storage = browserStorage();
  const marker = doc.querySelector<HTMLElement>('[data-phase-script]');
  const chosen = toPhase(marker?.dataset['choose']);
  const before = readPhase(storage);
  // A hub of another phase than the one the reader picked (a shared link, a QR
  // code): ask before switching, once per session. A hub visit alone stores nothing.
  if (chosen && before && before !== chosen) askToSwitch(doc, storage, before, chosen);

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

  // The note under the picker shares its place with the privacy note (see PhasePicker.astro): no shift.
  const remembered = doc.querySelector<HTMLElement>('[data-phase-remembered]');
  const current = doc.querySelector<HTMLAnchorElement>(`[data-phase-link="${phase}"]`);
  if (remembered && current) {
    const name = current.querySelector('[data-phase-name]')?.textContent ?? '';
    remembered.textContent = '';
    remembered.append(fmt(T.remembered, { n: phase, naam: name }));
    const a = doc.createElement('a');
    a.href = current.href;
    a.textContent = fmt(T.continue, { n: phase });
    const forget = doc.createElement('button');
    forget.type = 'button';
    forget.className = 'link-btn';
    forget.textContent = T.forget;
    forget.addEventListener('click', () => {
      forgetPhase(storage);
      doc.querySelectorAll('[data-phase-link][aria-current]').forEach((l) => l.removeAttribute('aria-current'));
      remembered.textContent = T.forgotten;
    });
    remembered.append(a, ' · ', forget);
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
