import { describe, expect, it } from 'vitest';
import { emptySheet } from '../../src/lib/worksheet/model';
import { filledBlocks, progress } from '../../src/lib/worksheet/progress';
import { NOW, fullSheet } from './worksheet-fixtures';

describe('worksheet progress', () => {
  it('an empty worksheet has nothing filled in', () => {
    expect(progress(emptySheet('a', NOW))).toEqual({ filled: 0, total: 7 });
  });

  it('a full worksheet has every block filled in', () => {
    expect(progress(fullSheet())).toEqual({ filled: 7, total: 7 });
  });

  it('counts a block as soon as one answer is given', () => {
    const s = { ...emptySheet('a', NOW), mode: 'video', sure: { zeker: 'nee', snap: '', waarde: '', steun: '' } } as const;
    expect(filledBlocks(s)).toEqual([true, false, false, false, true, false, false]);
  });

  it('does not count whitespace, empty options or the worksheet name', () => {
    const s = {
      ...emptySheet('a', NOW),
      title: 'Mijn gesprek',
      goal: '   ',
      options: [{ id: 'o', name: ' ', pros: [{ id: 'p', text: '', weight: null }], cons: [] }],
      own: [{ id: 'q', text: '' }],
    };
    expect(progress(s).filled).toBe(0);
  });

  it('counts options, picked questions and the evaluation date', () => {
    const s = {
      ...emptySheet('a', NOW),
      options: [{ id: 'o', name: '', pros: [{ id: 'p', text: 'Rust', weight: null }], cons: [] }],
      picked: [{ id: 'x', text: 'Vraag' }],
      evaluation: '2026-04-01',
    };
    expect(filledBlocks(s)).toEqual([false, false, true, false, false, true, true]);
  });
});
