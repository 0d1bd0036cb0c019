// One seeded trial: the demo firm under 20% injected faults on every service, synced until its end state equals the
// fault-free one (or the run budget is spent).
import { isDeepStrictEqual } from 'node:util';
import type { Sandbox } from '../sandbox/server';
import { sandboxEngine, TEST_TIMEOUT_MS } from '../lib/sync/helpers/sandbox-sync';
import { endState, type EndState } from './end-state';

/** The fault mix of the suite: every kind, on Xero, XPM and Karbon. */
export const FAULT_RATE = 0.2;
/** Runs a seed may take to reach the fault-free end state. */
export const RUN_BUDGET = 3;

/** What one seed did. */
export interface Trial {
  seed: number;
  /** Runs until the end state equalled the fault-free one (0 = never within the budget). */
  settledAfter: number;
  faults: number;
  state: EndState;
}

/** The fault-free end state of a dataset (the demo firm by default): one run, and a second must change nothing. */
export async function faultFreeState(sb: Sandbox, load = () => sb.reset({ seed: 'demo' })): Promise<EndState> {
  load();
  sb.configureFaults({ rate: 0 });
  const { db, engine } = sandboxEngine(sb);
  const first = await engine.runSync({ trigger: 'test' });
  if (first.error || first.failedRecords > 0) throw new Error(`fault-free run failed: ${first.error ?? 'partial'}`);
  const second = await engine.runSync({ trigger: 'test' });
  const writes = second.writes.karbon + second.writes.xero;
  if (writes > 0) throw new Error(`fault-free second run wrote ${writes} times`);
  return endState(sb, db);
}

/** Syncs the demo firm under seeded faults until it matches `expected`, at most RUN_BUDGET runs. */
export async function trial(sb: Sandbox, seed: number, expected: EndState): Promise<Trial> {
  sb.reset({ seed: 'demo' });
  // `slow` answers outlast the engine's per-attempt timeout, so they exercise the timeout path quickly.
  sb.configureFaults({ rate: FAULT_RATE, seed, slowMs: TEST_TIMEOUT_MS * 3 });
  const { db, engine } = sandboxEngine(sb);
  let state = await endState(sb, db);
  for (let run = 1; run <= RUN_BUDGET; run++) {
    await engine.runSync({ trigger: 'test' });
    state = await endState(sb, db);
    if (isDeepStrictEqual(state, expected)) return { seed, settledAfter: run, faults: faultCount(sb), state };
  }
  return { seed, settledAfter: 0, faults: faultCount(sb), state };
}

function faultCount(sb: Sandbox): number {
  const services = Object.values(sb.calls().services);
  return services.reduce((n, s) => n + Object.values(s?.faults ?? {}).reduce((a, b) => a + b, 0), 0);
}
