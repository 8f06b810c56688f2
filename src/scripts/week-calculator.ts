/**
 * The private week calculator: nothing is computed without a date the reader
 * enters, and nothing is stored unless the reader ticks "Onthoud mijn datum"
 * (never under "niets bewaren"); the date then lives in localStorage only and
 * can be cleared.
 * Renders with text nodes only.
 */
import { MOMENTS } from '../data/timeline';
import { buildIcs } from '../lib/ics';
import { offerDownload } from '../lib/download';
import { formatDate, fromLocal, parseDate, toIso, type CalendarDate } from '../lib/calendar';
import { weekPlan, type DatedMoment } from '../lib/weeks';
import { browserStorage } from '../lib/phase-store';
import { removeItems, savingAllowed, storeItem } from '../lib/saving-choice';
import { DATE_KEY } from '../lib/storage-keys';
import { fmt, plural } from '../i18n/format';
import { calculatorScript as T } from '../i18n/nl/calculator';

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

function rangeText(u: DatedMoment): string {
  if (toIso(u.start) === toIso(u.end)) return formatDate(u.start);
  return fmt(T.range, { van: formatDate(u.start), tot: formatDate(u.end) });
}

/** "deze week", "over 1 week", "over 28 weken", or "nu bezig" for a running window. */
function whenText(u: DatedMoment): string {
  if (u.ongoing) return T.running;
  return u.inWeeks === 0 ? T.thisWeek : plural(T.inWeeks, u.inWeeks);
}

export function initWeekCalculator(doc: Document): void {
  const form = doc.querySelector<HTMLFormElement>('[data-week-calculator]');
  const results = doc.querySelector<HTMLElement>('[data-week-results]');
  const status = doc.querySelector<HTMLElement>('[data-week-status]');
  if (!form || !results || !status) return;
  const input = form.querySelector<HTMLInputElement>('#ziekmelddatum')!;
  const horizon = form.querySelector<HTMLSelectElement>('#vooruit')!;
  const error = form.querySelector<HTMLElement>('#ziekmelddatum-fout')!;
  const clear = form.querySelector<HTMLButtonElement>('[data-clear]')!;
  const note = form.querySelector<HTMLElement>('[data-storage-note]')!;
  const remember = form.querySelector<HTMLInputElement>('#onthoud-datum')!;
  const store = browserStorage();
  // Under "niets bewaren" (or blocked storage) there is nothing to tick.
  form.querySelector<HTMLElement>('[data-remember-row]')!.hidden = !savingAllowed(store);
  input.max = toIso(today());
  form.hidden = false;

  const el = <K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, cls?: string) => {
    const e = doc.createElement(tag);
    if (text) e.textContent = text;
    if (cls) e.className = cls;
    return e;
  };

  /** A folded block in the style of "verder vooruitkijken": nothing unfolds without a click. */
  const fold = (title: string, open: boolean, ...body: Node[]) => {
    const details = el('details', undefined, 'later');
    details.open = open;
    const inner = el('div', undefined, 'later-body');
    inner.append(...body);
    details.append(el('summary', title), inner);
    return details;
  };

  /** A list of moments with their dates; `ahead` adds how far away each one is. */
  const momentList = (items: readonly DatedMoment[], ahead: boolean) => {
    const list = el(ahead ? 'ol' : 'ul');
    for (const u of items) {
      const li = el('li');
      li.dataset['moment'] = u.moment.id;
      li.append(el('strong', u.moment.title), ` · ${rangeText(u)}${ahead ? `, ${whenText(u)}` : ''} `, el('span', `(${u.moment.when})`, 'meta'));
      list.append(li);
    }
    return list;
  };

  const show = (first: CalendarDate, announce: boolean) => {
    const weeks = Number(horizon.value) || 8;
    const plan = weekPlan(MOMENTS, first, today(), weeks);
    const { next } = plan;
    results.replaceChildren();
    const heading = el('h3', T.heading);
    heading.tabIndex = -1;
    results.append(heading);
    let summary: string;
    if (plan.status === 'future') {
      summary = fmt(T.future, { datum: formatDate(first) });
      results.append(el('p', summary));
    } else {
      summary = fmt(plan.status === 'after' ? T.after : T.nowWeek, { week: plan.week, datum: formatDate(first) });
      results.append(el('p', summary));
      for (const u of plan.ongoing) results.append(el('p', fmt(T.ongoing, { titel: u.moment.title, tot: formatDate(u.end) })));
      if (next) {
        summary = fmt(T.status, { week: plan.week, over: whenText(next), titel: next.moment.title });
        const line = el('p', undefined, 'mb-1');
        line.append(el('strong', next.moment.title), el('br'), `${rangeText(next)}, ${whenText(next)} `, el('span', `(${next.moment.when})`, 'meta'));
        const box = el('div', undefined, 'box mb-4');
        box.dataset['next'] = next.moment.id;
        box.append(el('h4', T.nextHeading, 'mb-1 font-bold'), line, el('p', next.moment.note, 'm-0 text-base'));
        results.append(box);
      }
      if (plan.past.length > 0) {
        results.append(fold(fmt(T.pastTitle, { n: plan.past.length }), !next, momentList(plan.past, false), el('p', T.pastNote, 'meta')));
      }
    }
    if (next && plan.status === 'during') {
      results.append(el('h4', fmt(T.rangeHeading, { n: weeks }), 'mb-1 font-bold'));
      // With nothing in the chosen range, the next moment can still go into the calendar.
      const pick = plan.inRange.length > 0 ? plan.inRange : [next];
      if (plan.inRange.length === 0) {
        results.append(el('p', fmt(T.none, { n: weeks, over: whenText(next), titel: next.moment.title })));
      }
      const fieldset = el('fieldset', undefined, 'rounded-lg border border-line p-3');
      fieldset.append(el('legend', T.pick, 'px-1 font-bold'));
      for (const u of pick) {
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
      const download = el('button', T.download, 'btn mt-2 mb-6');
      download.type = 'button';
      download.addEventListener('click', () => {
        const chosen = pick.filter((u) => fieldset.querySelector<HTMLInputElement>(`#moment-${u.moment.id}`)?.checked);
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
      results.append(
        fold(fmt(T.allTitle, { week: plan.lastWeek }), false, el('p', fmt(T.allIntro, { week: Math.max(1, plan.week) })), momentList(plan.all, true)),
      );
    }
    results.append(el('p', T.estimate, 'meta'));
    // One polite announcement per deliberate action, never while typing.
    if (announce) status.textContent = summary;
    return heading;
  };

  const saved = store?.getItem(DATE_KEY) ?? null;
  const savedDate = saved ? parseDate(saved) : null;
  if (savedDate) {
    input.value = toIso(savedDate);
    remember.checked = true;
    clear.hidden = false;
    show(savedDate, false);
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
    if (remember.checked) note.textContent = storeItem(store, DATE_KEY, toIso(checked.date)) ? T.saved : T.notSaved;
    else {
      removeItems(store, [DATE_KEY]);
      note.textContent = T.notKept;
    }
    clear.hidden = false;
    show(checked.date, true).focus();
  });

  clear.addEventListener('click', () => {
    removeItems(store, [DATE_KEY]);
    remember.checked = false;
    input.value = '';
    results.replaceChildren(el('p', T.cleared, 'font-bold'));
    status.textContent = T.cleared;
    clear.hidden = true;
    note.textContent = T.storageNote;
    input.focus();
  });
}
