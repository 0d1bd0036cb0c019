import { isApiError, type ServiceName } from '../api/api-error';
import { userMessage } from '../api/error-message';
import type { ActivityRow, IssueRow, LinkRow, RemoteSystem } from '../db/rows';
import { defaultClassify } from './default-classify';
import { emptyStats, type RunContext, type RunStats, type SyncDeps } from './context';
import { estimateRun, type RunEstimate } from './estimate';
import { runSyncOnce } from './run-sync';
import { createContactInXero, type CreateContactResult } from './create-contact-in-xero';
import { contactStatus, refreshContact, type ContactStatus } from './refresh-contact';
import { recentActivity } from './activity-log';
import { ignoredIssues, openIssues, restoreIssue } from './issues';
import { pendingWrites } from './outbox';
import type { OutboxRow } from '../db/rows';
import { resolveIssue, type IssueResolution } from './resolve-issue';
import { resync, unsync } from './unsync';
import { undo } from './undo';
import { activityKeys, contactKeys, issueKeys, linkIdKeys } from './action-keys';
import { createRecordLocks } from './record-locks';
import { xeroRemote } from './adapters/xero-remote';
import type { RemoteAdapter } from './remote-adapter';
import { createXpmRemote, DEFAULT_XPM_OPTIONS, type XpmImportMode } from './adapters/xpm-remote';
import { pushToXpm } from './push-to-xpm';
import { pushOnPageView } from './auto-push-xpm';

/** The remote system a link id (`system:remoteId`) belongs to. */
const systemOf = (id: string | undefined): RemoteSystem => (id?.startsWith('xpm:') ? 'xpm' : 'xero');

/** What started a run (for the activity log and the progress UI). */
export type SyncTrigger = 'alarm' | 'sync-now' | 'page-view' | 'cli' | 'startup' | 'test';

/** The outcome of one run. */
export interface RunResult extends RunStats {
  trigger: SyncTrigger;
  startedAt: number;
  finishedAt: number;
  error?: string;
  /** A dry run's estimate of the real run: calls per service and minutes under the rate limits. */
  estimate?: RunEstimate;
  /** The service whose failure stopped the run (the popup's pill shows it until the next success). */
  errorService?: ServiceName;
}

let counter = 0;
const defaultNewId = () => `${Date.now().toString(36)}-${(counter++).toString(36)}`;

/**
 * Creates the Xero sync engine over injected clients and database: `runSync` (one at a time; a call while a run is
 * going joins it), plus the single-record actions the panel and popup need. Actions run beside a run, never behind
 * it: each locks only the records it touches and calls the services through their rate limiters' user lane.
 */
export function createSyncEngine(input: SyncDeps) {
  const deps: RunContext['deps'] = {
    ...input,
    classify: input.classify ?? defaultClassify,
    now: input.now ?? (() => Date.now()),
    sleep: input.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms))),
    newId: input.newId ?? defaultNewId,
  };
  let running: Promise<RunResult> | undefined;
  // Runs and actions share the database; each holds only the records it works on, so a click never waits for a run.
  const locks = createRecordLocks();

  const xpmOptions = (mode?: XpmImportMode) => ({
    ...DEFAULT_XPM_OPTIONS,
    ...deps.xpmOptions,
    ...(mode ? { mode } : {}),
  });
  const adapterFor = (system: RemoteSystem, mode?: XpmImportMode): RemoteAdapter =>
    system === 'xero' ? xeroRemote : createXpmRemote(xpmOptions(mode));

  function context(
    dryRun: boolean,
    lane: 'bulk' | 'user' = 'bulk',
    system: RemoteSystem = 'xero',
    mode?: XpmImportMode,
  ): RunContext {
    const runId = deps.newId();
    const ports = lane === 'user' && deps.priority ? deps.priority : undefined;
    const remote = adapterFor(system, mode);
    return {
      deps: ports
        ? { ...deps, xero: ports.xero, karbon: ports.karbon, ...(ports.xpm ? { xpm: ports.xpm } : {}) }
        : deps,
      runId,
      dryRun,
      stats: emptyStats(runId, dryRun),
      system,
      remote,
      locks,
      progress: (p) => deps.onProgress?.({ runId, ...p }),
    };
  }

  /** Runs a user action in the rate limiters' user lane, holding the records `keys` names. */
  async function act<T>(
    keys: Promise<string[]>,
    work: (ctx: RunContext) => Promise<T>,
    system?: Promise<RemoteSystem | undefined>,
  ): Promise<T> {
    const ctx = context(false, 'user', (await system) ?? 'xero');
    return locks.hold(await keys, () => work(ctx));
  }

  /** The remote systems a run syncs: the configured ones, else Xero plus XPM when it is connected. */
  const systems = (): RemoteSystem[] => deps.systems ?? ['xero', ...(deps.xpm ? (['xpm'] as const) : [])];

  async function run(trigger: SyncTrigger, dryRun: boolean, mode?: XpmImportMode): Promise<RunResult> {
    const [first = 'xero', ...rest] = systems();
    const ctx = context(dryRun, 'bulk', first, mode);
    // One run, one id and one set of statistics, whichever system a step works on.
    const contexts = [ctx, ...rest.map((system) => ({ ...ctx, system, remote: adapterFor(system, mode) }))];
    const startedAt = deps.now();
    try {
      await runSyncOnce(contexts, xpmOptions(mode).pushContactTypes);
      ctx.progress({ phase: 'done' });
      const estimate = dryRun ? { estimate: estimateRun(ctx.stats) } : {};
      return { ...ctx.stats, trigger, startedAt, finishedAt: deps.now(), ...estimate };
    } catch (error) {
      // A service's error in words the user can act on, naming the system ("Xero connection expired: reconnect ...").
      const message = isApiError(error) ? userMessage(error) : error instanceof Error ? error.message : String(error);
      ctx.progress({ phase: 'error', message });
      const service = isApiError(error) ? { errorService: error.service } : {};
      return { ...ctx.stats, trigger, startedAt, finishedAt: deps.now(), error: message, ...service };
    }
  }

  return {
    /** Runs one sync (or, with `dryRun`, reports what it would do without writing anything anywhere). */
    runSync(options: { trigger: SyncTrigger; dryRun?: boolean; xpmMode?: XpmImportMode }): Promise<RunResult> {
      if (running) return running;
      running = run(options.trigger, options.dryRun ?? false, options.xpmMode).finally(() => {
        running = undefined;
      });
      return running;
    },
    /**
     * Re-reads one Karbon contact and its pair with `system` and reconciles them now (a page view); with XPM, an
     * organization of a pushed Contact Type is pushed (or its new People are) at the same time (P5).
     */
    refreshContact: (karbonKey: string, system: RemoteSystem = 'xero'): Promise<ContactStatus> =>
      act(
        contactKeys(deps.db, karbonKey),
        async (ctx) => {
          const status = await refreshContact(ctx, karbonKey);
          if (system !== 'xpm') return status;
          const pushed = await pushOnPageView(ctx, karbonKey, xpmOptions().pushContactTypes);
          return pushed ? contactStatus(ctx, karbonKey) : status;
        },
        Promise.resolve(system),
      ),
    /** Pushes one Karbon Organization to XPM on request (P5), idempotent through the client's ExportCode. */
    pushToXpm: (karbonKey: string): Promise<CreateContactResult> =>
      act(
        contactKeys(deps.db, karbonKey),
        (ctx) => pushToXpm(ctx, karbonKey, { lookUp: true }),
        Promise.resolve<RemoteSystem>('xpm'),
      ),
    /** Pushes one Karbon contact to Xero on request (G8), idempotent through ContactNumber. */
    createContactInXero: (karbonKey: string): Promise<CreateContactResult> =>
      act(contactKeys(deps.db, karbonKey), (ctx) => createContactInXero(ctx, karbonKey)),
    /** Resolves a match issue, field conflict or name clash. */
    resolveIssue: (issueId: string, resolution: IssueResolution): Promise<IssueRow> =>
      act(
        issueKeys(deps.db, issueId, resolution),
        (ctx) => resolveIssue(ctx, issueId, resolution),
        deps.db.issues.get(issueId).then((issue) => issue?.system),
      ),
    /** Stops syncing a linked pair (G9). */
    unsync: (linkId: string): Promise<LinkRow> =>
      act(linkIdKeys(deps.db, linkId), (ctx) => unsync(ctx, linkId), Promise.resolve(systemOf(linkId))),
    /** Starts syncing an unsynced pair again; both-sided changes made meanwhile become conflicts (G9). */
    resync: (linkId: string): Promise<LinkRow> =>
      act(linkIdKeys(deps.db, linkId), (ctx) => resync(ctx, linkId), Promise.resolve(systemOf(linkId))),
    /** Reverts one logged write (or every write of a link entry) and logs the undo. */
    undo: (activityId: number): Promise<ActivityRow[]> =>
      act(
        activityKeys(deps.db, activityId),
        (ctx) => undo(ctx, activityId),
        deps.db.activity
          .get(activityId)
          .then((entry) => (entry?.system === 'karbon' ? systemOf(entry.linkId) : entry?.system)),
      ),

    /** Reopens an ignored issue. */
    restoreIssue: (issueId: string): Promise<IssueRow | undefined> =>
      act(issueKeys(deps.db, issueId), (ctx) => restoreIssue(ctx, issueId)),
    /** The issues the user ignored, newest first. */
    ignoredIssues: (): Promise<IssueRow[]> => ignoredIssues({ deps }),

    /** The remote systems a run syncs (Xero, XPM), in order. */
    systems: (): RemoteSystem[] => systems(),
    /** True while a run is going (the popup shows progress; a second Sync now joins it). */
    isRunning: (): boolean => running !== undefined,
    /** The panel's view of one Karbon contact from the database alone (no network call). */
    contactStatus: (karbonKey: string, system: RemoteSystem = 'xero'): Promise<ContactStatus> =>
      contactStatus({ deps, system, remote: adapterFor(system) }, karbonKey),
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
