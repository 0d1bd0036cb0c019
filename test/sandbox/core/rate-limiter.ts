// Per-tenant call limits (Xero: https://developer.xero.com/faq/limits; Karbon: 120/min per app, reference B1).

/** The limits of one service. */
export interface LimitPolicy {
  perMinute: number;
  perDay?: number;
  concurrent?: number;
  /** App-wide calls per minute across tenants (Xero: 10,000). */
  appPerMinute?: number;
}

export const XERO_LIMITS: LimitPolicy = { perMinute: 60, perDay: 5000, concurrent: 5, appPerMinute: 10_000 };
export const KARBON_LIMITS: LimitPolicy = { perMinute: 120 };

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

/** Values of X-Rate-Limit-Problem; lowercase as observed on live Xero (reference §6). */
export type LimitProblem = 'minute' | 'day' | 'concurrent' | 'appminute';

export type Admission =
  | { ok: true; release(): void; remaining: { minute: number; day?: number; appMinute?: number } }
  | {
      ok: false;
      problem: LimitProblem;
      retryAfterSeconds: number;
      remaining: { minute: number; day?: number; appMinute?: number };
    };

interface Bucket {
  minute: number[];
  day: number[];
  inFlight: number;
}

function prune(times: number[], now: number, window: number): void {
  let drop = 0;
  while (drop < times.length && (times[drop] ?? 0) <= now - window) drop++;
  if (drop > 0) times.splice(0, drop);
}

function waitSeconds(times: number[], now: number, window: number): number {
  const oldest = times[0] ?? now;
  return Math.max(1, Math.ceil((oldest + window - now) / 1000));
}

/** Sliding-window limiter keyed by `${limitGroup}:${tenantId}`; a rejected call does not use up quota. */
export function createRateLimiter(now: () => number) {
  const buckets = new Map<string, Bucket>();
  const appMinute = new Map<string, number[]>();

  function bucket(key: string): Bucket {
    let b = buckets.get(key);
    if (!b) {
      b = { minute: [], day: [], inFlight: 0 };
      buckets.set(key, b);
    }
    return b;
  }

  function admit(group: string, tenantId: string, policy: LimitPolicy): Admission {
    const t = now();
    const b = bucket(`${group}:${tenantId}`);
    prune(b.minute, t, MINUTE);
    prune(b.day, t, DAY);
    const app = appMinute.get(group) ?? [];
    appMinute.set(group, app);
    prune(app, t, MINUTE);
    const remaining = () => ({
      minute: Math.max(0, policy.perMinute - b.minute.length),
      ...(policy.perDay !== undefined ? { day: Math.max(0, policy.perDay - b.day.length) } : {}),
      ...(policy.appPerMinute !== undefined ? { appMinute: Math.max(0, policy.appPerMinute - app.length) } : {}),
    });
    if (policy.perDay !== undefined && b.day.length >= policy.perDay)
      return { ok: false, problem: 'day', retryAfterSeconds: waitSeconds(b.day, t, DAY), remaining: remaining() };
    if (policy.appPerMinute !== undefined && app.length >= policy.appPerMinute)
      return {
        ok: false,
        problem: 'appminute',
        retryAfterSeconds: waitSeconds(app, t, MINUTE),
        remaining: remaining(),
      };
    if (b.minute.length >= policy.perMinute)
      return {
        ok: false,
        problem: 'minute',
        retryAfterSeconds: waitSeconds(b.minute, t, MINUTE),
        remaining: remaining(),
      };
    if (policy.concurrent !== undefined && b.inFlight >= policy.concurrent)
      return { ok: false, problem: 'concurrent', retryAfterSeconds: 1, remaining: remaining() };
    b.minute.push(t);
    b.day.push(t);
    app.push(t);
    b.inFlight++;
    let released = false;
    return {
      ok: true,
      remaining: remaining(),
      release: () => {
        if (released) return;
        released = true;
        b.inFlight--;
      },
    };
  }

  /** Counts a tenantless call (GET /connections) against the app-wide minute only; returns what is left. */
  function admitApp(group: string, policy: LimitPolicy): number {
    const t = now();
    const app = appMinute.get(group) ?? [];
    appMinute.set(group, app);
    prune(app, t, MINUTE);
    app.push(t);
    return Math.max(0, (policy.appPerMinute ?? 0) - app.length);
  }

  return {
    admit,
    admitApp,
    reset(): void {
      buckets.clear();
      appMinute.clear();
    },
  };
}

export type RateLimiter = ReturnType<typeof createRateLimiter>;
