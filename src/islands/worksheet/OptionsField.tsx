/**
 * The options of a worksheet: up to five, each with good and bad points and
 * per point how much it matters (0-3); and which option you lean towards.
 */
import { useState } from 'preact/hooks';
import type { FieldOfKind } from '../../lib/worksheet/form';
import { LEANING_UNSURE, LIMITS, newId, type Option, type Point } from '../../lib/worksheet/model';
import { fmt } from '../../i18n/format';
import { AddButton, Confirm, Field, Radios, RemoveButton, focusLater, type Labels, type ViewContext } from './fields';

type Kind = 'pros' | 'cons';

interface PointsProps {
  L: Labels;
  o: Option;
  kind: Kind;
  setOption: (p: Partial<Option>, typing?: boolean) => void;
  flush: () => void;
  /** The matching points of the decision card this option came from, to take over. */
  offered: readonly string[];
}

function Points({ L, o, kind, setOption, flush, offered }: PointsProps) {
  const O = L.options;
  const points = o[kind];
  const left = points.length < LIMITS.points ? offered.filter((t) => !points.some((p) => p.text.trim() === t)) : [];
  const put = (list: Point[], typing = false) => setOption({ [kind]: list }, typing);
  const edit = (id: string, p: Partial<Point>, typing = false) => put(points.map((x) => (x.id === id ? { ...x, ...p } : x)), typing);
  const addId = `ws-add-${kind}-${o.id}`;
  const label = kind === 'pros' ? O.pro : O.con;
  return (
    <div class="ws-points">
      <h4>{kind === 'pros' ? O.pros : O.cons}</h4>
      {points.map((p, j) => {
        const name = fmt(label, { n: j + 1 });
        return (
          <div key={p.id} class="ws-point">
            <Field id={`ws-p-${p.id}`} label={name} value={p.text} set={(text) => edit(p.id, { text }, true)} done={flush} />
            <Radios
              name={`ws-w-${p.id}`}
              legend={
                <>
                  {O.weight}
                  <span class="sr-only"> ({name})</span>
                </>
              }
              options={O.weights.map((w, k) => [String(k), w] as const)}
              value={p.weight === null ? '' : String(p.weight)}
              set={(v) => edit(p.id, { weight: Number(v) })}
              row
            />
            <RemoveButton label={O.removePoint} name={name} remove={() => put(points.filter((x) => x.id !== p.id))} focusAfter={addId} />
          </div>
        );
      })}
      {left.length > 0 && (
        <div class="ws-offer">
          <p class="ws-hint">{O.fromCard}</p>
          <ul>
            {left.map((t) => (
              <li key={t}>
                <span>{t}</span>
                <button type="button" class="btn btn-secondary ws-small" onClick={() => put([...points, { id: newId(), text: t, weight: null }])}>
                  + {O.takeOver}
                  <span class="sr-only">: {t}</span>
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
      {points.length < LIMITS.points && (
        <AddButton id={addId} label={kind === 'pros' ? O.addPro : O.addCon} add={(id) => put([...points, { id, text: '', weight: null }])} focusPrefix="ws-p-" />
      )}
    </div>
  );
}

export function OptionsField({ f, c }: { f: FieldOfKind<'options'>; c: ViewContext }) {
  const { L, s, set, flush, cards } = c;
  const O = L.options;
  const options = s[f.key];
  /** The card option with this exact name, if any (the worksheet keeps no link to the card). */
  const fromCard = (name: string) => {
    for (const card of Object.values(cards)) for (const co of card.options) if (co.title === name.trim()) return co;
    return undefined;
  };
  const [confirm, setConfirm] = useState('');
  const setOption = (id: string) => (p: Partial<Option>, typing = false) =>
    set({ [f.key]: options.map((o) => (o.id === id ? { ...o, ...p } : o)) }, typing ? 'typing' : 'now');
  return (
    <>
      <p class="ws-hint">{options.length ? O.hint : O.none}</p>
      {options.map((o, i) => (
        <fieldset key={o.id} class="ws-option">
          <legend>{fmt(O.option, { n: i + 1 })}</legend>
          <Field id={`ws-o-${o.id}`} label={O.name} value={o.name} set={(name) => setOption(o.id)({ name }, true)} done={flush} wrap />
          <Points L={L} o={o} kind="pros" setOption={setOption(o.id)} flush={flush} offered={fromCard(o.name)?.pros ?? []} />
          <Points L={L} o={o} kind="cons" setOption={setOption(o.id)} flush={flush} offered={fromCard(o.name)?.cons ?? []} />
          {confirm === o.id ? (
            <Confirm
              text={O.removeConfirm}
              yes={O.removeYes}
              no={O.removeNo}
              onYes={() => {
                // A leaning towards the removed option is cleared (validate.ts would drop it too).
                set({ [f.key]: options.filter((x) => x.id !== o.id), leaning: s.leaning === o.id ? '' : s.leaning });
                setConfirm('');
                focusLater('ws-add-option');
              }}
              onNo={() => {
                setConfirm('');
                focusLater(`ws-rm-${o.id}`);
              }}
            />
          ) : (
            <button type="button" id={`ws-rm-${o.id}`} class="btn btn-secondary ws-danger-outline" onClick={() => setConfirm(o.id)}>
              {O.remove}
              <span class="sr-only">: {fmt(O.option, { n: i + 1 })}</span>
            </button>
          )}
        </fieldset>
      ))}
      {options.length < LIMITS.options ? (
        <AddButton id="ws-add-option" primary label={O.add} add={(id) => set({ [f.key]: [...options, { id, name: '', pros: [], cons: [] }] })} focusPrefix="ws-o-" />
      ) : (
        <p id="ws-add-option" tabIndex={-1} class="ws-hint">
          {O.full}
        </p>
      )}
    </>
  );
}

/** Which option you lean towards; shown once there is an option. */
export function LeaningField({ f, c }: { f: FieldOfKind<'leaning'>; c: ViewContext }) {
  const { L, s, set } = c;
  const options = s[f.of];
  if (options.length === 0) return null;
  return (
    <Radios
      name="ws-leaning"
      legend={L.fields[f.key].label}
      options={[
        ...options.map((o, i) => [o.id, o.name.trim() || fmt(L.options.unnamed, { n: i + 1 })] as const),
        [LEANING_UNSURE, L.options.leaningUnsure],
      ]}
      value={s[f.key]}
      set={(v) => set({ [f.key]: v })}
    />
  );
}
