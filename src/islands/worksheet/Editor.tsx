/**
 * One worksheet, one step at a time (easier with little energy): a compact
 * step line ("Stap 2 van 7" and a small bar), the step itself, Vorige /
 * Volgende, and all steps to jump to in a closed fold below. Switching steps
 * moves focus to the step heading.
 */
import type { ComponentChildren } from 'preact';
import { BLOCK_KEYS, type BlockKey } from '../../lib/worksheet/form';
import type { Worksheet } from '../../lib/worksheet/model';
import { filledBlocks } from '../../lib/worksheet/progress';
import { fmt } from '../../i18n/format';
import { focusLater, sheetTitle, type Labels } from './fields';

interface Props {
  L: Labels;
  s: Worksheet;
  go: (block: BlockKey) => void;
  back: () => void;
  children: ComponentChildren;
}

export function Editor({ L, s, go, back, children }: Props) {
  const E = L.editor;
  const filled = filledBlocks(s);
  const total = BLOCK_KEYS.length;
  const i = BLOCK_KEYS.indexOf(s.block);
  const to = (key: BlockKey) => {
    go(key);
    focusLater('ws-block-h');
  };
  const step = (n: number, text: string) => (
    <button type="button" class={n > i ? 'btn' : 'btn btn-secondary'} onClick={() => to(BLOCK_KEYS[n]!)}>
      {text}: {L.blocks[BLOCK_KEYS[n]!].title}
    </button>
  );
  return (
    <section aria-labelledby="ws-sheet-h" class="no-print">
      <button type="button" class="btn btn-secondary" onClick={back}>
        ← {E.back}
      </button>
      <h2 id="ws-sheet-h" tabIndex={-1}>
        {sheetTitle(L, s)}
      </h2>
      <p class="ws-hint">{E.nothingRequired}</p>
      <div class="ws-block">
        <p class="ws-stepof">
          {fmt(E.stepOf, { n: i + 1, totaal: total })}
          <progress max={total} value={i + 1} aria-hidden="true" />
        </p>
        <h3 id="ws-block-h" tabIndex={-1} class="mt-0">
          {L.blocks[s.block].title}
        </h3>
        <p>{L.blocks[s.block].intro}</p>
        {children}
      </div>
      <div class="ws-buttons ws-nav">
        {i > 0 && step(i - 1, E.previous)}
        {i < total - 1 && step(i + 1, E.next)}
      </div>
      {i === total - 1 && <p>{E.done}</p>}
      <details class="later ws-all">
        <summary>{fmt(E.allSteps, { n: filled.size, totaal: total })}</summary>
        <nav aria-label={E.blocksNav} class="later-body">
          <ol class="ws-steps">
            {BLOCK_KEYS.map((key) => (
              <li key={key}>
                <button type="button" aria-current={key === s.block ? 'step' : undefined} onClick={() => to(key)}>
                  <span>{L.blocks[key].title}</span>
                  {filled.has(key) && (
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
      </details>
      <p>
        <button type="button" class="btn btn-secondary" onClick={() => print()}>
          {E.print}
        </button>
      </p>
    </section>
  );
}
