import { describe, expect, it } from 'vitest';
import { BENCH_ENTRIES } from './registry';
import { formatTable, selectEntries } from './report';
import { judge, type BenchEntry } from './types';

const entry = (name: string, reports: string[]): BenchEntry => ({ name, reports, run: async () => [] });

describe('bench harness', () => {
  it.each([
    [{ value: 3, target: 3 }, true],
    [{ value: 3.01, target: 3 }, false],
    [{ value: 96, target: 95, goal: 'at-least' as const }, true],
    [{ value: 94, target: 95, goal: 'at-least' as const }, false],
    [{ value: Number.NaN, target: 95 }, false],
    [{ value: 1, target: 3, failures: ['2 answers were 429'] }, false],
  ])('judges %j as pass=%s', (m, pass) => {
    const result = judge({ name: 'x', unit: 'u', ...m });
    expect(result.pass).toBe(pass);
    expect(result.failures.length === 0).toBe(pass);
  });

  it('selects entries by their own name or a reported result name', () => {
    const entries = [entry('bundle', ['bundle-content-kb']), entry('sync calls', ['calls-noop', 'calls-push-120'])];
    expect(selectEntries(entries, []).length).toBe(2);
    expect(selectEntries(entries, ['noop']).map((e) => e.name)).toEqual(['sync calls']);
    expect(selectEntries(entries, ['bundle']).map((e) => e.name)).toEqual(['bundle']);
    expect(selectEntries(entries, ['nothing'])).toEqual([]);
  });

  it('prints one aligned row per result', () => {
    const table = formatTable([judge({ name: 'calls-noop', value: 3, unit: 'calls', target: 3 })]);
    expect(table.split('\n')).toEqual([
      '| name       | value | unit  | target | pass |',
      '|------------|-------|-------|--------|------|',
      '| calls-noop | 3     | calls | <= 3   | yes  |',
    ]);
  });

  it('registers every entry once, with distinct result names', () => {
    const names = BENCH_ENTRIES.flatMap((e) => e.reports);
    expect(new Set(names).size).toBe(names.length);
    expect(new Set(BENCH_ENTRIES.map((e) => e.name)).size).toBe(BENCH_ENTRIES.length);
  });
});
