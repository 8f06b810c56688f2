/**
 * The private week calculator: nothing is computed or stored without a date
 * the reader enters; the date lives in localStorage only and can be cleared.
 * Renders with text nodes only.
 */
import { MOMENTS } from '../data/timeline';
import { buildIcs } from '../lib/ics';
import { offerDownload } from '../lib/download';
import { formatDate, fromLocal, parseDate, toIso, type CalendarDate } from '../lib/calendar';
import { upcomingMoments, weekOfIllness, type UpcomingMoment } from '../lib/weeks';
import { browserStorage } from '../lib/phase-store';
import { fmt } from '../i18n/format';
import { calculatorScript as T } from '../i18n/nl/calculator';

export const DATE_KEY = 'keuzehulp:ziekmelddatum';

const today = () => fromLocal(new Date());

/** Validate the entered date: a real date, not in the future, not more than three years back. */
export function checkDate(value: string, now: CalendarDate): { date: CalendarDate } | { error: string } {
  if (!value) return { error: T.errors.empty };
  const date = parseDate(value);
  if (!date) return { error: T.errors.invalid };
  if (toIso(date) > toIso(now)) return { error: T.errors.future };
  if (now.y - date.y > 3) return { error: T.errors.tooOld };
  return { date };
}

function rangeText(u: UpcomingMoment): string {
  if (toIso(u.start) === toIso(u.end)) return formatDate(u.start);
  return fmt(T.range, { van: formatDate(u.start), tot: formatDate(u.end) });
}

export function initWeekCalculator(doc: Document): void {
  const form = doc.querySelector<HTMLFormElement>('[data-week-calculator]');
  const results = doc.querySelector<HTMLElement>('[data-week-results]');
  if (!form || !results) return;
  const input = form.querySelector<HTMLInputElement>('#ziekmelddatum')!;
  const horizon = form.querySelector<HTMLSelectElement>('#vooruit')!;
  const error = form.querySelector<HTMLElement>('#ziekmelddatum-fout')!;
  const clear = form.querySelector<HTMLButtonElement>('[data-clear]')!;
  const note = form.querySelector<HTMLElement>('[data-storage-note]')!;
  const store = browserStorage();
  input.max = toIso(today());
  form.hidden = false;

  const el = <K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, cls?: string) => {
    const e = doc.createElement(tag);
    if (text) e.textContent = text;
    if (cls) e.className = cls;
    return e;
  };

  const show = (first: CalendarDate) => {
    const now = today();
    const weeks = Number(horizon.value) || 8;
    const list = upcomingMoments(MOMENTS, first, now, weeks);
    const week = weekOfIllness(first, now);
    results.replaceChildren();
    const heading = el('h3', fmt(T.heading, { n: weeks }));
    heading.tabIndex = -1;
    results.append(heading);
    results.append(el('p', week >= 1 ? fmt(T.nowWeek, { week, datum: formatDate(first) }) : fmt(T.firstDay, { datum: formatDate(first) })));
    if (list.length === 0) {
      results.append(el('p', T.none));
      return heading;
    }
    const fieldset = el('fieldset', undefined, 'rounded-lg border border-line p-3');
    fieldset.append(el('legend', T.pick, 'px-1 font-bold'));
    for (const u of list) {
      const id = `moment-${u.moment.id}`;
      const row = el('div', undefined, 'mb-3 flex gap-3');
      const box = el('input', undefined, 'mt-1 h-6 w-6 shrink-0');
      box.type = 'checkbox';
      box.id = id;
      box.value = u.moment.id;
      box.checked = true;
      const label = el('label');
      label.htmlFor = id;
      label.append(el('strong', u.moment.title), el('span', ` · ${rangeText(u)}`), el('span', ` (${u.moment.when})`, 'meta'));
      const wrap = el('div');
      wrap.append(label, el('p', u.moment.note, 'm-0 text-base'));
      row.append(box, wrap);
      fieldset.append(row);
    }
    const download = el('button', T.download, 'btn mt-2');
    download.type = 'button';
    download.addEventListener('click', () => {
      const chosen = list.filter((u) => fieldset.querySelector<HTMLInputElement>(`#moment-${u.moment.id}`)?.checked);
      if (chosen.length === 0) return;
      const ics = buildIcs(
        chosen.map((u) => ({
          uid: `${u.moment.id}-${toIso(first)}`,
          date: u.start,
          title: u.moment.title,
          description: fmt(T.eventDescription, { uitleg: u.moment.note, periode: rangeText(u) }),
        })),
        new Date(),
      );
      offerDownload(T.fileName, ics, 'text/calendar;charset=utf-8', doc);
    });
    results.append(fieldset, download);
    results.append(el('p', T.estimate, 'meta'));
    return heading;
  };

  const saved = store?.getItem(DATE_KEY) ?? null;
  const savedDate = saved ? parseDate(saved) : null;
  if (savedDate) {
    input.value = toIso(savedDate);
    clear.hidden = false;
    show(savedDate);
  }

  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const checked = checkDate(input.value, today());
    if ('error' in checked) {
      error.textContent = checked.error;
      error.hidden = false;
      input.setAttribute('aria-invalid', 'true');
      input.focus();
      return;
    }
    error.hidden = true;
    input.removeAttribute('aria-invalid');
    try {
      store?.setItem(DATE_KEY, toIso(checked.date));
      note.textContent = T.saved;
    } catch {
      note.textContent = T.notSaved;
    }
    clear.hidden = false;
    show(checked.date)?.focus();
  });

  clear.addEventListener('click', () => {
    try {
      store?.removeItem(DATE_KEY);
    } catch {
      // nothing stored, nothing to remove
    }
    input.value = '';
    results.replaceChildren(el('p', T.cleared, 'font-bold'));
    clear.hidden = true;
    note.textContent = T.storageNote;
    input.focus();
  });
}
