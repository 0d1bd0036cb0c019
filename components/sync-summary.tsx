import type { RunSummary } from '../lib/background/sync-runner';
import type { SyncProgress } from '../lib/sync';
import { timeAgo } from '../lib/state/format';
import { formatDuration, formatEstimate } from '../lib/state/format-duration';

const PHASES: Record<SyncProgress['phase'], string> = {
  'karbon-pull': 'Reading Karbon',
  'xero-pull': 'Reading Xero',
  'xpm-pull': 'Reading Xero Practice Manager',
  reconcile: 'Comparing linked contacts',
  push: 'Writing changes',
  done: 'Done',
  error: 'Stopped',
};

/** The running sync's phase, or what the last one did. */
export function SyncSummary({
  running,
  progress,
  lastRun,
}: {
  running: boolean;
  progress: SyncProgress | undefined;
  lastRun: RunSummary | undefined;
}) {
  if (running && progress) {
    return (
      <p class="kxs-muted" role="status" aria-label="Sync progress">
        {PHASES[progress.phase]}
        {progress.list ? ` ${progress.list}` : ''}
        {progress.page !== undefined ? `, page ${progress.page}` : ''}
        {progress.processed !== undefined
          ? ` (${progress.processed}${progress.total !== undefined ? ` of ${progress.total}` : ''} records)`
          : ''}
        {progress.remainingMs !== undefined ? `, ${formatDuration(progress.remainingMs)} left` : ''}…
      </p>
    );
  }
  if (!lastRun) return <p class="kxs-muted">No sync has run yet.</p>;
  const writes = lastRun.writes.karbon + lastRun.writes.xero;
  return (
    <p class={lastRun.error ? 'kxs-error' : 'kxs-muted'} aria-label="Last sync">
      {lastRun.dryRun ? 'Preview' : 'Last sync'} {timeAgo(lastRun.finishedAt)}:{' '}
      {lastRun.error
        ? lastRun.error
        : lastRun.dryRun
          ? `would link ${lastRun.plannedLinks}, create ${lastRun.createdInKarbon} in Karbon, flag ${lastRun.plannedIssues}; nothing was written.` +
            (lastRun.estimate ? ` ${formatEstimate(lastRun.estimate)}` : '')
          : `${writes} write${writes === 1 ? '' : 's'}, ${lastRun.createdInKarbon} created in Karbon, ${lastRun.conflicts} conflict${lastRun.conflicts === 1 ? '' : 's'}.`}
    </p>
  );
}
