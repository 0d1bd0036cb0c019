import { performance } from 'node:perf_hooks';

/** Warm-up and measured repetitions of a benchmark. */
export interface TimingOptions {
  readonly warmup?: number;
  readonly runs?: number;
}

/** Runs `fn` `warmup` times unmeasured, then `runs` times, and returns the median wall time in milliseconds. */
export function medianMs(fn: () => unknown, options: TimingOptions = {}): number {
  return interleavedMedianMs([fn], options)[0] as number;
}

/**
 * Median wall times (ms) of several functions measured in alternation, so a change in machine load during the run
 * affects all of them alike and their ratio stays meaningful.
 */
export function interleavedMedianMs(fns: readonly (() => unknown)[], { warmup = 2, runs = 7 }: TimingOptions = {}) {
  for (let i = 0; i < warmup; i++) fns.forEach((fn) => fn());
  const times = fns.map(() => [] as number[]);
  for (let i = 0; i < runs; i++) {
    fns.forEach((fn, f) => {
      const start = performance.now();
      fn();
      times[f]?.push(performance.now() - start);
    });
  }
  return times.map((list) => list.sort((a, b) => a - b)[Math.floor(list.length / 2)] as number);
}
