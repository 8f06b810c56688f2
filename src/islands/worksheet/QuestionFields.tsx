/**
 * The reader's questions: questions picked from the bank (for the chosen
 * conversation plus "elk gesprek", filtered by phase), and their own questions.
 */
import { useState } from 'preact/hooks';
import type { FieldOfKind } from '../../lib/worksheet/form';
import { LIMITS } from '../../lib/worksheet/model';
import { fmt, plural } from '../../i18n/format';
import { AddButton, Field, RemoveButton, conversationName, type ViewContext } from './fields';

/** Suggestions shown before "meer vragen": a few, so the list does not tire. */
export const FIRST_SUGGESTIONS = 6;

export function PickedField({ f, c }: { f: FieldOfKind<'picked'>; c: ViewContext }) {
  const { L, s, set, bank, phases, steps, phase, setPhase } = c;
  const [all, setAll] = useState(false);
  const Q = L.questions;
  const list = s[f.key];
  const conv = s.conversation;
  const picked = new Set(list.map((q) => q.id));
  // Picked questions stay visible whatever the filter says.
  const shown = bank.filter(
    (q) => picked.has(q.id) || ((!conv || q.conversation === conv || q.conversation === 'algemeen') && (!phase || q.phases.includes(phase))),
  );
  // Picked earlier but no longer in the bank: keep them, with the text as it was.
  const gone = list.filter((p) => p.text && !bank.some((q) => q.id === p.id));
  const toggle = (id: string, text: string, on: boolean) => set({ [f.key]: on ? [...list, { id, text }] : list.filter((p) => p.id !== id) });
  const box = (id: string, text: string) => (
    <label key={id} class="ws-check">
      <input type="checkbox" checked={picked.has(id)} onChange={(e) => toggle(id, text, e.currentTarget.checked)} />
      {text}
    </label>
  );
  // Picked questions always show; of the others the first few, the rest one click away.
  const unpicked = shown.filter((q) => !picked.has(q.id));
  const visible = all ? shown : shown.filter((q) => picked.has(q.id) || unpicked.indexOf(q) < FIRST_SUGGESTIONS);
  const more = shown.length - visible.length;
  const groups = steps.map(([key, name]) => [name, visible.filter((q) => q.step === key)] as const);
  return (
    <>
      <div class="ws-field">
        <label for="ws-phase">{Q.phase}</label>
        <select id="ws-phase" value={String(phase)} onChange={(e) => setPhase(Number(e.currentTarget.value))}>
          <option value="0">{Q.allPhases}</option>
          {phases.map((p) => (
            <option key={p.number} value={String(p.number)}>
              {fmt(Q.phaseOption, { n: p.number, naam: p.name })}
            </option>
          ))}
        </select>
      </div>
      <p class="ws-hint">{conv ? fmt(Q.forConversation, { gesprek: conversationName(L, conv) }) : Q.forAll}</p>
      <p aria-live="polite">{plural(Q.picked, list.length)}</p>
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
      {(more > 0 || all) && (
        <button type="button" class="btn btn-secondary" aria-expanded={all} onClick={() => setAll(!all)}>
          {all ? Q.fewer : plural(Q.more, more)}
        </button>
      )}
    </>
  );
}

export function OwnField({ f, c }: { f: FieldOfKind<'own'>; c: ViewContext }) {
  const { L, s, set, flush } = c;
  const Q = L.questions;
  const own = s[f.key];
  const addId = 'ws-add-own';
  return (
    <>
      <h4>{L.fields[f.key].label}</h4>
      {own.map((q, i) => (
        <div key={q.id} class="ws-point">
          <Field
            id={`ws-q-${q.id}`}
            label={fmt(Q.ownItem, { n: i + 1 })}
            value={q.text}
            set={(text) => set({ [f.key]: own.map((x) => (x.id === q.id ? { ...x, text } : x)) }, 'typing')}
            done={flush}
          />
          <RemoveButton label={Q.removeOwn} name={fmt(Q.ownItem, { n: i + 1 })} remove={() => set({ [f.key]: own.filter((x) => x.id !== q.id) })} focusAfter={addId} />
        </div>
      ))}
      {own.length < LIMITS.own && <AddButton id={addId} label={Q.addOwn} add={(id) => set({ [f.key]: [...own, { id, text: '' }] })} focusPrefix="ws-q-" />}
    </>
  );
}
