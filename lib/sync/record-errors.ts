import { ApiError, type ApiErrorKind } from '../api/api-error';
import type { RunContext } from './context';
import { closeIssue, raiseIssue } from './issues';

/** Errors about one record (its data or its state): the run goes on without it. */
const RECORD_ERROR_KINDS: ReadonlySet<ApiErrorKind> = new Set([
  'validation',
  'invalid-request',
  'rejected',
  'duplicate',
  'not-found',
  'invalid-record',
  'forbidden',
  'conflict',
]);

/** Failures that may pass on a second try (the client already retried what was safe to repeat at the HTTP level). */
const TRANSIENT_KINDS: ReadonlySet<ApiErrorKind> = new Set([
  'server',
  'network',
  'timeout',
  'bad-response',
  'rate-limited',
  'conflict',
]);

/** Attempts per record within one run (the first included) before it becomes a `sync-error` issue. */
export const RECORD_ATTEMPTS = 3;

/** Wait before the 2nd and 3rd attempt of a record that failed transiently. */
export const RECORD_RETRY_BACKOFF_MS = [2_000, 8_000] as const;

/** Records failing one after another, transiently, after which the service is taken as down and the run stops. */
export const CONSECUTIVE_FAILURE_LIMIT = 5;

/** True when an error concerns one record only, so one bad record cannot stop a sync. */
export function isRecordError(error: unknown): error is ApiError {
  if (!(error instanceof ApiError) || !RECORD_ERROR_KINDS.has(error.kind)) return false;
  // Karbon's 403 is one record's restriction (4021); Xero's and XPM's is the tenant's connection (every record's).
  return error.kind !== 'forbidden' || error.service === 'karbon';
}

/** True when the service refused the record's data (a 4xx validation answer): resending the same value cannot help. */
export function isRefusal(error: unknown): error is ApiError {
  return (
    error instanceof ApiError &&
    (error.kind === 'validation' || error.kind === 'invalid-request' || error.kind === 'rejected')
  );
}

/** True when a retry may succeed: 5xx, timeouts, dropped connections, unreadable bodies, short rate limits. */
export function isTransient(error: unknown): boolean {
  if (!(error instanceof ApiError) || !TRANSIENT_KINDS.has(error.kind)) return false;
  // A daily limit waits hours: nothing in this run can get through it.
  return !(error.kind === 'rate-limited' && error.limitProblem === 'day');
}

/** True when no record can get through (credentials, connection, daily quota): the run stops and resumes later. */
export function stopsTheRun(error: unknown): boolean {
  if (!(error instanceof ApiError)) return false;
  return !isRecordError(error) && !isTransient(error);
}

const streaks = new WeakMap<RunContext, number>();

/** The `sync-error` issue id of a remote record. */
export const errorIssueId = (remoteId: string, system: string) => `error:${system}:${remoteId}`;

const describe = (error: unknown): string =>
  error instanceof ApiError ? [error.message, ...error.details].join('; ') : String(error);

/**
 * Runs the work for one remote record. A transient failure is retried in the run (with backoff, re-running the whole
 * record's work, which is safe to repeat); what still fails, or fails on the record's own data, becomes a `sync-error`
 * issue (closed once the record goes through) and the run continues. Credentials or a service that keeps failing
 * stop the run, which resumes from its cursor next time. Returns true when the record went through.
 */
export async function guardRecord(
  ctx: RunContext,
  remoteId: string,
  work: () => Promise<unknown>,
  karbonKeys: string[] = [],
): Promise<boolean> {
  for (let attempt = 1; ; attempt++) {
    try {
      await work();
      streaks.set(ctx, 0);
      // Only a run raises these issues, so a pull knows which may be open (one read saved per record).
      const id = errorIssueId(remoteId, ctx.system);
      if (!ctx.openErrors || ctx.openErrors.has(id)) await closeIssue(ctx, id, 'succeeded');
      return true;
    } catch (error) {
      if (stopsTheRun(error)) throw error;
      const transient = isTransient(error);
      if (transient && attempt < RECORD_ATTEMPTS) {
        await ctx.deps.sleep(RECORD_RETRY_BACKOFF_MS[attempt - 1] ?? RECORD_RETRY_BACKOFF_MS[0]);
        continue;
      }
      const streak = (streaks.get(ctx) ?? 0) + 1;
      streaks.set(ctx, transient || !(error instanceof ApiError) ? streak : 0);
      if (streak >= CONSECUTIVE_FAILURE_LIMIT && (transient || !(error instanceof ApiError))) throw error;
      await recordFailure(ctx, remoteId, describe(error), karbonKeys);
      return false;
    }
  }
}

/** Raises (or refreshes) the `sync-error` issue of one record and counts it: the run becomes partial. */
export async function recordFailure(
  ctx: RunContext,
  remoteId: string,
  message: string,
  karbonKeys: string[] = [],
): Promise<void> {
  ctx.stats.failedRecords++;
  ctx.openErrors?.add(errorIssueId(remoteId, ctx.system));
  ctx.progress({ phase: 'error', message: `${ctx.remote.noun} ${remoteId}: ${message}` });
  if (!ctx.dryRun) await ctx.deps.db.issues.delete(errorIssueId(remoteId, ctx.system));
  await raiseIssue(ctx, {
    id: errorIssueId(remoteId, ctx.system),
    system: ctx.system,
    kind: 'sync-error',
    state: 'open',
    remoteId,
    karbonKeys,
    message,
    createdAt: ctx.deps.now(),
  });
}
