/**
 * Week numbers come from one typed source (src/data/timeline.ts). Content may
 * not type them: a number next to "week"/"weken" in any content file fails here,
 * with the file and line, so pages cannot drift apart.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CONTENT, listFiles } from '../support/content-files';
import { fillWeeks } from '../../src/lib/weeks';
import { isDurationId, isMomentId } from '../../src/data/timeline';

const HARD_CODED = /\b\d+\s*(?:e\s+)?(?:week|weken)\b|\bweek\s*\d+|\bweken\s+\d+/i;

describe('content uses the timeline for week numbers', () => {
  const files = listFiles(CONTENT, /\.(mdx|ya?ml)$/);

  it('finds content files', () => {
    expect(files.length).toBeGreaterThan(3);
  });

  it('has no hard-coded week numbers', () => {
    const problems: string[] = [];
    for (const file of files) {
      readFileSync(file, 'utf8')
        .split('\n')
        .forEach((line, i) => {
          if (line.trim().startsWith('#')) return; // YAML comments
          if (HARD_CODED.test(line)) problems.push(`${file}:${i + 1}: ${line.trim()}`);
        });
    }
    expect(problems, `Gebruik <Week m="..."/> of {week:...} in plaats van:\n${problems.join('\n')}`).toEqual([]);
  });

  it('only refers to moments and durations that exist', () => {
    const problems: string[] = [];
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      for (const m of text.matchAll(/<(Week|When)\s+m="([^"]+)"/g)) if (!isMomentId(m[2]!)) problems.push(`${file}: ${m[0]}`);
      for (const m of text.matchAll(/<Weeks\s+d="([^"]+)"/g)) if (!isDurationId(m[1]!)) problems.push(`${file}: ${m[0]}`);
      try {
        fillWeeks(text);
      } catch (e) {
        problems.push(`${file}: ${(e as Error).message}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('catches the forms editors would type', () => {
    for (const bad of ['in week 6', 'na 42 weken', '104 weken lang', 'de 42e week', 'week42']) expect(bad).toMatch(HARD_CODED);
    for (const ok of ['de 42e-weeksmelding', 'twee jaar', 'weekend', 'per week een uur', 'een paar weken']) expect(ok).not.toMatch(HARD_CODED);
  });
});
