import { availableParallelism, loadavg } from 'node:os';
import { buildScaleDataset } from '../sandbox/seed/scale';
import { KARBON_PAGE, XERO_PAGE } from './support/call-minimum';
import { formatCalls, openSyncScenario } from './support/sync-scenario';
import { judge, type BenchEntry } from './types';

const FIRM = 10_000;
// "About a minute under the real limits": 100 Karbon pages against 96 bulk calls per 61 s window need one wait.
const MAX_SECONDS = 90;

/**
 * The Preview (dry run) of a 10,000 x 10,000 firm in wall time under the sandbox's real limits (Karbon 120/minute with
 * the client keeping 24 for user actions, Xero 60/minute): list pages only, ceil(people / 100) + ceil(organizations /
 * 100) Karbon and ceil(10,000 / 1,000) Xero calls, no detail read, no 429. The value is its time; calls are a condition.
 */
export const previewBench: BenchEntry = {
  name: 'preview',
  reports: ['preview-10k'],
  async run({ port, log }) {
    const dataset = buildScaleDataset(FIRM);
    const people = dataset.karbon?.contacts?.length ?? 0;
    const orgs = dataset.karbon?.organizations?.length ?? 0;
    const minimum = {
      xero: Math.ceil(FIRM / XERO_PAGE),
      karbon: Math.ceil(people / KARBON_PAGE) + Math.ceil(orgs / KARBON_PAGE),
      xpm: 0,
    };
    const s = await openSyncScenario({ port, dataset, time: 'real', log });
    try {
      const before = s.calls();
      const started = Date.now();
      const cpu = process.cpuUsage();
      log('Preview of the 10k firm (real time)');
      const run = await s.engine.runSync({ trigger: 'test', dryRun: true });
      const seconds = (Date.now() - started) / 1000;
      const cpuUsed = process.cpuUsage(cpu);
      const cpuSeconds = (cpuUsed.user + cpuUsed.system) / 1e6;
      const calls = s.since(before);
      const details = Object.keys(calls.endpoints).filter((e) => /\{key\}/.test(e));
      const failures: string[] = [];
      if (run.error) failures.push(`the Preview failed: ${run.error}`);
      if (calls.karbon > minimum.karbon || calls.xero > minimum.xero) {
        failures.push(`${formatCalls(calls)} (minimum ${formatCalls(minimum)})`);
      }
      if (details.length > 0) failures.push(`read details: ${details.join(', ')}`);
      if (calls.served429 > 0) failures.push(`${calls.served429} answers were 429`);
      return [
        judge({
          name: 'preview-10k',
          value: Number(seconds.toFixed(1)),
          unit: 's',
          target: MAX_SECONDS,
          failures,
          details: [
            { label: 'calls', value: `${formatCalls(calls)}; 429s ${calls.served429}` },
            { label: 'minimum (list pages only)', value: formatCalls(minimum) },
            { label: 'by endpoint', value: JSON.stringify(calls.endpoints) },
            {
              label: 'CPU time of this process (engine, sandbox and in-memory IndexedDB share it)',
              value: cpuSeconds.toFixed(1),
              unit: 's',
            },
            { label: 'load average (1 min) / cores', value: `${loadavg()[0]?.toFixed(2)} / ${availableParallelism()}` },
            {
              label: 'would link / create in Karbon / flag',
              value: `${run.plannedLinks.length} / ${run.created.karbon.length} / ${run.plannedIssues.length}`,
            },
            {
              label: 'its estimate of the real sync',
              value: run.estimate
                ? `${formatCalls({ ...run.estimate.calls, xpm: 0 })}, ${run.estimate.minutes} min at the limits`
                : 'none',
            },
          ],
        }),
      ];
    } finally {
      await s.close();
    }
  },
};
