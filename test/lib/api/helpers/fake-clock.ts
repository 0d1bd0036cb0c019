import type { Clock } from '../../../../lib/api/clock';

/** A clock whose sleeps advance virtual time at once, recording each wait. */
export function createFakeClock(start = Date.UTC(2026, 0, 1)) {
  let now = start;
  const sleeps: number[] = [];
  const clock: Clock = {
    now: () => now,
    sleep: async (ms) => {
      sleeps.push(ms);
      now += Math.max(0, ms);
      await Promise.resolve();
    },
  };
  return {
    clock,
    sleeps,
    advance(ms: number) {
      now += ms;
    },
  };
}
