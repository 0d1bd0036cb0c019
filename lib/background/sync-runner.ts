import { userMessage } from '../api/error-message';
import type { AppDb } from '../db/app-db';
import type { SettingsStore } from '../settings/settings-store';
import type { RunEstimate, RunResult, SyncProgress, SyncTrigger } from '../sync';
import type { Services } from './services';

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
}

const LAST_RUN_KEY = 'lastRun';
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
}) {
  let progress: SyncProgress | undefined;

  async function refreshBadge(): Promise<void> {
    const open = await deps.db.issues.where('state').equals('open').count();
    await deps.setBadge(open);
  }

  return {
    /** The latest progress report of the current (or last) run. */
    progress: () => progress,
    onProgress: (next: SyncProgress) => {
      progress = next;
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
      try {
        const preview = dryRun ?? asLeft ?? (await deps.settings.load()).dryRun;
        await deps.db.settings.put({ key: RUN_IN_PROGRESS_KEY, value: { trigger, startedAt, dryRun: preview } });
        const engine = await deps.services.engine();
        summary = summarizeRun(await engine.runSync({ trigger, dryRun: preview }));
      } catch (error) {
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
      await refreshBadge();
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
