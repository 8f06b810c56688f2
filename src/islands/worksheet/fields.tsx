/**
 * Small form building blocks shared by the worksheet blocks: labelled text
 * fields, date fields, radio groups in a fieldset, an inline confirm step, and
 * helpers for placeholders, focus and downloads. Text is always rendered as
 * text (Preact escapes it); there is no HTML injection anywhere.
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { LIMITS, type Worksheet } from '../../lib/worksheet/model';
import type { Labels } from '../../lib/worksheet/labels';

export type Pairs = readonly (readonly [string, string])[];
export type Patch = (p: Partial<Worksheet>) => void;

/** What every block gets. */
export interface BlockProps {
  L: Labels;
  s: Worksheet;
  set: Patch;
}

/** Fill {placeholders}. */
export const fmt = (text: string, values: Record<string, string | number>) =>
  text.replace(/\{(\w+)\}/g, (_, k: string) => String(values[k] ?? ''));

/** Focus an element after the next render (new fields, block headings). */
export const focusLater = (id: string) => setTimeout(() => document.getElementById(id)?.focus(), 0);

/** "12 maart 2026" from YYYY-MM-DD. */
export const longDate = (L: Labels, iso: string) => {
  const [y, m, d] = iso.split('-').map(Number);
  return `${d} ${L.months[(m ?? 1) - 1]} ${y}`;
};

/** Local date YYYY-MM-DD of a Date. */
export const isoLocal = (d: Date) =>
  `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;

export const conversationName = (L: Labels, key: string) => L.about.conversations.find(([k]) => k === key)?.[1] ?? '';

export const sheetTitle = (L: Labels, s: Worksheet) => s.title.trim() || conversationName(L, s.conversation) || L.list.untitled;

/** Offer a file for download; nothing leaves the device. */
export { offerDownload as download } from '../../lib/download';

interface TextProps {
  id: string;
  label: ComponentChildren;
  hint?: string | undefined;
  value: string;
  set: (v: string) => void;
  long?: boolean;
  type?: 'text' | 'date' | 'time';
}

/** A labelled single-line, multi-line, date or time field with an optional hint. */
export function Field({ id, label, hint, value, set, long, type = 'text' }: TextProps) {
  const props = {
    id,
    value,
    'aria-describedby': hint ? `${id}-hint` : undefined,
    onInput: (e: Event) => set((e.currentTarget as HTMLInputElement).value),
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
