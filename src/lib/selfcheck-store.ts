/**
 * A self-check (/voor-professionals/zelfcheck/<rol>/) kept on this device,
 * only when the professional ticks "Bewaar op dit apparaat", and never under
 * the site-wide "niets bewaren" choice (src/lib/saving-choice.ts). Nothing is
 * ever sent anywhere.
 */
import { savingAllowed } from './saving-choice';
import { SELF_CHECK_KEY_PREFIX } from './storage-keys';

export { SELF_CHECK_KEY_PREFIX };
export const selfCheckKey = (role: string) => `${SELF_CHECK_KEY_PREFIX}${role}`;

/** Longest "Volgende keer ga ik …" text kept. */
export const NEXT_MAX = 500;

export interface SelfCheckState {
  /** Ids of the ticked behaviours. */
  ticked: string[];
  /** "Volgende keer ga ik …". */
  next: string;
}

/** A stored value, checked: only known ids, a string of bounded length; null for anything else. */
export function parseSelfCheck(raw: string | null, knownIds: readonly string[]): SelfCheckState | null {
  if (!raw) return null;
  try {
    const v = JSON.parse(raw) as unknown;
    if (!v || typeof v !== 'object') return null;
    const { ticked, next } = v as Record<string, unknown>;
    if (!Array.isArray(ticked) || typeof next !== 'string') return null;
    return { ticked: ticked.filter((id): id is string => typeof id === 'string' && knownIds.includes(id)), next: next.slice(0, NEXT_MAX) };
  } catch {
    return null;
  }
}

export function readSelfCheck(storage: Storage | null, role: string, knownIds: readonly string[]): SelfCheckState | null {
  try {
    return storage ? parseSelfCheck(storage.getItem(selfCheckKey(role)), knownIds) : null;
  } catch {
    return null;
  }
}

/** Store the state; false when saving is off site-wide, blocked or full. */
export function writeSelfCheck(storage: Storage | null, role: string, state: SelfCheckState): boolean {
  if (!storage || !savingAllowed(storage)) return false;
  try {
    storage.setItem(selfCheckKey(role), JSON.stringify({ ticked: state.ticked, next: state.next.slice(0, NEXT_MAX) }));
    return true;
  } catch {
    return false;
  }
}

export function clearSelfCheck(storage: Storage | null, role: string): void {
  try {
    storage?.removeItem(selfCheckKey(role));
  } catch {
    // Blocked storage holds nothing to clear.
  }
}
