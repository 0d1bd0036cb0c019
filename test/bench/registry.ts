import { actionLatencyBench } from './action-latency.bench';
import { bundleBench } from './bundle-size.bench';
import { classifyBench } from './classify-accuracy.bench';
import { extensionImportBench } from './extension-import.bench';
import { matchBench } from './match-100k.bench';
import { previewBench } from './preview-10k.bench';
import { syncCallsBench } from './sync-calls.bench';
import { xpmCallsBench } from './xpm-calls.bench';
import type { BenchEntry } from './types';

/**
 * Every benchmark `npm run bench` runs, in this order: one file per entry under test/bench/, added here with one line.
 * Cheap entries first, so a failing build or matcher shows before the long sandbox and Chromium runs.
 */
export const BENCH_ENTRIES: readonly BenchEntry[] = [
  matchBench,
  classifyBench,
  bundleBench,
  previewBench,
  syncCallsBench,
  xpmCallsBench,
  extensionImportBench,
  actionLatencyBench,
];
