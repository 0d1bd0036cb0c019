import { userMessage } from '../api/error-message';
import type { AppDb } from '../db/app-db';
import type { RemoteSystem } from '../db/rows';
import type { SettingsStore } from '../settings/settings-store';
import type { RunEstimate, RunResult, SyncProgress, SyncTrigger } from '../sync';
import type { Services } from './services';
import { RUN_CHANGES_THROTTLE_MS, type ChangeFeed } from './change-feed';
import { runReport, type RunCounts, type RunPlan } from './run-report';
import type { ServiceFailures } from './service-failures';

/** What the toolbar badge's colour says. */
export type BadgeState = 'idle' | 'issues' | 'error' | 'running';

/** What the popup shows about a finished run. */
export interface RunSummary {
  trigger: SyncTrigger;
  dryRun: boolean;
  startedAt: number;
  finishedAt: number;
  error?: string;
  writes: RunResult['writes'];
  createdInKarbon: number;
  createdInXero: number;
  /** A dry run's would-be links and issues (a real run stores them instead). */
  plannedLinks: number;
  plannedIssues: number;
  conflicts: number;
  /** A Preview's estimate of the real sync (calls and minutes), shown before the user starts it. */
  estimate?: RunEstimate;
  /** The result line: linked, created, updated, flagged, failed. */
  counts?: RunCounts;
  /** A Preview's lists of what the real run would do. */
  plan?: RunPlan;
  /** The remote systems the run synced ('xero', 'xpm'). */
  systems?: RemoteSystem[];
  /** Records created in XPM from Karbon (P5). */
  createdInXpm?: number;
  /** Why a system switched on in Options was not synced (XPM on but not connected). */
  skipped?: string;
}

const LAST_RUN_KEY = 'lastRun';
/** Set once a real (not Preview) run has finished: the first real Sync now asks before creating anything. */
const FIRST_SYNC_DONE_KEY = 'firstSyncDone';
/** Present while a run is going; a service worker stopped mid-run leaves it behind, so the next start resumes. */
const RUN_IN_PROGRESS_KEY = 'runInProgress';

/** Summarises a run for the UI. */
export function summarizeRun(run: RunResult): RunSummary {
  return {
    trigger: run.trigger,
    dryRun: run.dryRun,
    startedAt: run.startedAt,
    finishedAt: run.finishedAt,
    ...(run.error ? { error: run.error } : {}),
    writes: run.writes,
    createdInKarbon: run.created.karbon.length,
    createdInXero: run.created.xero.length,
    createdInXpm: run.created.xpm.length,
    plannedLinks: run.plannedLinks.length,
    plannedIssues: run.plannedIssues.length,
    conflicts: run.conflicts,
    ...(run.estimate ? { estimate: run.estimate } : {}),
  };
}

/**
 * Runs syncs for every trigger (alarm, Sync now, start-up resume), remembers the last run and the live progress, and
 * keeps the toolbar badge equal to the number of open issues.
 */
export function createSyncRunner(deps: {
  db: AppDb;
  services: Services;
  settings: SettingsStore;
  setBadge: (openIssues: number) => Promise<void>;
  /** Colours the badge by state: running, an error, open issues. */
  setBadgeState?: (state: BadgeState, openIssues: number) => Promise<void>;
  changes?: ChangeFeed;
  failures?: ServiceFailures;
}) {
  let progress: SyncProgress | undefined;

  let running = false;

  async function refreshBadge(): Promise<void> {
    const open = await deps.db.issues.where('state').equals('open').count();
    await deps.setBadge(open);
    const last = (await deps.db.settings.get(LAST_RUN_KEY))?.value as RunSummary | undefined;
    await deps.setBadgeState?.(running ? 'running' : last?.error ? 'error' : open > 0 ? 'issues' : 'idle', open);
  }

  return {
    /** The latest progress report of the current (or last) run. */
    progress: () => progress,
    onProgress: (next: SyncProgress) => {
      progress = next;
      deps.changes?.announce('all', RUN_CHANGES_THROTTLE_MS);
    },
    /** True once a real (not Preview) sync has finished. */
    async firstSyncDone(): Promise<boolean> {
      return (await deps.db.settings.get(FIRST_SYNC_DONE_KEY)) !== undefined;
    },
    refreshBadge,
    async lastRun(): Promise<RunSummary | undefined> {
      return (await deps.db.settings.get(LAST_RUN_KEY))?.value as RunSummary | undefined;
    },
    /** Runs a sync (joining one already going); a missing connection or a failure is reported, never thrown. */
    async run(trigger: SyncTrigger, dryRun?: boolean): Promise<RunSummary> {
      const startedAt = Date.now();
      let summary: RunSummary;
      // A resumed run is what the stopped one was: a Preview stays a Preview.
      const left = (await deps.db.settings.get(RUN_IN_PROGRESS_KEY))?.value as { dryRun?: boolean } | undefined;
      const asLeft = trigger === 'startup' && dryRun === undefined ? left?.dryRun : undefined;
      running = true;
      if (deps.setBadgeState) await refreshBadge();
      try {
        const preview = dryRun ?? asLeft ?? (await deps.settings.load()).dryRun;
        await deps.db.settings.put({ key: RUN_IN_PROGRESS_KEY, value: { trigger, startedAt, dryRun: preview } });
        const engine = await deps.services.engine();
        const result = await engine.runSync({ trigger, dryRun: preview });
        summary = { ...summarizeRun(result), ...(await runReport(deps.db, result)), systems: engine.systems() };
        const xpmOn = (await deps.settings.load()).xpmEnabled;
        if (xpmOn && !engine.systems().includes('xpm')) {
          summary.skipped =
            'Xero Practice Manager was skipped: it is switched on but not connected (Connect XPM in Options).';
        }
        if (result.errorService && result.error) await deps.failures?.record(result.errorService, result.error);
        else if (!result.error) await deps.failures?.clear();
        if (!result.error && !result.dryRun) await deps.db.settings.put({ key: FIRST_SYNC_DONE_KEY, value: true });
      } catch (error) {
        await deps.failures?.recordError(error);
        summary = {
          trigger,
          dryRun: dryRun ?? false,
          startedAt,
          finishedAt: Date.now(),
          error: userMessage(error),
          writes: { karbon: 0, xero: 0, xpm: 0 },
          createdInKarbon: 0,
          createdInXero: 0,
          plannedLinks: 0,
          plannedIssues: 0,
          conflicts: 0,
        };
      }
      await deps.db.settings.put({ key: LAST_RUN_KEY, value: summary });
      await deps.db.settings.delete(RUN_IN_PROGRESS_KEY);
      running = false;
      await refreshBadge();
      deps.changes?.announce('all');
      await deps.changes?.flush();
      return summary;
    },
    /** True when a run was cut short (the service worker was stopped mid-run): its marker or a checkpoint is left. */
    async interrupted(): Promise<boolean> {
      if (await deps.db.settings.get(RUN_IN_PROGRESS_KEY)) return true;
      return (await deps.db.cursors.filter((cursor) => cursor.checkpoint !== undefined).count()) > 0;
    },
  };
}

export type SyncRunner = ReturnType<typeof createSyncRunner>;
