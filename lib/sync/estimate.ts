import { KARBON_RATE_POLICY, XERO_RATE_POLICY, type RatePolicy } from '../api/rate-limiter';
import type { RunStats } from './context';

/** What a real run will cost, as a Preview (dry run) found it: calls per service and the time the limits impose. */
export interface RunEstimate {
  calls: { xero: number; karbon: number };
  /** Minutes the calls take at the rate limits' bulk share (what is left after the user actions' reserve). */
  minutes: number;
}

// Calls a run may start per minute: the window less the share kept for user actions.
function bulkPerMinute(policy: RatePolicy): number {
  return ((policy.perWindow - (policy.userReserve ?? 0)) * 60_000) / policy.windowMs;
}

/**
 * The cost of the real run a Preview stands for: its list pages again, plus the Karbon details, creates and writes it
 * counted. The services' limits are separate, so the slower of the two sets the time (a run's own work is small).
 */
export function estimateRun(stats: RunStats): RunEstimate {
  const karbon = stats.reads.karbonPages + stats.reads.karbonDetails + stats.writes.karbon;
  const xero = stats.reads.xeroPages + stats.writes.xero;
  const minutes = Math.max(karbon / bulkPerMinute(KARBON_RATE_POLICY), xero / bulkPerMinute(XERO_RATE_POLICY));
  return { calls: { xero, karbon }, minutes: Math.ceil(minutes * 10) / 10 };
}
