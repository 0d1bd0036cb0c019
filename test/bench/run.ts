import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { BENCH_ENTRIES } from './registry';
import { formatTable, selectEntries } from './report';
import type { BenchOptions, BenchResult } from './types';

const USAGE = 'usage: npm run bench -- [--quick] [--port 0 (a free port)] [--out .output/bench.json] [NAME...]';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    quick: { type: 'boolean', default: false },
    port: { type: 'string', default: '0' },
    out: { type: 'string', default: '.output/bench.json' },
    help: { type: 'boolean', short: 'h' },
  },
});
if (values.help) {
  console.log(
    `${USAGE}\nRuns the benchmarks (all, or those whose name contains a NAME), prints a table, writes the JSON.`,
  );
  process.exit(0);
}
const options: BenchOptions = {
  quick: values.quick,
  port: Number(values.port),
  log: (line) => process.stderr.write(`  .. ${line}\n`),
};
const selected = selectEntries(BENCH_ENTRIES, positionals);
if (selected.length === 0) {
  console.log(`No benchmark matches ${positionals.join(', ')}.`);
  process.exit(1);
}

const results: BenchResult[] = [];
const started = Date.now();
for (const entry of selected) {
  console.log(`\n## ${entry.name}${options.quick ? ' (quick)' : ''}`);
  const entryStarted = Date.now();
  let produced: BenchResult[];
  try {
    produced = await entry.run(options);
  } catch (error) {
    const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
    produced = entry.reports.map((name) => ({
      name,
      value: Number.NaN,
      unit: '',
      target: Number.NaN,
      goal: 'at-most',
      pass: false,
      failures: [`threw ${message}`],
      details: [],
    }));
  }
  for (const result of produced) {
    console.log(`  ${result.name}:`);
    for (const { label, value, unit } of result.details) console.log(`    ${label}: ${value}${unit ? ` ${unit}` : ''}`);
    for (const failure of result.failures) console.log(`    FAILED: ${failure}`);
  }
  console.log(`  (${((Date.now() - entryStarted) / 1000).toFixed(1)} s)`);
  results.push(...produced);
}

console.log(`\n${formatTable(results)}`);
console.log(
  `\n${results.filter((r) => r.pass).length}/${results.length} pass, ${((Date.now() - started) / 1000).toFixed(0)} s`,
);
const out = resolve(values.out);
await mkdir(dirname(out), { recursive: true });
const measuredAt = new Date().toISOString();
const json = results.map(({ name, value, unit, target, pass, goal, failures, details }) => ({
  name,
  value: Number.isFinite(value) ? value : null,
  unit,
  target: Number.isFinite(target) ? target : null,
  pass,
  goal,
  failures,
  details: details.map((d) => `${d.label}: ${d.value}${d.unit ? ` ${d.unit}` : ''}`),
  quick: options.quick,
  measuredAt,
}));
await writeFile(out, `${JSON.stringify(json, null, 2)}\n`);
console.log(`Wrote ${out}`);
process.exitCode = results.every((r) => r.pass) ? 0 : 1;
