import { userMessage } from '../api/error-message';
import type { AppDb } from '../db/app-db';
import type { RunnerLease } from '../firm-runner/runner-lease';
import { scheduledDecision, type RunnerMarker } from '../firm-runner/runner-marker';
import { runnerView, type SyncRunnerView } from '../firm-runner/runner-view';
import type { SettingsStore } from '../settings/settings-store';
import type { RunSummary, SyncRunner } from './sync-runner';

const BROWSER_ID_KEY = 'browserId';
const RUNNER_VIEW_KEY = 'syncRunnerView';

/** This install's random id (made once), which names it in the firm's runner marker. */
export async function browserIdOf(db: AppDb, newId: () => string = () => crypto.randomUUID()): Promise<string> {
  const stored = (await db.settings.get(BROWSER_ID_KEY))?.value;
  if (typeof stored === 'string' && stored !== '') return stored;
  const id = newId();
  await db.settings.put({ key: BROWSER_ID_KEY, value: id });
  return id;
}

/** What happened when this browser's schedule fired. */
export type ScheduledOutcome =
  { ran: true; summary: RunSummary } | { ran: false; reason: 'another-runner' | 'lease-unreadable'; error?: string };

/**
 * One scheduled sync per firm: when this browser's alarm fires it reads the firm's runner marker in Karbon and runs
 * only if it is the runner (taking the role when nobody has it or the runner has gone quiet), then records the run
 * in the marker. Sync now never asks the lease: it is always allowed and always safe (keyed creates).
 */
export function createScheduledSync(deps: {
  db: AppDb;
  settings: SettingsStore;
  runner: Pick<SyncRunner, 'run'>;
  /** The firm's lease (throws a not-connected ApiError without Karbon keys). */
  lease: () => Promise<RunnerLease>;
  now?: () => number;
}) {
  const now = deps.now ?? (() => Date.now());

  async function remember(marker: RunnerMarker | undefined, lease: RunnerLease): Promise<SyncRunnerView> {
    const view = runnerView(marker, lease.browserId, now());
    await deps.db.settings.put({ key: RUNNER_VIEW_KEY, value: view });
    return view;
  }

  return {
    /** The alarm's work: run if this browser is (or becomes) the firm's runner, else leave it to the runner. */
    async onAlarm(): Promise<ScheduledOutcome> {
      const settings = await deps.settings.load();
      let lease: RunnerLease;
      let marker: RunnerMarker | undefined;
      try {
        lease = await deps.lease();
        marker = await lease.read();
        const decision = scheduledDecision(marker, lease.browserId, now());
        if (decision === 'claim') marker = await lease.claim(settings.staffName, settings.syncIntervalMinutes);
        await remember(marker, lease);
        if (marker?.browserId !== lease.browserId) return { ran: false, reason: 'another-runner' };
      } catch (error) {
        // Without the marker there is no telling who runs: a lone browser (or a missing connection) still syncs,
        // which keyed creates keep safe; the run reports the missing connection if that is the cause.
        const summary = await deps.runner.run('alarm');
        return summary.error
          ? { ran: false, reason: 'lease-unreadable', error: userMessage(error) }
          : { ran: true, summary };
      }
      const summary = await deps.runner.run('alarm');
      if (!summary.error && !summary.dryRun) {
        await remember(await lease.renew(summary.finishedAt, settings.syncIntervalMinutes, settings.staffName), lease);
      }
      return { ran: true, summary };
    },

    /** Options: make this browser the firm's scheduled sync runner, under the name given. */
    async claim(name: string): Promise<SyncRunnerView> {
      await deps.settings.update({ staffName: name });
      const settings = await deps.settings.load();
      const lease = await deps.lease();
      return remember(await lease.claim(settings.staffName, settings.syncIntervalMinutes), lease);
    },

    /** Who runs the firm's scheduled sync, read from Karbon (one call); the last copy read, with the error, if not. */
    async view(): Promise<SyncRunnerView> {
      try {
        const lease = await deps.lease();
        return await remember(await lease.read(), lease);
      } catch (error) {
        const stored = (await deps.db.settings.get(RUNNER_VIEW_KEY))?.value as SyncRunnerView | undefined;
        return { ...(stored ?? {}), error: userMessage(error) };
      }
    },
  };
}

export type ScheduledSync = ReturnType<typeof createScheduledSync>;
