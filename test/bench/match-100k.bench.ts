import { availableParallelism, loadavg } from 'node:os';
import { matchAll } from '../../lib/match/match-all';
import { normalizedNameKey } from '../../lib/match/normalize-name';
import type { MatchRecord } from '../../lib/match/types';
import { generateMatchDataset } from './match-dataset';
import { interleavedTimings } from './timing';
import type { Timing } from './timing';
import { judge, type BenchEntry } from './types';

const SIZE = 100_000;
const MAX_MATCH_MS = 1000;
const MAX_RATIO = 3;

/**
 * Matching 100,000 x 100,000 contacts (DESIGN.md section 6): the value is the ratio to a bare pass that only normalizes
 * and hashes every name (machine-independent); the wall time must also stay under a second.
 */
export const matchBench: BenchEntry = {
  name: 'match',
  reports: ['match-100k'],
  async run({ quick }) {
    const { karbon, remote, planned } = generateMatchDataset(SIZE);
    const counts: Record<string, number> = {};
    for (const outcome of matchAll(karbon, remote)) counts[outcome.kind] = (counts[outcome.kind] ?? 0) + 1;
    const [match, bare] = interleavedTimings([() => matchAll(karbon, remote), () => normalizeAndHash(karbon, remote)], {
      warmup: quick ? 1 : 2,
      runs: quick ? 3 : 7,
    }) as [Timing, Timing];
    const matchMs = match.wallMs;
    const bareMs = bare.wallMs;
    const ratio = matchMs / bareMs;
    const failures: string[] = [];
    if (matchMs > MAX_MATCH_MS) failures.push(`matching took ${matchMs.toFixed(0)} ms (target < ${MAX_MATCH_MS} ms)`);
    const result = judge({
      name: 'match-100k',
      value: Number(ratio.toFixed(2)),
      unit: 'x bare pass',
      target: MAX_RATIO,
      failures,
      details: [
        { label: 'generated remote records by plan', value: JSON.stringify(planned) },
        { label: 'outcomes', value: JSON.stringify(counts) },
        {
          label: 'matchAll (median, alternating with the bare pass)',
          value: matchMs.toFixed(1),
          unit: 'ms',
        },
        { label: 'bare normalize + hash of every name', value: bareMs.toFixed(1), unit: 'ms' },
        { label: 'ratio', value: ratio.toFixed(2), unit: 'x' },
        {
          label: 'CPU time: matchAll / bare pass',
          value: `${match.cpuMs.toFixed(1)} / ${bare.cpuMs.toFixed(1)}`,
          unit: 'ms',
        },
        { label: 'load average (1 min) / cores', value: `${loadavg()[0]?.toFixed(2)} / ${availableParallelism()}` },
      ],
    });
    return [result];
  },
};

// The floor any matcher pays: one normalized key per name on both sides, stored in a hash map.
function normalizeAndHash(karbon: readonly MatchRecord[], remote: readonly MatchRecord[]): number {
  const keys = new Map<string, number>();
  for (let i = 0; i < karbon.length; i++) keys.set(normalizedNameKey((karbon[i] as MatchRecord).name), i);
  for (let i = 0; i < remote.length; i++) keys.set(normalizedNameKey((remote[i] as MatchRecord).name), i);
  return keys.size;
}
