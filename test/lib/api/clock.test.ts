import { afterEach, describe, expect, it, vi } from 'vitest';
import { speededClock, systemClock } from '../../../lib/api/clock';

describe('speededClock', () => {
  afterEach(() => vi.useRealTimers());

  it('is the system clock at speed 1 and refuses a speed below 1', () => {
    expect(speededClock(1)).toBe(systemClock);
    expect(() => speededClock(0)).toThrow(/at least 1/);
  });

  it('moves and waits `speed` times as fast as the wall clock', async () => {
    vi.useFakeTimers({ now: 10_000 });
    const clock = speededClock(20);
    vi.advanceTimersByTime(1_000);
    expect(clock.now()).toBe(30_000);
    let woke = false;
    void clock.sleep(61_000).then(() => (woke = true));
    await vi.advanceTimersByTimeAsync(3_000);
    expect(woke).toBe(false);
    await vi.advanceTimersByTimeAsync(50);
    expect(woke).toBe(true);
  });
});
