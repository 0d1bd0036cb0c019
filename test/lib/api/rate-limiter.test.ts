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

  it('keeps at most 5 calls in flight', async () => {
    const { clock } = createFakeClock();
    const limiter = createRateLimiter(XERO_RATE_POLICY, clock);
    let inFlight = 0;
    let peak = 0;
    await Promise.all(
      Array.from({ length: 20 }, () =>
        limiter.run(async () => {
          inFlight++;
          peak = Math.max(peak, inFlight);
          await new Promise((resolve) => setTimeout(resolve, 1));
          inFlight--;
        }),
      ),
    );
    expect(peak).toBe(5);
    expect(limiter.stats().inFlight).toBe(0);
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
