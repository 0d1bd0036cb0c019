import { performance } from 'node:perf_hooks';

/** Runs `fn` `warmup` times unmeasured, then `runs` times, and returns the median wall time in milliseconds. */
export function medianMs(fn: () => unknown, { warmup = 2, runs = 7 }: { warmup?: number; runs?: number } = {}): number {
  for (let i = 0; i < warmup; i++) fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fn();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] as number;
}
