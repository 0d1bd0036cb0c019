import { systemClock, type Clock } from './clock';

/** How many calls one tenant may start per window and have in flight. */
export interface RatePolicy {
  perWindow: number;
  windowMs: number;
  concurrency: number;
  /** Calls of each window (and one in-flight slot) that only user actions may take, so a click never waits for a sync. */
  userReserve?: number;
}

/** Who a call is for: a user action waiting on screen, or bulk work (a sync run) that can wait. */
export type Lane = 'user' | 'bulk';

// Xero and XPM: 60 calls/minute and 5 concurrent per tenant (https://developer.xero.com/faq/limits). The window is
// padded by a second so requests that leave together but arrive late still land inside the server's minute.
// A fifth of each minute is kept for user actions (DESIGN.md §6: actions never queue behind a run).
export const XERO_RATE_POLICY: RatePolicy = { perWindow: 60, windowMs: 61_000, concurrency: 5, userReserve: 12 };

// Karbon: 120 requests/minute per account and API application (reference B1); no documented concurrency cap.
export const KARBON_RATE_POLICY: RatePolicy = { perWindow: 120, windowMs: 61_000, concurrency: 5, userReserve: 24 };

/** Paces the calls of one tenant; every request of a client runs through `run`. */
export interface RateLimiter {
  /** Runs `task` once a slot is free under the policy (bulk lane unless this is a `forUser()` view). */
  run<T>(task: () => Promise<T>): Promise<T>;
  /** The same limiter (same budget) whose calls take the user lane: ahead of bulk calls, with the reserve to use. */
  forUser(): RateLimiter;
  /** Holds every new call until `untilMs` (a 429's Retry-After applies to the whole tenant). */
  pauseUntil(untilMs: number): void;
  /**
   * The server's count of calls left in its current minute (X-MinLimit-Remaining), which other browsers of the same
   * organisation spend too: calls they made count against this window, so this client slows down before a 429.
   */
  observeRemaining?(minuteRemaining: number): void;
  /** Calls started in the current window and calls in flight, for diagnostics. */
  stats(): { startedInWindow: number; inFlight: number; pausedUntil: number };
}

/** Creates a sliding-window limiter for one tenant. */
export function createRateLimiter(policy: RatePolicy, clock: Clock = systemClock): RateLimiter {
  const starts: number[] = [];
  let inFlight = 0;
  let pausedUntil = 0;
  const waiters: Record<Lane, Array<() => void>> = { user: [], bulk: [] };
  const reserve = Math.min(policy.userReserve ?? 0, policy.perWindow - 1);
  const limits: Record<Lane, { perWindow: number; concurrency: number }> = {
    user: { perWindow: policy.perWindow, concurrency: policy.concurrency },
    bulk: {
      perWindow: policy.perWindow - Math.max(0, reserve),
      concurrency: reserve > 0 ? Math.max(1, policy.concurrency - 1) : policy.concurrency,
    },
  };

  function prune(now: number): void {
    while (starts.length > 0 && (starts[0] ?? 0) <= now - policy.windowMs) starts.shift();
  }

  async function acquire(lane: Lane): Promise<void> {
    const limit = limits[lane];
    for (;;) {
      const now = clock.now();
      prune(now);
      if (now < pausedUntil) {
        await clock.sleep(pausedUntil - now);
        continue;
      }
      if (starts.length >= limit.perWindow) {
        const oldest = starts[starts.length - limit.perWindow] ?? now;
        await clock.sleep(oldest + policy.windowMs - now);
        continue;
      }
      // A waiting user call goes first: bulk calls queue behind it.
      if (inFlight >= limit.concurrency || (lane === 'bulk' && waiters.user.length > 0)) {
        await new Promise<void>((resolve) => waiters[lane].push(resolve));
        continue;
      }
      starts.push(now);
      inFlight++;
      return;
    }
  }

  function release(): void {
    inFlight--;
    const next = waiters.user.shift();
    if (next) next();
    else waiters.bulk.shift()?.();
  }

  async function run<T>(lane: Lane, task: () => Promise<T>): Promise<T> {
    await acquire(lane);
    try {
      return await task();
    } finally {
      release();
    }
  }

  const limiter: RateLimiter = {
    run: (task) => run('bulk', task),
    forUser: () => ({ ...limiter, run: (task) => run('user', task), forUser: () => limiter.forUser() }),
    pauseUntil(untilMs) {
      pausedUntil = Math.max(pausedUntil, untilMs);
    },
    observeRemaining(minuteRemaining) {
      const now = clock.now();
      prune(now);
      // Calls the server counted that this client did not start: count them as started now (they free a window
      // later, which is cautious, since the server does not say when its minute began).
      const foreign = policy.perWindow - Math.max(0, minuteRemaining) - starts.length;
      for (let i = 0; i < foreign; i++) starts.push(now);
    },
    stats() {
      prune(clock.now());
      return { startedInWindow: starts.length, inFlight, pausedUntil };
    },
  };
  return limiter;
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
