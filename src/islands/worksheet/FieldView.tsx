/**
 * One field of the worksheet, rendered by its kind (see FORM in
 * src/lib/worksheet/form.ts): text, long text, date, time, choice, select, and
 * the composite kinds that have their own view (options, leaning, check,
 * picked and own questions).
 */
import type { Field } from '../../lib/worksheet/form';
import type { Worksheet } from '../../lib/worksheet/model';
import type { WorksheetTip } from '../../i18n/nl/worksheet';
import { fmt } from '../../i18n/format';
import { offerDownload } from '../../lib/download';
import { parseDate } from '../../lib/calendar';
import { CheckField } from './CheckField';
import { LeaningField, OptionsField } from './OptionsField';
import { OwnField, PickedField } from './QuestionFields';
import { Field as TextField, LinkList, Radios, choicePairs, sheetTitle, type ViewContext } from './fields';

/** "companionWho" → "ws-companion-who". */
export const fieldId = (key: string) => `ws-${key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;

/** A field with `showIf` shows when the other field has one of the values, or when it already holds text. */
export function isShown(f: Field, c: ViewContext): boolean {
  if (!('showIf' in f) || !f.showIf) return true;
  const other = c.s[f.showIf.field as keyof typeof c.s];
  return (f.showIf.values as readonly unknown[]).includes(other) || !!c.s[f.key];
}

/** A follow-up under a choice value: a line, or a titled list with links. */
export function TipView({ tip }: { tip: WorksheetTip }) {
  return (
    <div class="ws-tip">
      {tip.title && <p class="font-bold">{tip.title}</p>}
      {tip.text && <p>{tip.text}</p>}
      {tip.items && (
        <ul>
          {tip.items.map((t) => (
            <li key={t}>{t}</li>
          ))}
        </ul>
      )}
      {tip.links && <LinkList links={tip.links} />}
    </div>
  );
}

/**
 * "Zet deze datum in je agenda" for a date field with `calendar`. The calendar
 * file builder loads only when the button is used, so the island stays small.
 */
function CalendarButton({ c, value }: { c: ViewContext; value: string }) {
  const { L, s } = c;
  const date = parseDate(value);
  if (!date) return null;
  const offer = async () => {
    const { buildIcs } = await import('../../lib/ics');
    const event = { uid: `${s.id}-evaluatie`, date, title: fmt(L.calendar.title, { gesprek: sheetTitle(L, s) }), description: L.calendar.description };
    offerDownload(fmt(L.calendar.fileName, { datum: value }), buildIcs([event], new Date()), 'text/calendar');
  };
  return (
    <div class="ws-field">
      <button type="button" class="btn btn-secondary" onClick={offer} aria-describedby="ws-calendar-hint">
        {L.calendar.button}
      </button>
      <p id="ws-calendar-hint" class="ws-hint">
        {L.calendar.hint}
      </p>
    </div>
  );
}

export function FieldView({ f, c }: { f: Field; c: ViewContext }) {
  const { L, s, set, flush } = c;
  if (!isShown(f, c)) return null;
  const text = L.fields[f.key];
  const value = s[f.key];
  const id = fieldId(f.key);
  switch (f.kind) {
    case 'text':
    case 'long':
    case 'date':
    case 'time': {
      const typing = f.kind === 'text' || f.kind === 'long';
      return (
        <>
          <TextField
            id={id}
            long={f.kind === 'long'}
            type={f.kind === 'long' ? undefined : f.kind}
            label={text.label}
            hint={text.hint}
            value={value as string}
            set={(v) => set({ [f.key]: v }, typing ? 'typing' : 'now')}
            done={flush}
          />
          {'calendar' in f && f.calendar && <CalendarButton c={c} value={value as string} />}
        </>
      );
    }
    case 'select': {
      const names = L.choices[f.key];
      return (
        <div class="ws-field">
          <label for={id}>{text.label}</label>
          <select id={id} value={value as string} onChange={(e) => set({ [f.key]: e.currentTarget.value } as Partial<Worksheet>)}>
            <option value="">{L.selectNone}</option>
            {choicePairs(names, f.values).map(([k, name]) => (
              <option key={k} value={k}>
                {name}
              </option>
            ))}
          </select>
        </div>
      );
    }
    case 'choice': {
      const tip = (L.tips[f.key] as Record<string, WorksheetTip> | undefined)?.[value as string];
      return (
        <Radios
          name={id}
          legend={text.label}
          options={choicePairs(L.choices[f.key], f.values)}
          value={value as string}
          set={(v) => set({ [f.key]: v })}
          row={'row' in f && f.row}
        >
          {text.note && <p class="ws-hint">{text.note}</p>}
          {tip && <TipView tip={tip} />}
        </Radios>
      );
    }
    case 'options':
      return <OptionsField f={f} c={c} />;
    case 'leaning':
      return <LeaningField f={f} c={c} />;
    case 'check':
      return <CheckField f={f} c={c} />;
    case 'picked':
      return <PickedField f={f} c={c} />;
    case 'own':
      return <OwnField f={f} c={c} />;
  }
}

/** The fields of one block; fields that share a `group` ("when") sit together under one question. */
export function BlockView({ fields, c }: { fields: readonly Field[]; c: ViewContext }) {
  const out = [];
  for (let i = 0; i < fields.length; i++) {
    const f = fields[i]!;
    const group = 'group' in f ? f.group : undefined;
    if (!group) {
      out.push(<FieldView key={f.key} f={f} c={c} />);
      continue;
    }
    const members = [f];
    while (i + 1 < fields.length && (fields[i + 1] as { group?: string }).group === group) members.push(fields[++i]!);
    out.push(
      <fieldset key={group} class="ws-group">
        <legend>{c.L.groups[group]}</legend>
        <div class="ws-pair">
          {members.map((m) => (
            <FieldView key={m.key} f={m} c={c} />
          ))}
        </div>
      </fieldset>,
    );
  }
  return <>{out}</>;
}
