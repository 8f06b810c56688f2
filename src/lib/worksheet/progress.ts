/** Which blocks of a worksheet have something filled in ("3 van 7 onderdelen ingevuld"), derived from FORM. */
import { FORM, type BlockKey, type Field } from './form';
import type { Option, Question, Worksheet } from './model';

const text = (v: unknown) => typeof v === 'string' && v.trim() !== '';

/** Does this field hold an answer? Meta fields (the worksheet's name) never count. */
export function isFilled(f: Field, s: Worksheet): boolean {
  const v = s[f.key];
  switch (f.kind) {
    case 'options':
      return (v as Option[]).some((o) => text(o.name) || [...o.pros, ...o.cons].some((p) => text(p.text)));
    case 'picked':
      return (v as Question[]).length > 0;
    case 'own':
      return (v as Question[]).some((q) => text(q.text));
    case 'check':
      return Object.values(v as Record<string, string>).some((a) => a !== '');
    case 'text':
      return !('meta' in f && f.meta) && text(v);
    default:
      return text(v);
  }
}

export function isBlockFilled(key: BlockKey, s: Worksheet): boolean {
  return FORM.find((b) => b.key === key)!.fields.some((f: Field) => isFilled(f, s));
}

/** The blocks that hold an answer. */
export function filledBlocks(s: Worksheet): Set<BlockKey> {
  return new Set(FORM.filter((b) => isBlockFilled(b.key, s)).map((b) => b.key));
}

export function progress(s: Worksheet): { filled: number; total: number } {
  return { filled: filledBlocks(s).size, total: FORM.length };
}
