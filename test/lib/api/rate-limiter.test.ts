import { describe, expect, it } from 'vitest';
import { createRateLimiter, createRateLimiterRegistry, XERO_RATE_POLICY } from '../../../lib/api/rate-limiter';
import { createFakeClock } from './helpers/fake-clock';

describe('createRateLimiter', () => {
  it('never starts more than the policy allows in any window', async () => {
    const { clock } = createFakeClock();
    const limiter = createRateLimiter(XERO_RATE_POLICY, clock);
    const starts: number[] = [];
    await Promise.all(
      Array.from({ length: 150 }, () =>
        limiter.run(async () => {
          starts.push(clock.now());
        }),
      ),
    );
    expect(starts).toHaveLength(150);
    for (const [i, t] of starts.entries()) {
      const inWindow = starts.filter((s) => s > t - XERO_RATE_POLICY.windowMs && s <= t).length;
      expect(inWindow, `start ${i}`).toBeLessThanOrEqual(XERO_RATE_POLICY.perWindow);
    }
    expect(starts.at(-1)! - starts[0]!).toBeGreaterThanOrEqual(2 * XERO_RATE_POLICY.windowMs);
  });

  it('keeps at most 5 calls in flight, one of them for user actions only', async () => {
    const { clock } = createFakeClock();
    const limiter = createRateLimiter(XERO_RATE_POLICY, clock);
    let inFlight = 0;
    let peak = 0;
    const task = async () => {
      inFlight++;
      peak = Math.max(peak, inFlight);
      await new Promise((resolve) => setTimeout(resolve, 1));
      inFlight--;
    };
    await Promise.all(Array.from({ length: 20 }, () => limiter.run(task)));
    expect(peak).toBe(4);
    peak = 0;
    const user = limiter.forUser();
    await Promise.all(Array.from({ length: 20 }, (_, i) => (i % 2 ? user.run(task) : limiter.run(task))));
    expect(peak).toBe(5);
    expect(limiter.stats().inFlight).toBe(0);
  });

  it('keeps a share of every window for user actions: a click right after a sync spent its share starts at once', async () => {
    const time = createFakeClock();
    const limiter = createRateLimiter(XERO_RATE_POLICY, time.clock);
    const bulkShare = XERO_RATE_POLICY.perWindow - (XERO_RATE_POLICY.userReserve ?? 0);
    const t0 = time.clock.now();
    const bulkStarts: number[] = [];
    await Promise.all(
      Array.from({ length: bulkShare }, () => limiter.run(async () => bulkStarts.push(time.clock.now()))),
    );
    expect(bulkStarts.every((t) => t === t0)).toBe(true);

    const user = limiter.forUser();
    const userStarts: number[] = [];
    for (let i = 0; i < (XERO_RATE_POLICY.userReserve ?? 0); i++) {
      await user.run(async () => userStarts.push(time.clock.now()));
    }
    expect(userStarts.every((t) => t === t0)).toBe(true);
    // The bulk lane's next call waits for the window to move.
    await limiter.run(async () => bulkStarts.push(time.clock.now()));
    expect(bulkStarts.at(-1)! - t0).toBe(XERO_RATE_POLICY.windowMs);
  });

  it('starts a waiting user call before bulk calls that queued earlier', async () => {
    const { clock } = createFakeClock();
    const limiter = createRateLimiter({ perWindow: 100, windowMs: 1_000, concurrency: 2, userReserve: 10 }, clock);
    const order: string[] = [];
    let release = () => {};
    const blocker = new Promise<void>((resolve) => (release = resolve));
    const busy = limiter.run(() => blocker);
    const userBusy = limiter.forUser().run(() => blocker);
    const bulk = Array.from({ length: 3 }, (_, i) => limiter.run(async () => void order.push(`bulk ${i}`)));
    const user = limiter.forUser().run(async () => void order.push('user'));
    release();
    await Promise.all([busy, userBusy, ...bulk, user]);
    expect(order[0]).toBe('user');
  });

  it('holds every new call until a pause ends and frees the slot when a task throws', async () => {
    const time = createFakeClock();
    const limiter = createRateLimiter({ perWindow: 10, windowMs: 1_000, concurrency: 1 }, time.clock);
    await expect(limiter.run(async () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    const t0 = time.clock.now();
    limiter.pauseUntil(t0 + 7_000);
    limiter.pauseUntil(t0 + 3_000);
    let startedAt = 0;
    await limiter.run(async () => {
      startedAt = time.clock.now();
    });
    expect(startedAt - t0).toBe(7_000);
  });

  it('keeps one limiter per tenant key', () => {
    const registry = createRateLimiterRegistry();
    const a = registry.forTenant('xero:org-1', XERO_RATE_POLICY);
    expect(registry.forTenant('xero:org-1', XERO_RATE_POLICY)).toBe(a);
    expect(registry.forTenant('xpm:practice-1', XERO_RATE_POLICY)).not.toBe(a);
  });
});
