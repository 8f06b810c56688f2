/** a. Over het gesprek: which conversation, when, how, and whether someone comes along. */
import { Field, Radios, type BlockProps } from './fields';

export function BlockAbout({ L, s, set }: BlockProps) {
  const A = L.about;
  return (
    <>
      <div class="ws-field">
        <label for="ws-conversation">{A.conversation}</label>
        <select
          id="ws-conversation"
          value={s.conversation}
          onChange={(e) => set({ conversation: e.currentTarget.value })}
        >
          <option value="">{A.conversationNone}</option>
          {A.conversations.map(([k, name]) => (
            <option key={k} value={k}>
              {name}
            </option>
          ))}
        </select>
      </div>
      <fieldset class="ws-group">
        <legend>{A.when}</legend>
        <div class="ws-pair">
          <Field id="ws-date" type="date" label={A.date} value={s.date} set={(date) => set({ date })} />
          <Field id="ws-time" type="time" label={A.time} value={s.time} set={(time) => set({ time })} />
        </div>
      </fieldset>
      <Radios name="ws-mode" legend={A.mode} options={A.modes} value={s.mode} set={(mode) => set({ mode })} />
      <Radios name="ws-companion" legend={A.companion} options={A.companions} value={s.companion} set={(companion) => set({ companion })} row />
      {(s.companion === 'ja' || s.companion === 'weet-niet' || s.companionWho) && (
        <Field
          id="ws-companion-who"
          label={A.companionWho}
          hint={A.companionHint}
          value={s.companionWho}
          set={(companionWho) => set({ companionWho })}
        />
      )}
      <Field id="ws-title" label={A.title} hint={A.titleHint} value={s.title} set={(title) => set({ title })} />
    </>
  );
}
