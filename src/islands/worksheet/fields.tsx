/**
 * Small form building blocks shared by the worksheet views: labelled text
 * fields, radio groups in a fieldset, an inline confirm step, link lists, and
 * helpers for focus and titles. Text is always rendered as text (Preact
 * escapes it); there is no HTML injection anywhere.
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { LIMITS, newId, type Worksheet } from '../../lib/worksheet/model';
import type { SaveMode } from '../../lib/worksheet/session';
import type { BankQuestion, CardSummary } from '../../lib/worksheet/data';
import type { PhaseNumber } from '../../data/site';
import type { WorksheetLabels } from '../../i18n/nl/worksheet';
import { formatDate, parseDate } from '../../lib/calendar';

export type Labels = WorksheetLabels;
export type Pairs = readonly (readonly [string, string])[];
/** Change fields of the open worksheet; typing is saved when it pauses, everything else at once. */
export type Patch = (p: Partial<Worksheet>, mode?: SaveMode) => void;

/** What the views of the worksheet share. */
export interface ViewContext {
  L: Labels;
  s: Worksheet;
  set: Patch;
  /** Write a pending change now (a field lost focus). */
  flush: () => void;
  bank: BankQuestion[];
  phases: { number: PhaseNumber; name: string }[];
  steps: Pairs;
  /** The phase filter of the question list; 0 = all phases. */
  phase: number;
  setPhase: (n: number) => void;
  /** Decision cards by id: an option named like a card's option is offered that option's points. */
  cards: Record<string, CardSummary>;
}

/** Focus an element after the next render (new fields, block headings). */
export const focusLater = (id: string) => setTimeout(() => document.getElementById(id)?.focus(), 0);

/**
 * After the next render: `top` (by default the step line) at the top of the screen and the step's first
 * question focused. A worksheet started from a link shows its notice on top, so the reader sees what happened.
 */
export const focusFirstQuestion = (top = '.ws-stepof') =>
  setTimeout(() => {
    document.querySelector(top)?.scrollIntoView({ block: 'start' });
    document.querySelector<HTMLElement>('.ws-block :is(input, select, textarea)')?.focus({ preventScroll: true });
  }, 0);

/** "12 maart 2026" from YYYY-MM-DD ('' when it is not a date). */
export const longDate = (iso: string) => {
  const d = parseDate(iso);
  return d ? formatDate(d) : '';
};

export const conversationName = (L: Labels, key: string) => (L.choices.conversation as Record<string, string>)[key] ?? '';

export const sheetTitle = (L: Labels, s: Worksheet) => s.title.trim() || conversationName(L, s.conversation) || L.list.untitled;

/** [value, text] pairs of a choice, in the order of its values. */
export const choicePairs = (texts: Record<string, string>, values: readonly string[]): Pairs => values.map((v) => [v, texts[v] ?? v] as const);

interface TextProps {
  id: string;
  label: ComponentChildren;
  hint?: string | undefined;
  value: string;
  set: (v: string) => void;
  /** Called when the field loses focus (saves typing at once). */
  done?: (() => void) | undefined;
  long?: boolean;
  /** One line of text that wraps instead of being cut off (option names). */
  wrap?: boolean;
  type?: 'text' | 'date' | 'time' | undefined;
}

/** A labelled single-line, multi-line, date or time field with an optional hint. */
export function Field({ id, label, hint, value, set, done, long, wrap, type = 'text' }: TextProps) {
  const props = {
    id,
    value,
    'aria-describedby': hint ? `${id}-hint` : undefined,
    onInput: (e: Event) => set((e.currentTarget as HTMLInputElement).value),
    onBlur: done,
  };
  return (
    <div class="ws-field">
      <label for={id}>{label}</label>
      {hint && (
        <p id={`${id}-hint`} class="ws-hint">
          {hint}
        </p>
      )}
      {long ? (
        <textarea {...props} rows={3} maxLength={LIMITS.long} />
      ) : wrap ? (
        // One line: Enter does not start a new one.
        <textarea {...props} rows={1} maxLength={LIMITS.short} class="ws-wrap" onKeyDown={(e) => e.key === 'Enter' && e.preventDefault()} />
      ) : (
        <input {...props} type={type} maxLength={type === 'text' ? LIMITS.short : undefined} class={type === 'text' ? '' : 'ws-short'} />
      )}
    </div>
  );
}

interface RadiosProps {
  name: string;
  legend: ComponentChildren;
  options: Pairs;
  value: string;
  set: (v: string) => void;
  /** Options side by side (short labels). */
  row?: boolean;
  children?: ComponentChildren;
}

/** A radio group in a fieldset; nothing is preselected, nothing is required. */
export function Radios({ name, legend, options, value, set, row, children }: RadiosProps) {
  return (
    <fieldset class={row ? 'ws-radios ws-row' : 'ws-radios'}>
      <legend>{legend}</legend>
      {options.map(([v, text]) => (
        <label key={v}>
          <input type="radio" name={name} value={v} checked={value === v} onChange={() => set(v)} />
          {text}
        </label>
      ))}
      {children}
    </fieldset>
  );
}

interface ConfirmProps {
  text: string;
  yes: string;
  no: string;
  onYes: () => void;
  onNo: () => void;
}

/** An inline confirm step: the question gets focus (so it is read out), then Tab to the buttons. */
export function Confirm({ text, yes, no, onYes, onNo }: ConfirmProps) {
  const ref = useRef<HTMLParagraphElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <div class="ws-confirm" role="group" aria-label={text}>
      <p ref={ref} tabIndex={-1}>
        {text}
      </p>
      <div class="ws-buttons">
        <button type="button" class="btn ws-danger" onClick={onYes}>
          {yes}
        </button>
        <button type="button" class="btn btn-secondary" onClick={onNo}>
          {no}
        </button>
      </div>
    </div>
  );
}

interface AddProps {
  /** Id of the button, so focus can return to it after a removal. */
  id: string;
  label: string;
  /** Add the item with this new id. */
  add: (id: string) => void;
  /** The new item's field id is this prefix plus its id; focus moves there. */
  focusPrefix: string;
  primary?: boolean;
}

/** "+ … toevoegen" for a list of items: a new id, the item added, focus on its field. */
export function AddButton({ id, label, add, focusPrefix, primary }: AddProps) {
  return (
    <button
      type="button"
      id={id}
      class={primary ? 'btn' : 'btn btn-secondary'}
      onClick={() => {
        const item = newId();
        add(item);
        focusLater(`${focusPrefix}${item}`);
      }}
    >
      + {label}
    </button>
  );
}

/** "Weghalen" for one item of a list (it looks destructive); focus returns to the list's add button. */
export function RemoveButton({ label, name, remove, focusAfter }: { label: string; name: string; remove: () => void; focusAfter: string }) {
  return (
    <button
      type="button"
      class="btn btn-secondary ws-danger-outline ws-small"
      onClick={() => {
        remove();
        focusLater(focusAfter);
      }}
    >
      {label}
      <span class="sr-only">: {name}</span>
    </button>
  );
}

/** Links to site pages, as a list ([href, text] pairs). */
export function LinkList({ links }: { links: readonly (readonly [string, string])[] }) {
  return (
    <ul>
      {links.map(([href, text]) => (
        <li key={href}>
          <a href={href}>{text}</a>
        </li>
      ))}
    </ul>
  );
}
