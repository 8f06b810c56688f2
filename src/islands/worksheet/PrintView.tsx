/**
 * The worksheet as one clean printed document: only what was filled in.
 * Hidden on screen; worksheet.css hides everything else in print.
 */
import type { ComponentChildren } from 'preact';
import { LEANING_UNSURE, SURE_KEYS, type Worksheet } from '../../lib/worksheet/model';
import type { BankQuestion, Labels } from '../../lib/worksheet/labels';
import { conversationName, fmt, isoLocal, longDate, sheetTitle, type Pairs } from './fields';

const pick = (pairs: Pairs, key: string) => pairs.find(([k]) => k === key)?.[1] ?? '';

/** A label and an answer, or nothing when the answer is empty. */
const row = (label: string, value: string | undefined) =>
  value?.trim() ? (
    <div key={label} class="ws-answer">
      <p class="ws-q">{label}</p>
      <p class="ws-a">{value}</p>
    </div>
  ) : null;

export function PrintView({ L, s, bank }: { L: Labels; s: Worksheet; bank: BankQuestion[] }) {
  const { about: A, choice: C, options: O, support: S, check: K, after: N } = L;
  const when = [s.date && longDate(L, s.date), s.time].filter(Boolean).join(', ');
  const options = s.options.filter((o) => o.name.trim() || [...o.pros, ...o.cons].some((p) => p.text.trim()));
  const points = (title: string, list: typeof s.options[number]['pros']) => {
    const filled = list.filter((p) => p.text.trim());
    return filled.length ? (
      <>
        <p class="m-0 font-bold">{title}</p>
        <ul>
          {filled.map((p) => (
            <li key={p.id}>
              {p.text}
              {p.weight !== null && ` (${O.weights[p.weight]})`}
            </li>
          ))}
        </ul>
      </>
    ) : null;
  };
  const leaning =
    s.leaning === LEANING_UNSURE ? O.leaningUnsure : s.options.find((o) => o.id === s.leaning)?.name.trim() || '';
  const questions = [
    ...s.picked.map((p) => bank.find((q) => q.id === p.id)?.text ?? p.text),
    ...s.own.map((q) => q.text),
  ].filter((t) => t.trim());

  const sections: [string, ComponentChildren][] = [
    [
      L.blocks[0]!.title,
      [
        row(A.conversation, conversationName(L, s.conversation)),
        row(A.when, when),
        row(A.mode, pick(A.modes, s.mode)),
        row(A.companion, [pick(A.companions, s.companion), s.companionWho].filter(Boolean).join(': ')),
      ],
    ],
    [
      L.blocks[1]!.title,
      [
        row(C.decision, s.decision),
        row(C.deadline, s.deadline && longDate(L, s.deadline)),
        row(C.stage, pick(C.stages, s.stage)),
        row(C.goal, s.goal),
      ],
    ],
    [
      L.blocks[2]!.title,
      [
        ...options.map((o, i) => (
          <div key={o.id} class="ws-print-option">
            <h4>{o.name.trim() || fmt(O.unnamed, { n: i + 1 })}</h4>
            {points(O.pros, o.pros)}
            {points(O.cons, o.cons)}
          </div>
        )),
        row(O.leaning, leaning),
      ],
    ],
    [
      L.blocks[3]!.title,
      [
        row(S.involved, s.involved),
        row(S.theirView, s.theirView),
        row(S.pressure, [pick(S.pressures, s.pressure), s.pressureFrom].filter(Boolean).join(': ')),
        row(S.role, pick(S.roles, s.role)),
      ],
    ],
    [L.blocks[4]!.title, SURE_KEYS.map((k, i) => row(K.questions[i]!.text, s.sure[k] && (s.sure[k] === 'ja' ? K.yes : K.no)))],
    [
      L.blocks[5]!.title,
      questions.length ? (
        <ul>
          {questions.map((q, i) => (
            <li key={i}>{q}</li>
          ))}
        </ul>
      ) : null,
    ],
    [
      L.blocks[6]!.title,
      [
        row(N.agreements, s.agreements),
        row(N.opinion, s.opinion),
        row(N.evaluation, s.evaluation && longDate(L, s.evaluation)),
        row(N.report, pick(N.reports, s.report)),
      ],
    ],
  ];
  const present = (c: ComponentChildren) => (Array.isArray(c) ? c.some(Boolean) : Boolean(c));
  const filled = sections.filter(([, c]) => present(c));

  return (
    <div class="print-only ws-print">
      <h2 class="mt-0">{sheetTitle(L, s)}</h2>
      <p class="meta">{fmt(L.print.from, { datum: longDate(L, isoLocal(new Date())) })}</p>
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
