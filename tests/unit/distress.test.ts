/**
 * The distress phrases (src/data/distress.ts): what must open search with the
 * urgent help block, and the look-alikes that must not.
 */
import { describe, expect, it } from 'vitest';
import { distressTokens, isDistress } from '../../src/lib/distress';
import { ANYWHERE, AT_END } from '../../src/data/distress';
import { DISTRESS_QUERIES, LOOK_ALIKES } from '../fixtures/distress-queries';


describe('distress phrases', () => {
  it.each(DISTRESS_QUERIES)('“%s” opens search with help first', (q) => {
    expect(isDistress(q)).toBe(true);
  });

  it.each(LOOK_ALIKES)('“%s” is an ordinary question', (q) => {
    expect(isDistress(q)).toBe(false);
  });

  it('finds every phrase of the list as typed, and in a longer sentence', () => {
    for (const p of ANYWHERE) {
      expect(isDistress(p), p).toBe(true);
      expect(isDistress(`sinds ik ziek ben ${p}`), p).toBe(true);
    }
    for (const p of AT_END) {
      expect(isDistress(p), p).toBe(true);
      // At the end only: the same words followed by a question about work are not distress.
      expect(isDistress(`${p} werken dan vier uur per dag`), p).toBe(false);
    }
  });

  it('reads accents, apostrophes, joined words and short spelling variants', () => {
    expect(distressTokens('Suïcide!')).toEqual(['suicide']);
    expect(distressTokens('ik kannie meer')).toEqual(['ik', 'kan', 'niet', 'meer']);
    expect(distressTokens('zelf moord')).toEqual(['zelfmoord']);
    expect(distressTokens('ik trek ’t niet')).toEqual(['ik', 'trek', 'het', 'niet']);
  });
});
