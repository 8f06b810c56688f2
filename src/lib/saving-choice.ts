/**
 * The reader's "niets bewaren" choice: the worksheet's switch "Bewaren op dit
 * apparaat", turned off. One choice for the whole site: every write to the
 * browser's storage goes through `storeItem` here, so the worksheet, the
 * reading aids ("verder waar je was", saved pages), the phase memory and the
 * week calculator all honour it. Kept in localStorage like everything else,
 * never sent anywhere. The keys live in src/lib/storage-keys.ts.
 */
import { SETTING_KEY } from './storage-keys';

export { SETTING_KEY };
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

/**
 * Write one value, only when saving is allowed. False when it is not, or when
 * storage is blocked or full: the site then simply does not remember.
 */
export function storeItem(storage: Pick<Storage, 'getItem' | 'setItem'> | null | undefined, key: string, value: string): boolean {
  if (!savingAllowed(storage)) return false;
  try {
    storage!.setItem(key, value);
    return true;
  } catch {
    return false;
  }
}

/** Remove keys; never throws. */
export function removeItems(storage: Pick<Storage, 'removeItem'> | null | undefined, keys: readonly string[]): void {
  try {
    keys.forEach((k) => storage?.removeItem(k));
  } catch {
    // blocked: nothing stored
  }
}
