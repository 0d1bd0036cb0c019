import type { BenchEntry, BenchResult } from './types';

/** The entries to run: all, or those whose entry name or a reported result name contains one of `filters`. */
export function selectEntries(entries: readonly BenchEntry[], filters: readonly string[]): BenchEntry[] {
  if (filters.length === 0) return [...entries];
  return entries.filter((e) => filters.some((f) => e.name.includes(f) || e.reports.some((r) => r.includes(f))));
}

/** The summary table `npm run bench` prints: one row per result. */
export function formatTable(results: readonly BenchResult[]): string {
  const rows = [
    ['name', 'value', 'unit', 'target', 'pass'],
    ...results.map((r) => [
      r.name,
      Number.isFinite(r.value) ? String(r.value) : '-',
      r.unit,
      Number.isFinite(r.target) ? `${r.goal === 'at-most' ? '<=' : '>='} ${r.target}` : '-',
      r.pass ? 'yes' : 'NO',
    ]),
  ];
  const widths = rows[0]?.map((_, c) => Math.max(...rows.map((row) => (row[c] ?? '').length))) ?? [];
  const line = (row: readonly string[]) => `| ${row.map((cell, c) => cell.padEnd(widths[c] ?? 0)).join(' | ')} |`;
  const rule = `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`;
  return [line(rows[0] ?? []), rule, ...rows.slice(1).map(line)].join('\n');
}
