import type { ActivityRow, IssueRow, LinkRow } from '../db/rows';
import { defaultClassify } from './default-classify';
import { emptyStats, type RunContext, type RunStats, type SyncDeps } from './context';
import { runSyncOnce } from './run-sync';
import { createContactInXero, type CreateContactResult } from './create-contact-in-xero';
import { contactStatus, refreshContact, type ContactStatus } from './refresh-contact';
import { recentActivity } from './activity-log';
import { openIssues } from './issues';
import { pendingWrites } from './outbox';
import type { OutboxRow } from '../db/rows';
import { resolveIssue, type IssueResolution } from './resolve-issue';
import { resync, unsync } from './unsync';
import { undo } from './undo';

/** What started a run (for the activity log and the progress UI). */
export type SyncTrigger = 'alarm' | 'sync-now' | 'page-view' | 'cli' | 'startup' | 'test';

/** The outcome of one run. */
export interface RunResult extends RunStats {
  trigger: SyncTrigger;
  startedAt: number;
  finishedAt: number;
  error?: string;
}

let counter = 0;
const defaultNewId = () => `${Date.now().toString(36)}-${(counter++).toString(36)}`;

/**
 * Creates the Xero sync engine over injected clients and database: `runSync` (one at a time; a call while a run is
 * going joins it), plus the single-record actions the panel and popup need.
 */
export function createSyncEngine(input: SyncDeps) {
  const deps: RunContext['deps'] = {
    ...input,
    classify: input.classify ?? defaultClassify,
    now: input.now ?? (() => Date.now()),
    newId: input.newId ?? defaultNewId,
  };
  let running: Promise<RunResult> | undefined;
  // Single-record actions and runs share the database; serialising them keeps each read-modify-write whole.
  let chain: Promise<unknown> = Promise.resolve();
  const serial = <T>(work: () => Promise<T>): Promise<T> => {
    const next = chain.then(work, work);
    chain = next.catch(() => undefined);
    return next;
  };

  function context(dryRun: boolean): RunContext {
    const runId = deps.newId();
    return {
      deps,
      runId,
      dryRun,
      stats: emptyStats(runId, dryRun),
      system: 'xero',
      progress: (p) => deps.onProgress?.({ runId, ...p }),
    };
  }

  async function run(trigger: SyncTrigger, dryRun: boolean): Promise<RunResult> {
    const ctx = context(dryRun);
    const startedAt = deps.now();
    try {
      await runSyncOnce(ctx);
      ctx.progress({ phase: 'done' });
      return { ...ctx.stats, trigger, startedAt, finishedAt: deps.now() };
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      ctx.progress({ phase: 'error', message });
      return { ...ctx.stats, trigger, startedAt, finishedAt: deps.now(), error: message };
    }
  }

  return {
    /** Runs one sync (or, with `dryRun`, reports what it would do without writing anything anywhere). */
    runSync(options: { trigger: SyncTrigger; dryRun?: boolean }): Promise<RunResult> {
      if (running) return running;
      running = serial(() => run(options.trigger, options.dryRun ?? false)).finally(() => {
        running = undefined;
      });
      return running;
    },
    /** Re-reads one Karbon contact and its Xero pair and reconciles them now (a page view). */
    refreshContact: (karbonKey: string): Promise<ContactStatus> =>
      serial(() => refreshContact(context(false), karbonKey)),
    /** Pushes one Karbon contact to Xero on request (G8), idempotent through ContactNumber. */
    createContactInXero: (karbonKey: string): Promise<CreateContactResult> =>
      serial(() => createContactInXero(context(false), karbonKey)),
    /** Resolves a match issue, field conflict or name clash. */
    resolveIssue: (issueId: string, resolution: IssueResolution): Promise<IssueRow> =>
      serial(() => resolveIssue(context(false), issueId, resolution)),
    /** Stops syncing a linked pair (G9). */
    unsync: (linkId: string): Promise<LinkRow> => serial(() => unsync(context(false), linkId)),
    /** Starts syncing an unsynced pair again; both-sided changes made meanwhile become conflicts (G9). */
    resync: (linkId: string): Promise<LinkRow> => serial(() => resync(context(false), linkId)),
    /** Reverts one logged write (or every write of a link entry) and logs the undo. */
    undo: (activityId: number): Promise<ActivityRow[]> => serial(() => undo(context(false), activityId)),

    /** True while a run is going (the popup shows progress; a second Sync now joins it). */
    isRunning: (): boolean => running !== undefined,
    /** The panel's view of one Karbon contact from the database alone (no network call). */
    contactStatus: (karbonKey: string): Promise<ContactStatus> => contactStatus({ deps }, karbonKey),
    /** Every open match issue, field conflict and name clash (the popup's list; its length is the badge). */
    openIssues: (): Promise<IssueRow[]> => openIssues({ deps }),
    /** The newest activity entries first (history with undo). */
    recentActivity: (limit?: number): Promise<ActivityRow[]> => recentActivity(deps.db, limit),
    /** Writes a crash or an error left pending (connection health). */
    pendingWrites: (): Promise<OutboxRow[]> => pendingWrites(deps.db),
  };
}

/** The engine's public surface, for the background's wiring. */
export type SyncEngine = ReturnType<typeof createSyncEngine>;
