/**
 * The reader's chosen phase, kept in this browser only (localStorage, never
 * sent anywhere). Used by the phase memory, search (to offer the own phase as
 * a filter) and the worksheet (as the default question filter). Storage that
 * is blocked simply means nothing is remembered.
 */
import { toPhase, type PhaseNumber } from '../data/site';

export const PHASE_KEY = 'keuzehulp:fase';

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

export function writePhase(storage: Pick<Store, 'setItem'> | null, phase: PhaseNumber): void {
  try {
    storage?.setItem(PHASE_KEY, String(phase));
  } catch {
    // Storage blocked: the choice simply is not remembered.
  }
}

export function forgetPhase(storage: Pick<Store, 'removeItem'> | null): void {
  try {
    storage?.removeItem(PHASE_KEY);
  } catch {
    // nothing stored
  }
}
