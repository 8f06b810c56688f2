/**
 * One worksheet, one block at a time (easier with little energy): the list of
 * blocks to jump to, progress, the block itself, and Vorige / Volgende.
 * Switching blocks moves focus to the block heading.
 */
import type { ComponentChildren } from 'preact';
import type { Worksheet } from '../../lib/worksheet/model';
import type { Labels } from '../../lib/worksheet/labels';
import { filledBlocks } from '../../lib/worksheet/progress';
import { fmt, focusLater, sheetTitle } from './fields';

interface Props {
  L: Labels;
  s: Worksheet;
  go: (block: number) => void;
  back: () => void;
  children: ComponentChildren;
}

export function Editor({ L, s, go, back, children }: Props) {
  const E = L.editor;
  const filled = filledBlocks(s);
  const total = L.blocks.length;
  const i = s.block;
  const to = (n: number) => {
    go(n);
    focusLater('ws-block-h');
  };
  const step = (n: number, text: string) => (
    <button type="button" class={n > i ? 'btn' : 'btn btn-secondary'} onClick={() => to(n)}>
      {text}: {L.blocks[n]!.title}
    </button>
  );
  const count = filled.filter(Boolean).length;
  return (
    <section aria-labelledby="ws-sheet-h" class="no-print">
      <button type="button" class="btn btn-secondary" onClick={back}>
        ← {E.back}
      </button>
      <h2 id="ws-sheet-h" tabIndex={-1}>
        {sheetTitle(L, s)}
      </h2>
      <p>{E.nothingRequired}</p>
      <p class="ws-progress">
        <progress max={total} value={count} aria-hidden="true" />
        {fmt(L.list.progress, { n: count, totaal: total })}
      </p>
      <nav aria-label={E.blocksNav}>
        <ol class="ws-steps">
          {L.blocks.map((b, n) => (
            <li key={b.title}>
              <button type="button" aria-current={n === i ? 'step' : undefined} onClick={() => to(n)}>
                <span>{b.title}</span>
                {filled[n] && (
                  <span class="ws-done">
                    <span aria-hidden="true"> ✓</span>
                    <span class="sr-only"> ({E.filled})</span>
                  </span>
                )}
              </button>
            </li>
          ))}
        </ol>
      </nav>
      <div class="ws-block">
        <p class="eyebrow m-0">{fmt(E.stepOf, { n: i + 1, totaal: total })}</p>
        <h3 id="ws-block-h" tabIndex={-1} class="mt-0">
          {L.blocks[i]!.title}
        </h3>
        <p>{L.blocks[i]!.intro}</p>
        {children}
      </div>
      <div class="ws-buttons ws-nav">
        {i > 0 && step(i - 1, E.previous)}
        {i < total - 1 && step(i + 1, E.next)}
      </div>
      {i === total - 1 && <p>{E.done}</p>}
      <p>
        <button type="button" class="btn btn-secondary" onClick={() => print()}>
          {E.print}
        </button>
      </p>
    </section>
  );
}
