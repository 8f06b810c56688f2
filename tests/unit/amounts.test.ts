/**
 * Money figures live once, in src/data/amounts.ts, with the period they are
 * valid for. This test fails on the day after a euro amount's validity ends,
 * so an outdated figure cannot stay on the site unnoticed; renew the entry
 * (value, dates, source) to make it pass again. It also checks that content
 * takes figures from there instead of typing them.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { AMOUNTS, currentAmount, expiredAmounts, formatAmount, getAmount, isoDate, type Amount } from '../../src/data/amounts';
import { EXPIRED } from '../fixtures/amounts-expired';
import { CONTENT, listFiles } from '../support/content-files';

const all = AMOUNTS as readonly Amount[];
const today = isoDate(new Date());
const contentFiles = listFiles(CONTENT, /\.(mdx|ya?ml)$/).filter((f) => !f.endsWith('synonyms.yaml'));

describe('amounts are dated and current', () => {
  it('no amount has passed its validity (today is ' + today + ')', () => {
    expect(expiredAmounts(all, today).map((a) => `${a.id}: geldig tot ${a.validUntil}`)).toEqual([]);
  });

  it('the check catches an outdated figure (fixture)', () => {
    expect(expiredAmounts(EXPIRED, '2026-01-01').map((a) => a.id)).toEqual(['maximumdagloon']);
    expect(expiredAmounts(EXPIRED, '2025-12-31')).toEqual([]);
  });

  it('the build refuses a figure once its validity has passed', () => {
    const d = getAmount('maximumdagloon');
    expect(currentAmount('maximumdagloon', d.validUntil!)).toBe(d);
    const dayAfter = isoDate(new Date(Date.parse(`${d.validUntil}T00:00:00Z`) + 86_400_000));
    expect(() => currentAmount('maximumdagloon', dayAfter)).toThrow(/gold tot/);
  });

  it('every euro amount has an end date, a source and a sensible period; ids are unique', () => {
    for (const a of all) {
      if (a.kind === 'euro') expect(a.validUntil, a.id).not.toBeNull();
      if (a.validUntil) expect(a.validFrom < a.validUntil, a.id).toBe(true);
      expect(a.source.url, a.id).toMatch(/^https:\/\//);
      expect(a.rule.length, a.id).toBeGreaterThan(3);
    }
    expect(new Set(all.map((a) => a.id)).size).toBe(all.length);
  });

  it('formats figures the Dutch way', () => {
    expect(formatAmount(getAmount('maximumdagloon'))).toBe('€ 304,25 per dag');
    expect(formatAmount(getAmount('maximumpremieloon'))).toBe('€ 79.409 per jaar');
    expect(formatAmount(getAmount('vervolg-65-80'))).toBe('50,75%');
  });

  it('WGA percentages match the fact sheet (round 3)', () => {
    const v = (id: string) => getAmount(id).value;
    expect([v('lgu-start'), v('lgu'), v('loonaanvulling'), v('iva')]).toEqual([75, 70, 70, 75]);
    expect([v('vervolg-35-45'), v('vervolg-45-55'), v('vervolg-55-65'), v('vervolg-65-80')]).toEqual([28, 35, 42, 50.75]);
    // Fully but not permanently unable gets a loonaanvulling of the old wage, not a vervolguitkering of
    // the minimum wage (WIA art. 60 lid 3, art. 61 lid 2): there is no such vervolg class to show.
    expect(() => getAmount('vervolg-80-100')).toThrow();
  });
});

describe('content takes figures from the data', () => {
  it('every <Bedrag id> names a known figure', () => {
    const ids = contentFiles.flatMap((f) => [...readFileSync(f, 'utf8').matchAll(/<Bedrag\s+id="([^"]+)"/g)].map((m) => m[1]!));
    expect(ids.length).toBeGreaterThan(5);
    expect(ids.filter((id) => !all.some((a) => a.id === id))).toEqual([]);
  });

  it('no content types a euro figure for the minimum wage, the daily wage or a benefit', () => {
    const bad = contentFiles.flatMap((f) =>
      readFileSync(f, 'utf8')
        .split(/(?<=[.?!])\s+/)
        .filter((s) => /€\s?\d/.test(s) && /minimumloon|dagloon|premieloon|per uur/i.test(s) && !/voorbeeld/i.test(s))
        .map((s) => `${f}: ${s}`),
    );
    expect(bad).toEqual([]);
  });

  it('no content types the WGA vervolg percentages', () => {
    const bad = contentFiles.filter((f) => /\b(28|42|50,75)\s?(%|procent)/.test(readFileSync(f, 'utf8')));
    expect(bad).toEqual([]);
  });
});
