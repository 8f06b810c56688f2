/**
 * Filters the story cards by phase, theme and outcome. Pure matching is
 * exported for unit tests; the DOM part only toggles `hidden`.
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

export function countText(n: number, total: number): string {
  if (n === total) return fmt(T.all, { n: total });
  if (n === 0) return T.none;
  return fmt(T.some, { n, totaal: total });
}

export function initStoryFilter(doc: Document): void {
  const form = doc.querySelector<HTMLFormElement>('[data-story-filter]');
  const list = doc.querySelector<HTMLElement>('[data-story-list]');
  const status = doc.querySelector<HTMLElement>('[data-filter-count]');
  if (!form || !list || !status) return;
  const cards = [...list.querySelectorAll<HTMLElement>(':scope > li')];
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
  };
  form.hidden = false;
  form.addEventListener('change', apply);
  form.addEventListener('submit', (e) => e.preventDefault());
  form.addEventListener('reset', () => setTimeout(apply, 0));
  apply();
}
