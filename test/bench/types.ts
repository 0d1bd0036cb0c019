/** One measured number, printed as "label: value unit". */
export interface BenchMetric {
  readonly label: string;
  readonly value: number | string;
  readonly unit?: string;
}

/** What a benchmark module reports: its numbers, and the targets it missed (any miss fails `npm run bench`). */
export interface BenchResult {
  readonly metrics: readonly BenchMetric[];
  readonly failures: readonly string[];
}

/** A benchmark module, listed in `run.ts`. */
export interface BenchModule {
  readonly name: string;
  run(): Promise<BenchResult>;
}
