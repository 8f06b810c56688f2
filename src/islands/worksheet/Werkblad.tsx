/**
 * The worksheet island: state, saving and the choice between the list and one
 * worksheet. Its texts and the question bank are fetched from `src` (a static
 * JSON file); everything the reader enters stays in this browser. Until
 * hydrated and loaded (or without JavaScript) it shows a short message with a
 * link to the printable blank worksheet.
 *
 * Saving: debounced 500 ms after a change, and at once on pagehide or when the
 * page is hidden. Problems (blocked, full, unreadable storage) are announced,
 * the worksheet keeps working in memory and export stays available.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { emptyDoc, emptySheet, newId, type Doc, type Worksheet } from '../../lib/worksheet/model';
import type { StartText, WorksheetData } from '../../lib/worksheet/labels';
import {
  DATA_KEY,
  load,
  openStorage,
  save,
  setSaving as storeSaving,
  wipe as storeWipe,
  type Problem,
  type StorageLike,
} from '../../lib/worksheet/storage';
import { exportFileName, exportJson, mergeImported, parseImport } from '../../lib/worksheet/transfer';
import { BlockAbout } from './BlockAbout';
import { BlockAfter } from './BlockAfter';
import { BlockCheck } from './BlockCheck';
import { BlockChoice } from './BlockChoice';
import { BlockOptions } from './BlockOptions';
import { BlockQuestions } from './BlockQuestions';
import { BlockSupport } from './BlockSupport';
import { DataPanel } from './DataPanel';
import { Editor } from './Editor';
import { List } from './List';
import { PrintView } from './PrintView';
import { download, fmt, focusLater } from './fields';

interface Props {
  /** URL of the worksheet data (texts, question bank, phase names). */
  src: string;
  /** Texts shown before the data has loaded. */
  start: StartText;
}

const BLOCK_VIEWS = [BlockAbout, BlockChoice, BlockOptions, BlockSupport, BlockCheck, null, BlockAfter];

export default function Werkblad({ src, start }: Props) {
  const [data, setData] = useState<WorksheetData | null>(null);
  const [failed, setFailed] = useState(false);
  const [doc, setDoc] = useState<Doc>(emptyDoc);
  const [saving, setSavingState] = useState(true);
  const [problem, setProblem] = useState<Problem | null>(null);
  /** Time of the last save ("14:32"), and a short notice about the last action. */
  const [savedAt, setSavedAt] = useState('');
  const [notice, setNotice] = useState('');
  const [phase, setPhase] = useState(0);

  // Mutable state read by timers and page events.
  const r = useRef({ store: null as StorageLike | null, saving: true, writable: false, dirty: false, doc: emptyDoc(), timer: 0 });
  const st = r.current;

  const time = () => new Date().toTimeString().slice(0, 5);

  // Runs from timers and page events: uses only refs and state setters.
  const persist = () => {
    clearTimeout(st.timer);
    if (!st.dirty || !st.store || !st.saving || !st.writable) return;
    st.dirty = false;
    const result = save(st.store, st.doc);
    if (result === 'ok') {
      setSavedAt(time());
      setProblem((p) => (p === 'quota' ? null : p));
    } else {
      st.dirty = true;
      setProblem(result);
    }
  };

  const change = (fn: (d: Doc) => Doc) => {
    st.dirty = true;
    setNotice('');
    setDoc((d) => (st.doc = fn(d)));
    clearTimeout(st.timer);
    st.timer = window.setTimeout(persist, 500);
  };

  useEffect(() => {
    fetch(src)
      .then((res) => (res.ok ? res.json() : Promise.reject(new Error(String(res.status)))))
      .then((d: WorksheetData) => setData(d), () => setFailed(true));
    const store = openStorage(() => window.localStorage);
    const loaded = load(store, new Date());
    Object.assign(st, { store, saving: loaded.saving, writable: loaded.writable, doc: loaded.doc });
    setDoc(loaded.doc);
    setSavingState(loaded.saving);
    setProblem(loaded.problem);
    // The phase the reader chose elsewhere on the site (src/scripts/phase-memory.ts, key keuzehulp:fase);
    // read here directly so the island does not pull in the whole phase script.
    let chosen = 0;
    try {
      chosen = Number(store?.getItem('keuzehulp:fase')) || 0;
    } catch {
      // blocked: all phases
    }
    setPhase(chosen >= 1 && chosen <= 4 ? Math.floor(chosen) : 0);
    const onHide = () => persist();
    const onVisibility = () => document.visibilityState === 'hidden' && persist();
    // Another tab saved: take its worksheets (when nothing here is waiting to be saved),
    // but keep this tab's open worksheet and block.
    const onStorage = (e: StorageEvent) => {
      if (e.key !== DATA_KEY || st.dirty || !st.saving || !st.writable) return;
      const other = load(st.store, new Date());
      if (other.problem) return;
      const mine = st.doc.worksheets.find((s) => s.id === st.doc.current);
      st.doc = {
        current: mine && other.doc.worksheets.some((s) => s.id === mine.id) ? mine.id : null,
        worksheets: other.doc.worksheets.map((s) => (s.id === mine?.id ? { ...s, block: mine.block } : s)),
      };
      setDoc(st.doc);
    };
    addEventListener('pagehide', onHide);
    addEventListener('storage', onStorage);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      removeEventListener('pagehide', onHide);
      removeEventListener('storage', onStorage);
      document.removeEventListener('visibilitychange', onVisibility);
    };
  }, []);

  if (!data) {
    return (
      <div class="ws">
        <p class="box" role={failed ? 'alert' : undefined}>
          {failed ? start.loadError : start.noScript} <a href={start.blankHref}>{start.blankLink}</a>
        </p>
      </div>
    );
  }
  const { labels: L, bank, phases, steps } = data;

  const sheet = doc.worksheets.find((s) => s.id === doc.current);
  const patch = (p: Partial<Worksheet>, touch = true) =>
    change((d) => ({
      ...d,
      worksheets: d.worksheets.map((s) =>
        s.id === d.current ? { ...s, ...p, ...(touch ? { updated: new Date().toISOString() } : {}) } : s,
      ),
    }));
  const open = (id: string | null) => {
    change((d) => ({ ...d, current: id }));
    focusLater(id ? 'ws-sheet-h' : 'ws-list-h');
  };

  const problemText =
    problem === 'corrupt' && !st.writable ? L.data.problems.corruptKept : problem ? L.data.problems[problem] : '';
  const exportAll = () => download(exportFileName(new Date()), exportJson(doc.worksheets, new Date()), 'application/json');

  const setSaving = (on: boolean) => {
    st.saving = on;
    setSavingState(on);
    if (!st.store) return;
    const result = storeSaving(st.store, on, st.doc);
    if (on && result === 'ok') {
      st.writable = true;
      st.dirty = false;
      setProblem(null);
      setSavedAt(time());
    } else if (result !== 'ok') setProblem(result);
  };

  const View = sheet ? BLOCK_VIEWS[sheet.block] : null;

  return (
    <div class="ws">
      <p class="ws-hint no-print">{L.basis}</p>
      {problemText && (
        <div role="alert" class="ws-alert no-print">
          <p>{problemText}</p>
          <button type="button" class="btn btn-secondary" onClick={exportAll}>
            {L.data.export}
          </button>
        </div>
      )}
      <p role="status" class="ws-status no-print">
        {notice}{' '}
        {problem ? '' : !saving ? L.data.memoryOnly : savedAt ? fmt(L.data.savedAt, { tijd: savedAt }) : L.data.savedNothing}
      </p>

      {sheet ? (
        <Editor L={L} s={sheet} go={(block) => patch({ block }, false)} back={() => open(null)}>
          {View ? (
            <View L={L} s={sheet} set={patch} />
          ) : (
            <BlockQuestions L={L} s={sheet} set={patch} bank={bank} phases={phases} steps={steps} phase={phase} setPhase={setPhase} />
          )}
        </Editor>
      ) : (
        <List
          L={L}
          sheets={doc.worksheets}
          open={open}
          create={() => {
            const s = emptySheet(newId(), new Date());
            change((d) => ({ current: s.id, worksheets: [s, ...d.worksheets] }));
            focusLater('ws-sheet-h');
          }}
          remove={(id) => {
            change((d) => ({ ...d, worksheets: d.worksheets.filter((s) => s.id !== id) }));
            setNotice(L.list.deleted);
            focusLater('ws-list-h');
          }}
        />
      )}

      <DataPanel
        L={L}
        canSave={!!st.store}
        saving={saving}
        setSaving={setSaving}
        exportAll={exportAll}
        importText={(text) => {
          const parsed = parseImport(text, new Date());
          if (!parsed.ok) return { error: parsed.error };
          const merged = mergeImported(st.doc.worksheets, parsed.value);
          if (!merged.ok) return { error: merged.error };
          change((d) => ({ ...d, worksheets: merged.value.worksheets }));
          return {
            message: merged.value.added ? fmt(L.data.imported, { n: merged.value.added }) : L.data.importedNone,
          };
        }}
        wipe={() => {
          if (st.store) {
            const result = storeWipe(st.store);
            // Unreadable or newer data is gone now too, so saving may write again.
            st.writable = result === 'ok';
            setProblem(result === 'ok' ? null : result);
          }
          st.doc = emptyDoc();
          st.dirty = false;
          setDoc(st.doc);
          setNotice(L.data.wiped);
          focusLater('ws-list-h');
        }}
      />

      {sheet && <PrintView L={L} s={sheet} bank={bank} />}
    </div>
  );
}
