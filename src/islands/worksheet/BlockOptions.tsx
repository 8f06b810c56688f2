/**
 * c. Opties: up to five options, each with good and bad points; per point how
 * much it matters (0-3), and which option you lean towards.
 */
import { useState } from 'preact/hooks';
import { LEANING_UNSURE, LIMITS, newId, type Option, type Point } from '../../lib/worksheet/model';
import type { Labels } from '../../lib/worksheet/labels';
import { Confirm, Field, Radios, fmt, focusLater, type BlockProps } from './fields';

type Kind = 'pros' | 'cons';

function Points({ L, o, kind, setOption }: { L: Labels; o: Option; kind: Kind; setOption: (p: Partial<Option>) => void }) {
  const O = L.options;
  const points = o[kind];
  const put = (list: Point[]) => setOption({ [kind]: list });
  const edit = (id: string, p: Partial<Point>) => put(points.map((x) => (x.id === id ? { ...x, ...p } : x)));
  const addId = `ws-add-${kind}-${o.id}`;
  const label = kind === 'pros' ? O.pro : O.con;
  return (
    <div class="ws-points">
      <h4>{kind === 'pros' ? O.pros : O.cons}</h4>
      {points.map((p, j) => {
        const name = fmt(label, { n: j + 1 });
        return (
          <div key={p.id} class="ws-point">
            <Field id={`ws-p-${p.id}`} label={name} value={p.text} set={(text) => edit(p.id, { text })} />
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
            <button
              type="button"
              class="btn btn-secondary ws-small"
              onClick={() => {
                put(points.filter((x) => x.id !== p.id));
                focusLater(addId);
              }}
            >
              {O.removePoint}
              <span class="sr-only">: {name}</span>
            </button>
          </div>
        );
      })}
      {points.length < LIMITS.points && (
        <button
          type="button"
          id={addId}
          class="btn btn-secondary"
          onClick={() => {
            const id = newId();
            put([...points, { id, text: '', weight: null }]);
            focusLater(`ws-p-${id}`);
          }}
        >
          + {kind === 'pros' ? O.addPro : O.addCon}
        </button>
      )}
    </div>
  );
}

export function BlockOptions({ L, s, set }: BlockProps) {
  const O = L.options;
  const [confirm, setConfirm] = useState('');
  const setOption = (id: string) => (p: Partial<Option>) => set({ options: s.options.map((o) => (o.id === id ? { ...o, ...p } : o)) });
  const add = () => {
    const id = newId();
    set({ options: [...s.options, { id, name: '', pros: [], cons: [] }] });
    focusLater(`ws-o-${id}`);
  };
  return (
    <>
      <p class="ws-hint">{s.options.length ? O.hint : O.none}</p>
      {s.options.map((o, i) => (
        <fieldset key={o.id} class="ws-option">
          <legend>{fmt(O.option, { n: i + 1 })}</legend>
          <Field id={`ws-o-${o.id}`} label={O.name} value={o.name} set={(name) => setOption(o.id)({ name })} />
          <Points L={L} o={o} kind="pros" setOption={setOption(o.id)} />
          <Points L={L} o={o} kind="cons" setOption={setOption(o.id)} />
          {confirm === o.id ? (
            <Confirm
              text={O.removeConfirm}
              yes={O.removeYes}
              no={O.removeNo}
              onYes={() => {
                set({ options: s.options.filter((x) => x.id !== o.id), leaning: s.leaning === o.id ? '' : s.leaning });
                setConfirm('');
                focusLater('ws-add-option');
              }}
              onNo={() => {
                setConfirm('');
                focusLater(`ws-rm-${o.id}`);
              }}
            />
          ) : (
            <button type="button" id={`ws-rm-${o.id}`} class="btn btn-secondary" onClick={() => setConfirm(o.id)}>
              {O.remove}
              <span class="sr-only">: {fmt(O.option, { n: i + 1 })}</span>
            </button>
          )}
        </fieldset>
      ))}
      {s.options.length < LIMITS.options ? (
        <button type="button" id="ws-add-option" class="btn" onClick={add}>
          + {O.add}
        </button>
      ) : (
        <p id="ws-add-option" tabIndex={-1} class="ws-hint">
          {O.full}
        </p>
      )}
      {s.options.length > 0 && (
        <Radios
          name="ws-leaning"
          legend={O.leaning}
          options={[
            ...s.options.map((o, i) => [o.id, o.name.trim() || fmt(O.unnamed, { n: i + 1 })] as const),
            [LEANING_UNSURE, O.leaningUnsure],
          ]}
          value={s.leaning}
          set={(leaning) => set({ leaning })}
        />
      )}
    </>
  );
}
