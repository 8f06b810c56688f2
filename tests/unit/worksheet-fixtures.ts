/** Shared helpers for the worksheet unit tests (not a test file itself). */
import { emptySheet, type Worksheet } from '../../src/lib/worksheet/model';
import type { StorageLike } from '../../src/lib/worksheet/storage';

export const NOW = new Date('2026-03-05T13:32:00Z');

/** Deterministic ids: id1, id2, ... */
export function counter(prefix = 'id'): () => string {
  let n = 0;
  return () => `${prefix}${++n}`;
}

/** An in-memory Storage that can be told to refuse writes like a full or blocked browser store. */
export class FakeStorage implements StorageLike {
  data = new Map<string, string>();
  /** Throw this on setItem (e.g. a QuotaExceededError). */
  failWrite: Error | null = null;
  /** Throw this on any access (e.g. a SecurityError). */
  failAll: Error | null = null;

  get length(): number {
    return this.data.size;
  }
  key(i: number): string | null {
    return [...this.data.keys()][i] ?? null;
  }
  getItem(k: string): string | null {
    if (this.failAll) throw this.failAll;
    return this.data.get(k) ?? null;
  }
  setItem(k: string, v: string): void {
    if (this.failAll) throw this.failAll;
    if (this.failWrite) throw this.failWrite;
    this.data.set(k, v);
  }
  removeItem(k: string): void {
    if (this.failAll) throw this.failAll;
    this.data.delete(k);
  }
}

export const quotaError = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');
export const securityError = () => new DOMException('Access is denied for this document.', 'SecurityError');

/** A worksheet with something in every block. */
export function fullSheet(id = 'blad1'): Worksheet {
  return {
    ...emptySheet(id, NOW),
    title: 'Gesprek in maart',
    conversation: 'bedrijfsarts',
    date: '2026-03-12',
    time: '14:30',
    mode: 'video',
    companion: 'ja',
    companionWho: 'Mijn partner',
    decision: 'Hoeveel uur ik ga werken',
    deadline: '2026-04-01',
    stage: 'nadenken',
    goal: 'Rustig beginnen.\nEerst twee ochtenden.',
    options: [
      {
        id: 'o1',
        name: 'Twee ochtenden',
        pros: [{ id: 'p1', text: 'Rustig', weight: 3 }],
        cons: [{ id: 'c1', text: 'Weinig contact', weight: 1 }],
      },
      { id: 'o2', name: 'Nog even wachten', pros: [], cons: [] },
    ],
    leaning: 'o1',
    involved: 'Mijn leidinggevende',
    theirView: 'Zij wil dat ik snel begin',
    pressure: 'beetje',
    pressureFrom: 'Leidinggevende',
    role: 'samen',
    sure: { zeker: 'ja', snap: 'nee', waarde: 'ja', steun: 'nee' },
    picked: [{ id: 'drie-goede-vragen-1', text: 'Wat zijn mijn mogelijkheden in mijn werk?' }],
    own: [{ id: 'q1', text: 'Mag ik thuis werken?' }],
    agreements: 'We beginnen met twee ochtenden.',
    opinion: 'Goed gesprek.',
    evaluation: '2026-04-15',
    report: 'nee',
  };
}
