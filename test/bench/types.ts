/** One line of detail under an entry in the printed table (not in bench.json's required fields). */
export interface BenchMetric {
  readonly label: string;
  readonly value: number | string;
  readonly unit?: string;
}

/** Whether a value passes by staying at or under its target (time, calls, size) or at or over it (accuracy). */
export type BenchGoal = 'at-most' | 'at-least';

/** One entry of `.output/bench.json`: `{ name, value, unit, target, pass }` plus how it was judged and measured. */
export interface BenchResult {
  readonly name: string;
  readonly value: number;
  readonly unit: string;
  readonly target: number;
  readonly pass: boolean;
  readonly goal: BenchGoal;
  /** Why it failed beyond the value (e.g. a 429 seen, a second condition missed); empty when it passed. */
  readonly failures: readonly string[];
  /** How it was measured and the figures behind the value. */
  readonly details: readonly BenchMetric[];
}

/** Options every entry receives. */
export interface BenchOptions {
  /** `npm run bench -- --quick`: smaller datasets or fewer runs where an entry offers that. */
  readonly quick: boolean;
  /** The 127.0.0.1 port for entries that start a sandbox (`--port`; 0, the default, picks a free one). */
  readonly port: number;
  /** Progress lines while an entry runs (stderr). */
  readonly log: (line: string) => void;
}

/** A benchmark entry: one file under test/bench/, listed once in `registry.ts`. It may report several results. */
export interface BenchEntry {
  /** The entry's name; `npm run bench -- NAME...` runs the entries whose name or result names contain NAME. */
  readonly name: string;
  /** The result names it reports (for filtering before it runs). */
  readonly reports: readonly string[];
  run(options: BenchOptions): Promise<BenchResult[]>;
}

/** Input of `judge`: a measured value against its target, plus any extra conditions that failed. */
export interface Measured {
  readonly name: string;
  readonly value: number;
  readonly unit: string;
  readonly target: number;
  readonly goal?: BenchGoal;
  readonly failures?: readonly string[];
  readonly details?: readonly BenchMetric[];
}

/** Turns a measured value into a result: it passes when the value meets its target and no extra condition failed. */
export function judge(m: Measured): BenchResult {
  const goal = m.goal ?? 'at-most';
  const meets = Number.isFinite(m.value) && (goal === 'at-most' ? m.value <= m.target : m.value >= m.target);
  const failures = [
    ...(meets ? [] : [`${m.value} ${m.unit} (target ${goal === 'at-most' ? '<=' : '>='} ${m.target} ${m.unit})`]),
    ...(m.failures ?? []),
  ];
  return {
    name: m.name,
    value: m.value,
    unit: m.unit,
    target: m.target,
    goal,
    pass: failures.length === 0,
    failures,
    details: m.details ?? [],
  };
}
