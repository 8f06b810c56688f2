/** Which blocks of a worksheet have something filled in ("3 van 7 onderdelen ingevuld"). */
import { BLOCKS, SURE_KEYS, type Worksheet } from './model';

const any = (...values: unknown[]) => values.some((v) => (Array.isArray(v) ? v.length > 0 : v !== '' && v != null));

/** One boolean per block, in BLOCKS order. */
export function filledBlocks(s: Worksheet): boolean[] {
  return [
    any(s.conversation, s.date, s.time, s.mode, s.companion, s.companionWho.trim()),
    any(s.decision.trim(), s.deadline, s.stage, s.goal.trim()),
    any(s.leaning) || s.options.some((o) => any(o.name.trim()) || [...o.pros, ...o.cons].some((p) => any(p.text.trim()))),
    any(s.involved.trim(), s.theirView.trim(), s.pressure, s.pressureFrom.trim(), s.role),
    SURE_KEYS.some((k) => s.sure[k] !== ''),
    any(s.picked) || s.own.some((q) => any(q.text.trim())),
    any(s.agreements.trim(), s.opinion.trim(), s.evaluation, s.report),
  ];
}

export function progress(s: Worksheet): { filled: number; total: number } {
  return { filled: filledBlocks(s).filter(Boolean).length, total: BLOCKS.length };
}
