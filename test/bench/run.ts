import { classifyBench } from './classify.bench';
import { matchBench } from './match.bench';
import type { BenchModule } from './types';

// The registry: add a module here to have `npm run bench` run it. `npm run bench -- match` runs only matching names.
const MODULES: readonly BenchModule[] = [matchBench, classifyBench];

const filters = process.argv.slice(2);
const selected = MODULES.filter((module) => filters.length === 0 || filters.some((f) => module.name.includes(f)));
let failed = false;
for (const module of selected) {
  console.log(`\n## ${module.name}`);
  try {
    const result = await module.run();
    for (const { label, value, unit } of result.metrics) console.log(`  ${label}: ${value}${unit ? ` ${unit}` : ''}`);
    for (const failure of result.failures) console.log(`  FAILED: ${failure}`);
    if (result.failures.length > 0) failed = true;
  } catch (error) {
    console.log(`  FAILED: threw ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    failed = true;
  }
}
if (selected.length === 0) console.log(`No benchmark matches ${filters.join(', ')}.`);
process.exitCode = failed || selected.length === 0 ? 1 : 0;
