/**
 * The worksheet island: the list of worksheets or one worksheet, the data
 * panel and the print view. State and saving live in the session
 * (useWorksheetStore → src/lib/worksheet/session.ts); texts and the question
 * bank are fetched from `src` (a static JSON file); everything the reader
 * enters stays in this browser. Until hydrated and loaded it shows the
 * first state of a new reader (so the page does not shift); without
 * JavaScript the page says why and links to the printable blank worksheet.
 *
 * `data-save-state` on the root tells whether every change is written
 * ("saved"), one is waiting ("pending"), or nothing is written ("memory").
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { blockOf, type BlockKey } from '../../lib/worksheet/form';
import { newId } from '../../lib/worksheet/model';
import type { WorksheetData } from '../../lib/worksheet/data';
import { exportFileName, exportJson } from '../../lib/worksheet/transfer';
import { offerDownload } from '../../lib/download';
import { browserStorage, readPhase } from '../../lib/phase-store';
import type { WorksheetStart } from '../../i18n/nl/worksheet';
import { fmt, plural } from '../../i18n/format';
import { DataPanel } from './DataPanel';
import { Editor } from './Editor';
import { BlockView } from './FieldView';
import { List } from './List';
import { PrintView } from './PrintView';
import { focusFirstQuestion, focusLater, type ViewContext } from './fields';
import { useWorksheetStore } from './useWorksheetStore';

interface Props {
  /** URL of the worksheet data (texts, question bank, phase names). */
  src: string;
  /** Texts shown before the data has loaded. */
  start: WorksheetStart;
}

const time = (d: Date) => d.toTimeString().slice(0, 5);

export default function Werkblad({ src, start }: Props) {
  const [data, setData] = useState<WorksheetData | null>(null);
  const [failed, setFailed] = useState(false);
  /** A short notice about the last action ("Werkblad verwijderd."). */
  const [notice, setNotice] = useState('');
  /** The question filter: the phase the reader chose elsewhere on the site, or 0 for all. */
  const [phase, setPhase] = useState(0);
  const session = useWorksheetStore((titel) => fmt(start.copyTitle, { titel }).trim());
  const started = useRef(false);

  useEffect(() => {
    fetch(src)
      .then((res) => (res.ok ? res.json() : Promise.reject(new Error(String(res.status)))))
      .then((d: WorksheetData) => setData(d), () => setFailed(true));
    setPhase(readPhase(browserStorage()) ?? 0);
  }, []);

  // Opened from a decision card or the question page: start a worksheet with those answers, once.
  // The parser loads only when the address carries parameters.
  useEffect(() => {
    if (!data || !session || started.current || !location.search) return;
    started.current = true;
    void import('../../lib/worksheet/start').then(({ startFromLink }) => {
      const start = startFromLink(new URLSearchParams(location.search), data.cards, data.bank, newId, data.values);
      if (!start) return;
      session.create();
      session.patch(start.answers);
      history.replaceState(null, '', location.pathname);
      setNotice(data.labels.started[start.from]);
      focusFirstQuestion('.ws-status');
    });
  }, [data, session]);

  if (!data || !session) {
    // The static HTML shows the first state of a new reader (an empty list, the closed fold), so nothing
    // moves when the island has loaded; "Nieuw werkblad" works once it has. Without JavaScript the page's
    // <noscript> says why and links to the blank worksheet.
    const first = { list: start.list, blankHref: start.blankHref, blankLink: start.blankLink } as unknown as WorksheetData['labels'];
    return (
      <div class="ws">
        {failed ? (
          <p class="box" role="alert">
            {start.loadError} <a href={start.blankHref}>{start.blankLink}</a>
          </p>
        ) : (
          <>
            <p class="ws-status no-print">{start.status}</p>
            <List L={first} sheets={[]} open={() => undefined} create={() => undefined} remove={() => undefined} waiting />
            <details class="later no-print ws-data">
              <summary>
                <h2>{start.dataHeading}</h2>
              </summary>
            </details>
          </>
        )}
      </div>
    );
  }
  const { labels: L, bank, phases, steps } = data;
  const { doc, saving, problem, savedAt, pending, conflicts } = session.state;
  const sheet = doc.worksheets.find((s) => s.id === doc.current);
  const act = <A extends unknown[]>(fn: (...a: A) => void) => (...a: A) => {
    setNotice('');
    fn(...a);
  };
  const open = act((id: string | null) => {
    session.open(id);
    focusLater(id ? 'ws-sheet-h' : 'ws-list-h');
  });
  const problemText = session.keepsUnreadable ? L.data.problems.corruptKept : problem ? L.data.problems[problem] : '';
  const exportAll = () => offerDownload(exportFileName(new Date()), exportJson(doc.worksheets, new Date()), 'application/json');
  const saveState = !saving || !session.canStore || problem ? 'memory' : pending ? 'pending' : 'saved';

  const context: ViewContext | null = sheet
    ? { L, s: sheet, set: act((p, mode) => session.patch(p, mode)), flush: session.flush, bank, phases, steps, phase, setPhase, cards: data.cards }
    : null;

  return (
    <div class="ws" data-save-state={saveState}>
      {problemText && (
        <div role="alert" class="ws-alert no-print">
          <p>{problemText}</p>
          <button type="button" class="btn btn-secondary" onClick={exportAll}>
            {L.data.export}
          </button>
        </div>
      )}
      {conflicts.length > 0 && (
        <div role="alert" class="ws-alert no-print" data-conflict>
          <p>{fmt(L.data.conflict, { titels: conflicts.map((t) => t || L.list.untitled).join('’, ‘') })}</p>
          <button type="button" class="btn btn-secondary" onClick={() => session.dismissConflicts()}>
            {L.data.conflictOk}
          </button>
        </div>
      )}
      <p role="status" class="ws-status no-print">
        {notice}{' '}
        {problem ? '' : !saving ? L.data.memoryOnly : savedAt ? fmt(L.data.savedAt, { tijd: time(savedAt) }) : L.data.savedNothing}
      </p>

      {sheet && context ? (
        <Editor L={L} s={sheet} go={(block: BlockKey) => session.patch({ block }, 'now', false)} back={() => open(null)}>
          <BlockView fields={blockOf(sheet.block).fields} c={context} />
        </Editor>
      ) : (
        <List
          L={L}
          sheets={doc.worksheets}
          open={open}
          create={act(() => {
            session.create();
            focusFirstQuestion();
          })}
          remove={(id) => {
            session.remove(id);
            setNotice(L.list.deleted);
            focusLater('ws-list-h');
          }}
        />
      )}

      <DataPanel
        L={L}
        canSave={session.canStore}
        saving={saving}
        setSaving={session.setSaving}
        exportAll={exportAll}
        importText={(text) => {
          const result = session.importText(text);
          if (!result.ok) return { error: result.error };
          return { message: result.added ? plural(L.data.imported, result.added) : L.data.importedNone };
        }}
        wipe={() => {
          session.wipe();
          setNotice(L.data.wiped);
          focusLater('ws-list-h');
        }}
      />

      {sheet && <PrintView L={L} s={sheet} bank={bank} />}
    </div>
  );
}
