/**
 * A small, generic iCalendar (RFC 5545) builder for all-day events: used by the
 * worksheet (evaluation date) and the week calculator. Output has CRLF line
 * endings, lines folded at 75 octets (UTF-8, never inside a character) and
 * escaped text values. Pure: the caller passes `now` for DTSTAMP.
 */
import { addDays, type CalendarDate } from './calendar';
import { ID_DOMAIN, SITE_NAME } from '../data/site';

export interface IcsEvent {
  /** Stable for the same event; the site's domain is added ("<uid>@keuzehulp-reintegratie.nl"). */
  uid: string;
  /** The day of the all-day event. */
  date: CalendarDate;
  title: string;
  description?: string;
}

export const PRODID = `-//${SITE_NAME}//NL`;

/** Escape a TEXT value: backslash, semicolon, comma and newlines. */
export function escapeText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

const encoder = new TextEncoder();

/** Fold a content line: at most 75 octets per line, continuation lines start with one space. */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  let limit = 75;
  for (const ch of line) {
    const size = encoder.encode(ch).length;
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
      limit = 74; // the leading space counts
    }
    current += ch;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

function dateValue(d: CalendarDate): string {
  return `${pad(d.y, 4)}${pad(d.m)}${pad(d.d)}`;
}

/** DTSTAMP: the moment the file was made, in UTC ("20260305T101500Z"). */
function stamp(now: Date): string {
  return (
    `${pad(now.getUTCFullYear(), 4)}${pad(now.getUTCMonth() + 1)}${pad(now.getUTCDate())}` +
    `T${pad(now.getUTCHours())}${pad(now.getUTCMinutes())}${pad(now.getUTCSeconds())}Z`
  );
}

export function buildIcs(events: IcsEvent[], now: Date): string {
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', `PRODID:${PRODID}`, 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH'];
  for (const e of events) {
    lines.push(
      'BEGIN:VEVENT',
      `UID:${escapeText(`${e.uid}@${ID_DOMAIN}`)}`,
      `DTSTAMP:${stamp(now)}`,
      `DTSTART;VALUE=DATE:${dateValue(e.date)}`,
      // DTEND is exclusive: the next day, so the event covers exactly one day.
      `DTEND;VALUE=DATE:${dateValue(addDays(e.date, 1))}`,
      `SUMMARY:${escapeText(e.title)}`,
    );
    if (e.description) lines.push(`DESCRIPTION:${escapeText(e.description)}`);
    lines.push('TRANSP:TRANSPARENT', 'END:VEVENT');
  }
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join('\r\n') + '\r\n';
}
