/**
 * /vragen/ (progressive enhancement; the page works without it): sets the
 * phase filter to ?fase=N or the reader's remembered phase (without writing
 * it), keeps the counts per conversation type in step with the filter, opens
 * the conversation type named in the address (#bedrijfsarts), keeps a
 * question ticked in two places in step, says how many are ticked, and prints
 * the ticked questions as one list.
 */
import { toPhase } from '../data/site';
import { browserStorage, readPhase } from '../lib/phase-store';
import { plural } from '../i18n/format';
import { questionPickerScript as T } from '../i18n/nl/pages';

export function initQuestionPicker(doc: Document): void {
  const root = doc.querySelector<HTMLElement>('[data-question-picker]');
  const form = root?.querySelector('form');
  if (!root || !form) return;
  const boxes = () => [...form.querySelectorAll<HTMLInputElement>('input[name="vraag"]')];
  const pickedIds = () => [...new Set(boxes().filter((b) => b.checked).map((b) => b.value))];

  const wanted = toPhase(new URLSearchParams(doc.location.search).get('fase')) ?? readPhase(browserStorage());
  const radio = wanted ? doc.getElementById(`toon-fase-${wanted}`) : null;
  if (radio instanceof HTMLInputElement) radio.checked = true;

  const counts = () => {
    const shown = root.querySelector<HTMLInputElement>('input[name="toon"]:checked')?.value ?? 'alle';
    root.querySelectorAll<HTMLDetailsElement>('.vragen-groep').forEach((group) => {
      const items = [...group.querySelectorAll<HTMLElement>('li[data-phases]')];
      const n = shown === 'alle' ? items.length : items.filter((li) => li.dataset['phases']!.split(' ').includes(shown)).length;
      const count = group.querySelector('[data-count]');
      if (count) count.textContent = `(${plural(T.count, n)})`;
    });
  };

  const openFromAddress = () => {
    const target = doc.location.hash.length > 1 ? doc.getElementById(decodeURIComponent(doc.location.hash.slice(1))) : null;
    if (target instanceof HTMLDetailsElement) target.open = true;
  };

  const status = root.querySelector<HTMLElement>('[data-picked]');
  const printButton = root.querySelector<HTMLButtonElement>('[data-print-picked]');
  const update = () => {
    const n = pickedIds().length;
    if (status) status.textContent = n ? plural(T.picked, n) : '';
    if (printButton) printButton.hidden = n === 0;
  };

  root.addEventListener('change', (e) => {
    const t = e.target;
    if (!(t instanceof HTMLInputElement)) return;
    if (t.name === 'toon') counts();
    if (t.name === 'vraag') {
      // The same question can stand under "om mee te beginnen" and under its conversation type.
      boxes().forEach((b) => {
        if (b.value === t.value) b.checked = t.checked;
      });
      update();
    }
  });

  // The ticked questions, in page order, once each, as the printed list.
  const list = root.querySelector<HTMLElement>('.picked-print');
  const beforePrint = () => {
    const ids = pickedIds();
    if (!list || ids.length === 0) return;
    const ol = list.querySelector('ol')!;
    ol.replaceChildren(
      ...ids.map((id) => {
        const li = doc.createElement('li');
        const box = boxes().find((b) => b.value === id)!;
        // The question text without the "(fase 1 en 2)" note.
        li.textContent = box.nextElementSibling?.firstChild?.textContent?.trim() ?? '';
        return li;
      }),
    );
    list.hidden = false;
    root.classList.add('printing-picks');
  };
  const afterPrint = () => {
    if (list) list.hidden = true;
    root.classList.remove('printing-picks');
  };
  addEventListener('beforeprint', beforePrint);
  addEventListener('afterprint', afterPrint);
  printButton?.addEventListener('click', () => print());

  counts();
  openFromAddress();
  addEventListener('hashchange', openFromAddress);
  update();
}
