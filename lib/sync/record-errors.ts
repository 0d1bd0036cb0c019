import { ApiError, type ApiErrorKind } from '../api/api-error';
import type { RunContext } from './context';
import { closeIssue, raiseIssue } from './issues';

/** Errors about one record (its data or its state): the run goes on without it. Others stop the run to resume later. */
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

/** True when an error concerns one record only, so one bad record cannot stop a sync. */
export function isRecordError(error: unknown): error is ApiError {
  return error instanceof ApiError && RECORD_ERROR_KINDS.has(error.kind);
}

const errorIssueId = (ctx: RunContext, remoteId: string) => `error:${ctx.system}:${remoteId}`;

/**
 * Runs the work for one remote record: a record error becomes a `sync-error` issue (closed again once the record goes
 * through) and the run continues; any other error stops the run, which resumes from its cursor next time.
 */
export async function guardRecord(ctx: RunContext, remoteId: string, work: () => Promise<unknown>): Promise<void> {
  try {
    await work();
    await closeIssue(ctx, errorIssueId(ctx, remoteId), 'succeeded');
  } catch (error) {
    if (!isRecordError(error)) throw error;
    ctx.progress({ phase: 'error', message: `${ctx.remote.noun} ${remoteId}: ${error.message}` });
    if (!ctx.dryRun) await ctx.deps.db.issues.delete(errorIssueId(ctx, remoteId));
    await raiseIssue(ctx, {
      id: errorIssueId(ctx, remoteId),
      system: ctx.system,
      kind: 'sync-error',
      state: 'open',
      remoteId,
      karbonKeys: [],
      message: [error.message, ...error.details].join('; '),
      createdAt: ctx.deps.now(),
    });
  }
}
