/** Dates for tests that enter a sick-leave start date. */

/**
 * The reader's local date `days` days before today, as "YYYY-MM-DD" (what a
 * date field holds). Plain `Date` arithmetic, not src/lib/calendar.ts: a test
 * must not compute its input with the code it checks.
 */
export function isoDaysAgo(days: number): string {
  const d = new Date();
  d.setDate(d.getDate() - days);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}
