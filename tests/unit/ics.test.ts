import { describe, expect, it } from 'vitest';
import { buildIcs, escapeText, foldLine } from '../../src/lib/ics';

const NOW = new Date('2026-12-30T08:05:09Z');
const octets = (s: string) => new TextEncoder().encode(s).length;

describe('buildIcs', () => {
  const ics = buildIcs([{ uid: 'abc', date: { y: 2026, m: 3, d: 5 }, title: 'Evaluatie', description: 'Hoe gaat het?' }], NOW);

  it('uses CRLF line endings only, and ends with CRLF', () => {
    expect(ics.endsWith('\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });

  it('writes a complete calendar with one all-day event', () => {
    expect(ics.split('\r\n')).toEqual([
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'PRODID:-//Keuzehulp re-integratie//NL',
      'CALSCALE:GREGORIAN',
      'METHOD:PUBLISH',
      'BEGIN:VEVENT',
      'UID:abc@keuzehulp-reintegratie.nl',
      'DTSTAMP:20261230T080509Z',
      'DTSTART;VALUE=DATE:20260305',
      'DTEND;VALUE=DATE:20260306',
      'SUMMARY:Evaluatie',
      'DESCRIPTION:Hoe gaat het?',
      'TRANSP:TRANSPARENT',
      'END:VEVENT',
      'END:VCALENDAR',
      '',
    ]);
  });

  it('leaves DESCRIPTION out when there is none, and supports several events', () => {
    const two = buildIcs(
      [
        { uid: 'a', date: { y: 2026, m: 1, d: 1 }, title: 'Een' },
        { uid: 'b', date: { y: 2026, m: 1, d: 2 }, title: 'Twee' },
      ],
      NOW,
    );
    expect(two).not.toContain('DESCRIPTION');
    expect(two.match(/BEGIN:VEVENT/g)).toHaveLength(2);
  });

  it('handles dates around the end of the year and leap days', () => {
    const at = (y: number, m: number, d: number) => buildIcs([{ uid: 'x', date: { y, m, d }, title: 't' }], NOW);
    expect(at(2026, 12, 31)).toContain('DTSTART;VALUE=DATE:20261231\r\nDTEND;VALUE=DATE:20270101');
    expect(at(2027, 1, 1)).toContain('DTSTART;VALUE=DATE:20270101\r\nDTEND;VALUE=DATE:20270102');
    expect(at(2028, 2, 28)).toContain('DTEND;VALUE=DATE:20280229');
    expect(at(2028, 2, 29)).toContain('DTEND;VALUE=DATE:20280301');
  });

  it('stamps in UTC even for a local time just after midnight on New Year', () => {
    const ics2 = buildIcs([{ uid: 'x', date: { y: 2027, m: 1, d: 1 }, title: 't' }], new Date('2026-12-31T23:30:00Z'));
    expect(ics2).toContain('DTSTAMP:20261231T233000Z');
  });
});

describe('escapeText', () => {
  it('escapes backslash, semicolon, comma and newlines', () => {
    expect(escapeText('a\\b;c,d\ne\r\nf\rg')).toBe('a\\\\b\\;c\\,d\\ne\\nf\\ng');
  });

  it('is applied to titles, descriptions and uids', () => {
    const ics = buildIcs([{ uid: 'a,b', date: { y: 2026, m: 1, d: 1 }, title: 'Gesprek; bedrijfsarts, 2e', description: 'Regel 1\nRegel 2' }], NOW);
    expect(ics).toContain('UID:a\\,b@keuzehulp-reintegratie.nl\r\n');
    expect(ics).toContain('SUMMARY:Gesprek\\; bedrijfsarts\\, 2e\r\n');
    expect(ics).toContain('DESCRIPTION:Regel 1\\nRegel 2\r\n');
  });
});

describe('line folding', () => {
  it('keeps short lines as they are', () => {
    expect(foldLine('SUMMARY:kort')).toBe('SUMMARY:kort');
    expect(foldLine('x'.repeat(75))).toBe('x'.repeat(75));
  });

  it('folds at 75 octets, continuation lines start with a space', () => {
    const folded = foldLine('x'.repeat(200));
    const lines = folded.split('\r\n');
    expect(lines[0]).toHaveLength(75);
    expect(lines.slice(1).every((l) => l.startsWith(' ') && octets(l) <= 75)).toBe(true);
    expect(lines.map((l, i) => (i ? l.slice(1) : l)).join('')).toBe('x'.repeat(200));
  });

  it('counts UTF-8 octets and never splits a character', () => {
    const text = 'DESCRIPTION:' + 'één café 😀 '.repeat(20);
    const lines = foldLine(text).split('\r\n');
    expect(lines.every((l) => octets(l) <= 75)).toBe(true);
    expect(lines.map((l, i) => (i ? l.slice(1) : l)).join('')).toBe(text);
    expect(lines.join('')).not.toContain('\uFFFD');
  });

  it('folds every long line of a full calendar', () => {
    const ics = buildIcs([{ uid: 'x', date: { y: 2026, m: 6, d: 1 }, title: 'Evaluatie: ' + 'Gesprek met de bedrijfsarts '.repeat(5), description: 'ë'.repeat(100) }], NOW);
    expect(ics.split('\r\n').every((l) => octets(l) <= 75)).toBe(true);
    expect(ics).toMatch(/\r\n [^\r\n]/);
  });
});
