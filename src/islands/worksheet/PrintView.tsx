/**
 * The worksheet as one clean printed document, derived from FORM: per block
 * only the answers that were filled in. Hidden on screen; worksheet.css hides
 * everything else in print.
 */
import type { ComponentChildren, VNode } from 'preact';
import { FORM, type Field } from '../../lib/worksheet/form';
import { LEANING_UNSURE, type Option, type Point, type Question, type Worksheet } from '../../lib/worksheet/model';
import type { BankQuestion } from '../../lib/worksheet/data';
import { formatDate, fromLocal } from '../../lib/calendar';
import { fmt } from '../../i18n/format';
import { longDate, sheetTitle, type Labels } from './fields';

/** A label and an answer, or nothing when the answer is empty. */
const row = (label: string, value: string | undefined) =>
  value?.trim() ? (
    <div key={label} class="ws-answer">
      <p class="ws-q">{label}</p>
      <p class="ws-a">{value}</p>
    </div>
  ) : null;

/** The answer of a simple field as text ('' when empty). */
function answer(L: Labels, f: Field, s: Worksheet): string {
  const v = s[f.key];
  switch (f.kind) {
    case 'date':
      return longDate(v as string);
    case 'choice':
    case 'select':
      return (L.choices[f.key] as Record<string, string>)[v as string] ?? '';
    case 'leaning': {
      const options = s[f.of];
      return v === LEANING_UNSURE ? L.options.leaningUnsure : options.find((o) => o.id === v)?.name.trim() || '';
    }
    default:
      return typeof v === 'string' ? v : '';
  }
}

function points(L: Labels, title: string, list: Point[]) {
  const filled = list.filter((p) => p.text.trim());
  return filled.length ? (
    <>
      <p class="m-0 font-bold">{title}</p>
      <ul>
        {filled.map((p) => (
          <li key={p.id}>
            {p.text}
            {p.weight !== null && ` (${L.options.weights[p.weight]})`}
          </li>
        ))}
      </ul>
    </>
  ) : null;
}

function optionsView(L: Labels, options: Option[]) {
  const O = L.options;
  return options
    .filter((o) => o.name.trim() || [...o.pros, ...o.cons].some((p) => p.text.trim()))
    .map((o, i) => (
      <div key={o.id} class="ws-print-option">
        <h4>{[fmt(O.option, { n: i + 1 }), o.name.trim()].filter(Boolean).join(': ')}</h4>
        {points(L, O.pros, o.pros)}
        {points(L, O.cons, o.cons)}
      </div>
    ));
}

/** The printed answers of one block. */
function blockAnswers(L: Labels, fields: readonly Field[], s: Worksheet, bank: BankQuestion[]): VNode[] {
  const out: (VNode | null)[] = [];
  const questions: string[] = [];
  const done = new Set<string>();
  for (const f of fields) {
    if (done.has(f.key)) continue;
    if ('meta' in f && f.meta) continue;
    if ('printWith' in f && f.printWith) continue; // printed with the field it belongs to
    if ('group' in f && f.group) {
      const members = fields.filter((m) => 'group' in m && m.group === f.group);
      members.forEach((m) => done.add(m.key));
      out.push(row(L.groups[f.group], members.map((m) => answer(L, m, s)).filter(Boolean).join(', ')));
      continue;
    }
    switch (f.kind) {
      case 'options':
        out.push(...optionsView(L, s[f.key]));
        break;
      case 'check':
        f.items.forEach((item) => {
          const a = s[f.key][item];
          out.push(row(L.check.items[item].text, a && L.check[a]));
        });
        break;
      case 'picked':
        questions.push(...(s[f.key] as Question[]).map((p) => bank.find((q) => q.id === p.id)?.text ?? p.text));
        break;
      case 'own':
        questions.push(...(s[f.key] as Question[]).map((q) => q.text));
        break;
      default: {
        const extra = fields.filter((x) => 'printWith' in x && x.printWith === f.key).map((x) => answer(L, x, s));
        out.push(row(L.fields[f.key].label, [answer(L, f, s), ...extra].filter(Boolean).join(': ')));
      }
    }
  }
  const asked = questions.filter((t) => t.trim());
  if (asked.length)
    out.push(
      <ul key="vragen">
        {asked.map((q, i) => (
          <li key={i}>{q}</li>
        ))}
      </ul>,
    );
  return out.filter((x): x is VNode => x !== null);
}

export function PrintView({ L, s, bank }: { L: Labels; s: Worksheet; bank: BankQuestion[] }) {
  const sections: [string, ComponentChildren[]][] = FORM.map((b) => [L.blocks[b.key].title, blockAnswers(L, b.fields, s, bank)]);
  const filled = sections.filter(([, c]) => c.length > 0);
  return (
    <div class="print-only ws-print">
      <h2 class="mt-0">{sheetTitle(L, s)}</h2>
      <p class="meta">{fmt(L.print.from, { datum: formatDate(fromLocal(new Date())) })}</p>
      {filled.length === 0 && <p>{L.print.nothing}</p>}
      {filled.map(([title, content]) => (
        <section key={title}>
          <h3>{title}</h3>
          {content}
        </section>
      ))}
    </div>
  );
}
