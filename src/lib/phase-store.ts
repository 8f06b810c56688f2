/**
 * The reader's chosen phase, kept in this browser only (localStorage, never
 * sent anywhere). Used by the phase memory, search (to offer the own phase as
 * a filter) and the worksheet (as the default question filter). Written only
 * when the reader picks a phase, and never under "niets bewaren"
 * (src/lib/saving-choice.ts). Storage that is blocked simply means nothing is
 * remembered.
 */
import { toPhase, type PhaseNumber } from '../data/site';
import { PHASE_KEY } from './storage-keys';
import { removeItems, storeItem } from './saving-choice';

export { PHASE_KEY };

type Store = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** The browser's localStorage, or null when it is blocked. */
export function browserStorage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

export function readPhase(storage: Pick<Store, 'getItem'> | null): PhaseNumber | null {
  try {
    return toPhase(storage?.getItem(PHASE_KEY) ?? null);
  } catch {
    return null;
  }
}

/** Remember the phase the reader picked; false under "niets bewaren" or blocked storage. */
export function writePhase(storage: Pick<Store, 'getItem' | 'setItem'> | null, phase: PhaseNumber): boolean {
  return storeItem(storage, PHASE_KEY, String(phase));
}

export function forgetPhase(storage: Pick<Store, 'removeItem'> | null): void {
  removeItems(storage, [PHASE_KEY]);
}
