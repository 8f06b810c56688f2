/** The list of worksheets on this device: open, delete (with a confirm step), new. */
import { useState } from 'preact/hooks';
import type { Worksheet } from '../../lib/worksheet/model';
import { progress } from '../../lib/worksheet/progress';
import { formatDate, fromLocal } from '../../lib/calendar';
import { fmt } from '../../i18n/format';
import { Confirm, focusLater, longDate, sheetTitle, type Labels } from './fields';

interface Props {
  L: Labels;
  sheets: Worksheet[];
  open: (id: string) => void;
  create: () => void;
  remove: (id: string) => void;
  /** The static first state, before the island has loaded: "Nieuw werkblad" cannot work yet. */
  waiting?: boolean;
}

export function List({ L, sheets, open, create, remove, waiting }: Props) {
  const T = L.list;
  const [confirm, setConfirm] = useState('');
  return (
    <section aria-labelledby="ws-list-h" class="no-print">
      <h2 id="ws-list-h" tabIndex={-1}>
        {T.heading}
      </h2>
      <p>{sheets.length ? T.intro : T.empty}</p>
      {sheets.length > 0 && (
        <ul class="ws-list">
          {sheets.map((s) => {
            const title = sheetTitle(L, s);
            const p = progress(s);
            return (
              <li key={s.id} class="card">
                <h3 class="mt-0">{title}</h3>
                <p class="meta">
                  {s.date
                    ? fmt(T.conversationOn, { datum: longDate(s.date) })
                    : fmt(T.madeOn, { datum: formatDate(fromLocal(new Date(s.created))) })}
                  {' · '}
                  {fmt(T.progress, { n: p.filled, totaal: p.total })}
                </p>
                {confirm === s.id ? (
                  <Confirm
                    text={fmt(T.deleteConfirm, { naam: title })}
                    yes={T.deleteYes}
                    no={T.deleteNo}
                    onYes={() => remove(s.id)}
                    onNo={() => {
                      setConfirm('');
                      focusLater(`ws-del-${s.id}`);
                    }}
                  />
                ) : (
                  <div class="ws-buttons">
                    <button type="button" class="btn" onClick={() => open(s.id)}>
                      {T.open}
                      <span class="sr-only">: {title}</span>
                    </button>
                    <button type="button" id={`ws-del-${s.id}`} class="btn btn-secondary" onClick={() => setConfirm(s.id)}>
                      {T.delete}
                      <span class="sr-only">: {title}</span>
                    </button>
                  </div>
                )}
              </li>
            );
          })}
        </ul>
      )}
      <div class="ws-buttons">
        <button type="button" class="btn" onClick={create} disabled={waiting}>
          + {T.new}
        </button>
        <a href={L.blankHref} class="btn btn-secondary">
          {L.blankLink}
        </a>
      </div>
    </section>
  );
}
