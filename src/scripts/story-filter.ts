/**
 * Filters the story cards by phase, theme and outcome. Pure matching is
 * exported for unit tests; the DOM part only toggles `hidden`, and opens the
 * "verder vooruitkijken" fold of later stories when the reader chose a later
 * phase or outcome on purpose (it never closes a fold the reader opened).
 */
import { fmt } from '../i18n/format';
import { storyFilterScript as T } from '../i18n/nl/stories';
export interface Filter {
  fase: string;
  thema: string;
  uitkomst: string;
}

export interface CardData {
  phases: string[];
  themes: string[];
  outcome: string;
}

export function matches(card: CardData, f: Filter): boolean {
  return (
    (!f.fase || card.phases.includes(f.fase)) &&
    (!f.thema || card.themes.includes(f.thema)) &&
    (!f.uitkomst || card.outcome === f.uitkomst)
  );
}

/** True when the chosen filter asks for a later phase or outcome (`later` lists those values). */
export function asksLater(f: Filter, later: readonly string[]): boolean {
  return (f.fase !== '' && later.includes(f.fase)) || (f.uitkomst !== '' && later.includes(f.uitkomst));
}

export function countText(n: number, total: number): string {
  if (n === total) return fmt(T.all, { n: total });
  if (n === 0) return T.none;
  return fmt(T.some, { n, totaal: total });
}

export function initStoryFilter(doc: Document): void {
  const form = doc.querySelector<HTMLFormElement>('[data-story-filter]');
  const status = doc.querySelector<HTMLElement>('[data-filter-count]');
  const cards = [...doc.querySelectorAll<HTMLElement>('[data-story-list] > li')];
  const fold = doc.querySelector<HTMLElement>('[data-story-later]');
  const later = (fold?.dataset['storyLater'] ?? '').split(' ').filter(Boolean);
  if (!form || cards.length === 0 || !status) return;
  const apply = () => {
    const data = new FormData(form);
    const f: Filter = {
      fase: String(data.get('fase') ?? ''),
      thema: String(data.get('thema') ?? ''),
      uitkomst: String(data.get('uitkomst') ?? ''),
    };
    let shown = 0;
    for (const card of cards) {
      const ok = matches(
        {
          phases: (card.dataset['phases'] ?? '').split(' '),
          themes: (card.dataset['themes'] ?? '').split(' '),
          outcome: card.dataset['outcome'] ?? '',
        },
        f,
      );
      card.hidden = !ok;
      if (ok) shown++;
    }
    status.textContent = countText(shown, cards.length);
    const details = fold?.closest('details');
    if (details && asksLater(f, later)) details.open = true;
  };
  // The filter from the address (a sent form or a shared link), for values the form offers.
  const params = new URL(doc.location.href).searchParams;
  for (const select of form.querySelectorAll('select')) {
    const v = params.get(select.name);
    if (v && [...select.options].some((o) => o.value === v)) select.value = v;
  }
  // Choosing filters at once: the submit button is for a browser without this script.
  form.querySelector<HTMLElement>('[data-filter-submit]')?.setAttribute('hidden', '');
  form.hidden = false;
  form.addEventListener('change', apply);
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    apply();
  });
  form.addEventListener('reset', () => setTimeout(apply, 0));
  apply();
}
