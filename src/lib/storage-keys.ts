/**
 * Every name this site stores under in the browser, in one place. Nothing is
 * ever sent anywhere; all of it lives on the reader's own device.
 *
 * Private by default: apart from the saving choice itself, a key is written
 * only after the reader asked for it (pressed "Bewaar", picked a phase, said
 * yes to "verder waar je was", ticked "onthoud mijn datum", worked on a
 * worksheet with saving on), and never under "niets bewaren"
 * (src/lib/saving-choice.ts). "Alles wissen" removes everything in READER_DATA,
 * every key that starts with BACKUP_PREFIX or SELF_CHECK_KEY_PREFIX and the sessionStorage marks that
 * start with PHASE_ASKED_KEY (src/lib/worksheet/storage.ts).
 *
 * A unit test (tests/unit/storage-keys.test.ts) fails when a key is typed
 * anywhere else in src/.
 */

/** localStorage: "uit" when the reader chose "niets bewaren" (the worksheet's switch "Bewaren op dit apparaat"). */
export const SETTING_KEY = 'keuzehulp:werkblad-opslaan';
/** localStorage: the worksheets (src/lib/worksheet/storage.ts). */
export const DATA_KEY = 'keuzehulp:werkbladen';
/** localStorage: unreadable worksheet data is kept under this prefix plus a time stamp. */
export const BACKUP_PREFIX = 'keuzehulp:werkbladen-kopie-';
/** localStorage: the last page read, { path, title, at } (only after TRAIL_KEY). */
export const LAST_KEY = 'keuzehulp:verder-lezen';
/** localStorage: "ja" once the reader said yes to "Wil je dat dit apparaat onthoudt waar je was?". */
export const TRAIL_KEY = 'keuzehulp:onthoud-waar-je-was';
/** localStorage: pages saved with "Bewaar voor later", newest first. */
export const SAVED_KEY = 'keuzehulp:bewaard';
/** localStorage: the phase the reader picked (src/lib/phase-store.ts). */
export const PHASE_KEY = 'keuzehulp:fase';
/** sessionStorage prefix: the hub already asked to switch to this phase in this visit (plus ":<n>"). */
export const PHASE_ASKED_KEY = 'keuzehulp:fase-gevraagd';
/** localStorage: the first day of sick leave in the week calculator, only when the reader ticked "onthoud". */
export const DATE_KEY = 'keuzehulp:ziekmelddatum';

/** localStorage prefix: a professional's self-check, one key per role ("keuzehulp:zelfcheck:leidinggevende"), only after "Bewaar op dit apparaat". */
export const SELF_CHECK_KEY_PREFIX = 'keuzehulp:zelfcheck:';

/** The reading aids' keys: the reading trail, its yes, and the saved pages. */
export const READING_KEYS = [LAST_KEY, TRAIL_KEY, SAVED_KEY] as const;

/** Everything "Alles wissen" and "niets bewaren" remove (the saving choice itself stays). */
export const READER_DATA = [DATA_KEY, ...READING_KEYS, PHASE_KEY, DATE_KEY] as const;
