import { performance } from 'node:perf_hooks';

/** Warm-up and measured repetitions of a benchmark. */
export interface TimingOptions {
  readonly warmup?: number;
  readonly runs?: number;
}

/** Median wall time, and median CPU time of this process (closer to an idle machine's wall time under load), in ms. */
export interface Timing {
  readonly wallMs: number;
  readonly cpuMs: number;
}

/** Runs `fn` `warmup` times unmeasured, then `runs` times, and returns its median timings. */
export function medianTiming(fn: () => unknown, options: TimingOptions = {}): Timing {
  return interleavedTimings([fn], options)[0] as Timing;
}

/**
 * Median timings of several functions measured in alternation, so a change in machine load during the run affects
 * all of them alike and their ratio stays meaningful.
 */
export function interleavedTimings(
  fns: readonly (() => unknown)[],
  { warmup = 2, runs = 7 }: TimingOptions = {},
): Timing[] {
  for (let i = 0; i < warmup; i++) fns.forEach((fn) => fn());
  const walls = fns.map(() => [] as number[]);
  const cpus = fns.map(() => [] as number[]);
  for (let i = 0; i < runs; i++) {
    fns.forEach((fn, f) => {
      const cpuStart = process.cpuUsage();
      const start = performance.now();
      fn();
      walls[f]?.push(performance.now() - start);
      const cpu = process.cpuUsage(cpuStart);
      cpus[f]?.push((cpu.user + cpu.system) / 1000);
    });
  }
  return fns.map((_, f) => ({ wallMs: median(walls[f] ?? []), cpuMs: median(cpus[f] ?? []) }));
}

function median(values: number[]): number {
  return values.sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;
}
