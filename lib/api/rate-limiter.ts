import { systemClock, type Clock } from './clock';

/** How many calls one tenant may start per window and have in flight. */
export interface RatePolicy {
  perWindow: number;
  windowMs: number;
  concurrency: number;
}

// Xero and XPM: 60 calls/minute and 5 concurrent per tenant (https://developer.xero.com/faq/limits). The window is
// padded by a second so requests that leave together but arrive late still land inside the server's minute.
export const XERO_RATE_POLICY: RatePolicy = { perWindow: 60, windowMs: 61_000, concurrency: 5 };

// Karbon: 120 requests/minute per account and API application (reference B1); no documented concurrency cap.
export const KARBON_RATE_POLICY: RatePolicy = { perWindow: 120, windowMs: 61_000, concurrency: 5 };

/** Paces the calls of one tenant; every request of a client runs through `run`. */
export interface RateLimiter {
  /** Runs `task` once a slot is free under the policy. */
  run<T>(task: () => Promise<T>): Promise<T>;
  /** Holds every new call until `untilMs` (a 429's Retry-After applies to the whole tenant). */
  pauseUntil(untilMs: number): void;
  /** Calls started in the current window and calls in flight, for diagnostics. */
  stats(): { startedInWindow: number; inFlight: number; pausedUntil: number };
}

/** Creates a sliding-window limiter for one tenant. */
export function createRateLimiter(policy: RatePolicy, clock: Clock = systemClock): RateLimiter {
  const starts: number[] = [];
  let inFlight = 0;
  let pausedUntil = 0;
  const waiters: Array<() => void> = [];

  function prune(now: number): void {
    while (starts.length > 0 && (starts[0] ?? 0) <= now - policy.windowMs) starts.shift();
  }

  async function acquire(): Promise<void> {
    for (;;) {
      const now = clock.now();
      prune(now);
      if (now < pausedUntil) {
        await clock.sleep(pausedUntil - now);
        continue;
      }
      if (starts.length >= policy.perWindow) {
        await clock.sleep((starts[0] ?? now) + policy.windowMs - now);
        continue;
      }
      if (inFlight >= policy.concurrency) {
        await new Promise<void>((resolve) => waiters.push(resolve));
        continue;
      }
      starts.push(now);
      inFlight++;
      return;
    }
  }

  function release(): void {
    inFlight--;
    waiters.shift()?.();
  }

  return {
    async run(task) {
      await acquire();
      try {
        return await task();
      } finally {
        release();
      }
    },
    pauseUntil(untilMs) {
      pausedUntil = Math.max(pausedUntil, untilMs);
    },
    stats() {
      prune(clock.now());
      return { startedInWindow: starts.length, inFlight, pausedUntil };
    },
  };
}

/** One limiter per service and tenant, created on first use (the background keeps one registry). */
export function createRateLimiterRegistry(clock: Clock = systemClock) {
  const limiters = new Map<string, RateLimiter>();
  return {
    /** The limiter for `tenantKey` (e.g. `xero:<tenantId>`), created with `policy` the first time. */
    forTenant(tenantKey: string, policy: RatePolicy): RateLimiter {
      let limiter = limiters.get(tenantKey);
      if (!limiter) {
        limiter = createRateLimiter(policy, clock);
        limiters.set(tenantKey, limiter);
      }
      return limiter;
    },
  };
}
