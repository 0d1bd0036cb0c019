// The reliability suite: seeded runs of the demo firm with 20% faults (429, 500, 503, slow, dropped, malformed) on
// every service each reach exactly the fault-free end state within 3 runs. `npm test` runs a few seeds;
// `npm run test:reliability` runs RELIABILITY_SEEDS of them (100), split over the shard files so they run in parallel.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSandbox, type Sandbox } from '../sandbox/server';
import type { EndState } from './end-state';
import { RUN_BUDGET, faultFreeState, trial } from './settle';

/** Seeds in all (2 in `npm test`, 100 in `npm run test:reliability`). */
export const SEEDS = Number(process.env.RELIABILITY_SEEDS ?? 2);
/** The shard files (faults-<n>.test.ts) that share the seeds. */
export const SHARDS = 2;

/** Declares the seeds of one shard: seed s belongs to shard s mod SHARDS. */
export function faultSuite(shard: number): void {
  const seeds = Array.from({ length: SEEDS }, (_, i) => i + 1).filter((s) => s % SHARDS === shard);
  let sb: Sandbox;
  let expected: EndState;
  beforeAll(async () => {
    sb = await startSandbox({ port: 0 });
    expected = await faultFreeState(sb);
  }, 120_000);
  afterAll(() => sb.close());

  describe(`demo firm under 20% faults (shard ${shard}: ${seeds.length} of ${SEEDS} seeds)`, () => {
    it.each(seeds)(
      `seed %i settles within ${RUN_BUDGET} runs to the fault-free end state`,
      async (seed) => {
        const result = await trial(sb, seed, expected);
        expect(result.faults).toBeGreaterThan(0);
        if (result.settledAfter === 0) expect(result.state).toEqual(expected);
        expect(result.settledAfter).toBeGreaterThan(0);
        process.stderr.write(`seed ${seed}: ${result.faults} faults, settled after ${result.settledAfter} run(s)\n`);
      },
      180_000,
    );
  });
}
