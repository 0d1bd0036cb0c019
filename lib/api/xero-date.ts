// Xero Accounting dates are Microsoft JSON dates: `/Date(1503348544227+0000)/` on records and `/Date(1551399323399)/`
// on envelopes (reference §3); the offset says how the time was displayed, the number is already UTC milliseconds.
const MS_DATE = /^\/Date\((-?\d+)([+-]\d{4})?\)\/$/;

/** Reads a `/Date(ms±hhmm)/` value (or an ISO string) as a Date; undefined when absent or unreadable. */
export function parseXeroDate(value: string | undefined | null): Date | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  const match = MS_DATE.exec(value);
  if (match) return new Date(Number(match[1]));
  // Xero's zoneless ISO strings (e.g. /connections dates) are UTC (reference §2); Date.parse would read them as local.
  const zoneless = /^\d{4}-\d{2}-\d{2}T[\d:.]+$/.test(value);
  const iso = Date.parse(zoneless ? `${value}Z` : value);
  return Number.isNaN(iso) ? undefined : new Date(iso);
}

/** Formats a Date for `If-Modified-Since`, in UTC with an explicit zone so no server guesses it (reference §4). */
export function formatIfModifiedSince(date: Date): string {
  return date.toISOString();
}
