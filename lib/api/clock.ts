/** Time as the clients see it: injectable so tests run without real waits. */
export interface Clock {
  now(): number;
  sleep(ms: number): Promise<void>;
}

/** The wall clock with real timers. */
export const systemClock: Clock = {
  now: () => Date.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, Math.max(0, ms))),
};

/**
 * The wall clock run `speed` times faster from now on: waits last 1/speed as long and `now()` moves `speed` times as
 * fast. Only a benchmark build uses it (`WXT_CLOCK_SPEED`), against a sandbox started at the same speed, so the real
 * limits (120 Karbon calls per minute) are met in a fraction of the time; every other build uses `systemClock`.
 */
export function speededClock(speed: number): Clock {
  if (!(speed >= 1)) throw new Error('clock speed must be at least 1');
  if (speed === 1) return systemClock;
  const origin = Date.now();
  return {
    now: () => origin + (Date.now() - origin) * speed,
    sleep: (ms) => systemClock.sleep(ms / speed),
  };
}
