import { afterEach, describe, expect, it, vi } from 'vitest';
import { createClock } from './clock';

describe('sandbox clock', () => {
  afterEach(() => vi.useRealTimers());

  it('runs at real time by default and moves forward with advance and set', () => {
    vi.useFakeTimers({ now: 1_000_000 });
    const clock = createClock();
    vi.advanceTimersByTime(500);
    expect(clock.now()).toBe(1_000_500);
    clock.advance(60_000);
    expect(clock.now()).toBe(1_060_500);
    clock.set(2_000_000);
    vi.advanceTimersByTime(10);
    expect(clock.now()).toBe(2_000_010);
  });

  it('at speed 20 passes 20 sandbox seconds per real second, advance and set included', () => {
    vi.useFakeTimers({ now: 1_000_000 });
    const clock = createClock({ speed: 20 });
    vi.advanceTimersByTime(3_000);
    expect(clock.now()).toBe(1_060_000);
    clock.advance(1_000);
    expect(clock.now()).toBe(1_061_000);
    clock.set(5_000_000);
    vi.advanceTimersByTime(100);
    expect(clock.now()).toBe(5_002_000);
  });

  it('a frozen clock ignores speed and rejects a speed outside 1..1000', () => {
    vi.useFakeTimers({ now: 1_000_000 });
    const frozen = createClock({ frozenAt: 42, speed: 50 });
    vi.advanceTimersByTime(1_000);
    expect(frozen.now()).toBe(42);
    expect(() => createClock({ speed: 0.5 })).toThrow(/speed/);
    expect(() => createClock({ speed: 5_000 })).toThrow(/speed/);
  });
});
