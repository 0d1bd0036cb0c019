// Xero Accounting dates use the .NET JSON form (reference xero-accounting.md §3 "Dates").

/** A record date: `/Date(1503348544227+0000)/`. */
export const msDate = (ms: number) => `/Date(${ms}+0000)/`;

/** The envelope's DateTimeUTC: `/Date(1551399323399)/` (no offset). */
export const envelopeDate = (ms: number) => `/Date(${ms})/`;

/** Parses `/Date(ms[+-hhmm])/` or an ISO string; undefined when neither. */
export function parseXeroDate(value: unknown): number | undefined {
  if (typeof value !== 'string') return undefined;
  const m = /^\/Date\((-?\d+)([+-]\d{4})?\)\/$/.exec(value);
  if (m) return Number(m[1]);
  return parseIsoUtc(value);
}

/** ISO with or without a zone (no zone = UTC, as Xero reads If-Modified-Since), or an HTTP date. */
export function parseIsoUtc(value: string): number | undefined {
  const v = value.trim();
  if (/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?)?$/.test(v))
    return Date.parse(v.length === 10 ? `${v}T00:00:00Z` : `${v}Z`);
  const ms = Date.parse(v);
  return Number.isFinite(ms) ? ms : undefined;
}
