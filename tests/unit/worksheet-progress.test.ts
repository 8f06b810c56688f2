import { describe, expect, it } from 'vitest';
import { emptySheet } from '../../src/lib/worksheet/model';
import { filledBlocks, progress } from '../../src/lib/worksheet/progress';
import { FORM } from '../../src/lib/worksheet/form';
import { NOW, fullSheet } from './worksheet-fixtures';

describe('worksheet progress', () => {
  it('an empty worksheet has nothing filled in', () => {
    expect(progress(emptySheet('a', NOW))).toEqual({ filled: 0, total: FORM.length });
  });

  it('a full worksheet has every block filled in', () => {
    expect(progress(fullSheet())).toEqual({ filled: FORM.length, total: FORM.length });
  });

  it('counts a block as soon as one answer is given', () => {
    const s = { ...emptySheet('a', NOW), mode: 'video', sure: { zeker: 'nee', snap: '', waarde: '', steun: '' } } as const;
    expect([...filledBlocks(s)]).toEqual(['gesprek', 'check']);
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
    expect([...filledBlocks(s)]).toEqual(['opties', 'vragen', 'na']);
  });
});
