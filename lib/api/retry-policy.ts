// Retry policy shared by every client (STYLE 7: policies are named constants in the file that owns them).

/** Attempts per request, the first included. */
export const MAX_ATTEMPTS = 4;

/** Wait before attempt 2, 3, 4 after a 5xx, a timeout, a dropped connection or an unreadable body. */
export const RETRY_BACKOFF_MS = [1_000, 4_000, 10_000] as const;

/** A 429 asking for a longer wait than this (a daily limit can say hours) is surfaced instead of slept through. */
export const MAX_RETRY_AFTER_WAIT_MS = 120_000;

/** How long one request may wait out 429s in all (shared limits: other browsers can keep the minute spent). */
export const MAX_RATE_LIMITED_WAIT_MS = 10 * 60_000;

/** Wait after a 429 that carries no usable Retry-After. */
export const DEFAULT_RETRY_AFTER_MS = 60_000;

/** Per-attempt limit from sending the request to having read the whole body. */
export const DEFAULT_TIMEOUT_MS = 30_000;

/** Backoff before the given attempt number (2 is the first retry). */
export function backoffMs(attempt: number): number {
  return RETRY_BACKOFF_MS[Math.min(attempt - 2, RETRY_BACKOFF_MS.length - 1)] ?? RETRY_BACKOFF_MS[0];
}

/** Reads `Retry-After` (seconds or an HTTP date) in milliseconds. */
export function parseRetryAfter(value: string | null, now: number): number | undefined {
  if (value === null || value.trim() === '') return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}
