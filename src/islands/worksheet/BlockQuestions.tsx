/**
 * f. Mijn vragen: questions from the bank for the chosen conversation (plus
 * "algemeen"), filtered by phase, and the reader's own questions.
 */
import { LIMITS, newId } from '../../lib/worksheet/model';
import type { BankQuestion, PhaseName } from '../../lib/worksheet/labels';
import { Field, conversationName, fmt, focusLater, type BlockProps, type Pairs } from './fields';

interface Props extends BlockProps {
  bank: BankQuestion[];
  phases: PhaseName[];
  steps: Pairs;
  /** 0 = all phases. */
  phase: number;
  setPhase: (n: number) => void;
}

export function BlockQuestions({ L, s, set, bank, phases, steps, phase, setPhase }: Props) {
  const Q = L.questions;
  const conv = s.conversation;
  const picked = new Set(s.picked.map((q) => q.id));
  // Picked questions stay visible whatever the filter says.
  const shown = bank.filter(
    (q) =>
      picked.has(q.id) ||
      ((!conv || q.conversation === conv || q.conversation === 'algemeen') && (!phase || q.phases.includes(phase))),
  );
  // Picked earlier but no longer in the bank: keep them, with the text as it was.
  const gone = s.picked.filter((p) => p.text && !bank.some((q) => q.id === p.id));
  const toggle = (id: string, text: string, on: boolean) =>
    set({ picked: on ? [...s.picked, { id, text }] : s.picked.filter((p) => p.id !== id) });
  const box = (id: string, text: string) => (
    <label key={id} class="ws-check">
      <input type="checkbox" checked={picked.has(id)} onChange={(e) => toggle(id, text, e.currentTarget.checked)} />
      {text}
    </label>
  );
  const groups = [...steps.map(([key, name]) => [name, shown.filter((q) => q.step === key)] as const)];
  const addId = 'ws-add-own';
  return (
    <>
      <div class="ws-field">
        <label for="ws-phase">{Q.phase}</label>
        <select id="ws-phase" value={String(phase)} onChange={(e) => setPhase(Number(e.currentTarget.value))}>
          <option value="0">{Q.allPhases}</option>
          {phases.map((p) => (
            <option key={p.number} value={String(p.number)}>
              {`Fase ${p.number}: ${p.name}`}
            </option>
          ))}
        </select>
      </div>
      <p class="ws-hint">{conv ? fmt(Q.forConversation, { gesprek: conversationName(L, conv) }) : Q.forAll}</p>
      <p aria-live="polite">{s.picked.length === 1 ? Q.pickedOne : fmt(Q.pickedCount, { n: s.picked.length })}</p>
      {shown.length === 0 && gone.length === 0 && <p>{Q.noneFound}</p>}
      {groups.map(
        ([name, qs]) =>
          qs.length > 0 && (
            <fieldset key={name} class="ws-radios">
              <legend>{name}</legend>
              {qs.map((q) => box(q.id, q.text))}
            </fieldset>
          ),
      )}
      {gone.length > 0 && <fieldset class="ws-radios">{gone.map((q) => box(q.id, q.text))}</fieldset>}

      <h4>{Q.own}</h4>
      {s.own.map((q, i) => (
        <div key={q.id} class="ws-point">
          <Field
            id={`ws-q-${q.id}`}
            label={fmt(Q.ownItem, { n: i + 1 })}
            value={q.text}
            set={(text) => set({ own: s.own.map((x) => (x.id === q.id ? { ...x, text } : x)) })}
          />
          <button
            type="button"
            class="btn btn-secondary ws-small"
            onClick={() => {
              set({ own: s.own.filter((x) => x.id !== q.id) });
              focusLater(addId);
            }}
          >
            {Q.removeOwn}
            <span class="sr-only">: {fmt(Q.ownItem, { n: i + 1 })}</span>
          </button>
        </div>
      ))}
      {s.own.length < LIMITS.own && (
        <button
          type="button"
          id={addId}
          class="btn btn-secondary"
          onClick={() => {
            const id = newId();
            set({ own: [...s.own, { id, text: '' }] });
            focusLater(`ws-q-${id}`);
          }}
        >
          + {Q.addOwn}
        </button>
      )}
    </>
  );
}
