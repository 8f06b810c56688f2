/**
 * The reader's "niets bewaren" choice: the worksheet's switch "Bewaren op dit
 * apparaat", turned off. One choice for the whole site: the worksheet and the
 * reading aids ("verder waar je was", saved pages) both honour it. Kept in
 * localStorage like everything else, never sent anywhere.
 */
export const SETTING_KEY = 'keuzehulp:werkblad-opslaan';
/** Value of SETTING_KEY when the reader turned saving off. */
export const SAVING_OFF = 'uit';

/** Storage is there and the reader did not choose "niets bewaren". Never throws (blocked storage is "no"). */
export function savingAllowed(storage: Pick<Storage, 'getItem'> | null | undefined): boolean {
  try {
    return !!storage && storage.getItem(SETTING_KEY) !== SAVING_OFF;
  } catch {
    return false;
  }
}
