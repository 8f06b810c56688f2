/**
 * "Opslaan en meenemen", one closed fold under the list or the open worksheet: the saving switch (off for shared or work devices),
 * export to a file, import from a file, and "Alles wissen". Every destructive
 * step has an inline confirm step.
 */
import { useState } from 'preact/hooks';
import { checkFileSize, type ImportError } from '../../lib/worksheet/transfer';
import { Confirm, focusLater, type Labels } from './fields';

interface Props {
  L: Labels;
  /** Storage is available at all (not blocked). */
  canSave: boolean;
  saving: boolean;
  setSaving: (on: boolean) => void;
  exportAll: () => void;
  /** Import the text of a file; returns an error code or a success message. */
  importText: (text: string) => { error: ImportError } | { message: string };
  wipe: () => void;
}

export function DataPanel({ L, canSave, saving, setSaving, exportAll, importText, wipe }: Props) {
  const D = L.data;
  const [ask, setAsk] = useState<'' | 'off' | 'wipe'>('');
  const [error, setError] = useState('');
  const [done, setDone] = useState('');

  const onFile = async (e: Event) => {
    const input = e.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    if (!file) return;
    setError('');
    setDone('');
    // Refuse large files before reading them.
    const early = checkFileSize(file.size);
    let result: ReturnType<typeof importText> = early ? { error: early } : { error: 'read' as ImportError };
    if (!early) {
      try {
        result = importText(await file.text());
      } catch {
        // keep the 'read' error
      }
    }
    input.value = '';
    if ('error' in result) setError(D.importErrors[result.error as keyof typeof D.importErrors] ?? D.importErrors.read);
    else setDone(result.message);
  };

  return (
    <details class="later no-print ws-data">
      <summary>
        <h2 id="ws-data-h">{D.heading}</h2>
      </summary>
      <div class="later-body">
      {canSave && (
        <div class="ws-field">
          <label class="ws-switch">
            <input
              type="checkbox"
              role="switch"
              id="ws-save"
              checked={saving && ask !== 'off'}
              aria-describedby="ws-save-hint"
              onChange={(e) => (e.currentTarget.checked ? setSaving(true) : setAsk('off'))}
            />
            {D.switchLabel}
          </label>
          <p id="ws-save-hint" class="ws-hint">
            {D.switchHint}
          </p>
          {ask === 'off' && (
            <Confirm
              text={D.offConfirm}
              yes={D.offYes}
              no={D.offNo}
              onYes={() => {
                setAsk('');
                setSaving(false);
                focusLater('ws-save');
              }}
              onNo={() => {
                setAsk('');
                focusLater('ws-save');
              }}
            />
          )}
        </div>
      )}

      <h3>{D.exportTitle}</h3>
      <div class="ws-field">
        <button type="button" class="btn btn-secondary" onClick={exportAll} aria-describedby="ws-export-hint">
          {D.export}
        </button>
        <p id="ws-export-hint" class="ws-hint">
          {D.exportHint}
        </p>
      </div>
      <div class="ws-field">
        <label for="ws-import">{D.import}</label>
        <p id="ws-import-hint" class="ws-hint">
          {D.importHint}
        </p>
        <input
          type="file"
          id="ws-import"
          accept=".json,application/json"
          aria-describedby={error ? 'ws-import-hint ws-import-error' : 'ws-import-hint'}
          aria-invalid={error ? 'true' : undefined}
          onChange={onFile}
        />
        {error && (
          <p id="ws-import-error" class="ws-error" role="alert">
            {error}
          </p>
        )}
        {done && (
          <p class="ws-ok" role="status">
            {done}
          </p>
        )}
      </div>

      <h3>{D.wipe}</h3>
      {ask === 'wipe' ? (
        <Confirm
          text={D.wipeConfirm}
          yes={D.wipeYes}
          no={D.wipeNo}
          onYes={() => {
            setAsk('');
            wipe();
          }}
          onNo={() => {
            setAsk('');
            focusLater('ws-wipe');
          }}
        />
      ) : (
        <div class="ws-field">
          <button type="button" id="ws-wipe" class="btn btn-secondary ws-danger-outline" onClick={() => setAsk('wipe')} aria-describedby="ws-wipe-hint">
            {D.wipe}
          </button>
          <p id="ws-wipe-hint" class="ws-hint">
            {D.wipeHint}
          </p>
        </div>
      )}
      </div>
    </details>
  );
}
