import type { RunSummary } from '../lib/background/sync-runner';
import type { SyncProgress } from '../lib/sync';
import { timeAgo } from '../lib/state/format';
import { progressWords, resultWords } from '../lib/state/run-words';

/** The running sync's progress in words (announced politely), or what the last run did. */
export function SyncSummary({
  running,
  progress,
  lastRun,
}: {
  running: boolean;
  progress: SyncProgress | undefined;
  lastRun: RunSummary | undefined;
}) {
  return (
    <div aria-live="polite" class="kxs-summary">
      {running ? (
        <p class="kxs-muted" role="status" aria-label="Sync progress">
          {progress ? progressWords(progress) : 'Starting…'}
        </p>
      ) : !lastRun ? (
        <p class="kxs-muted">No sync has run yet.</p>
      ) : (
        <p class={lastRun.error ? 'kxs-error' : 'kxs-muted'} aria-label="Last sync">
          {lastRun.dryRun ? 'Preview' : 'Last sync'} {timeAgo(lastRun.finishedAt)}: {resultWords(lastRun)}
        </p>
      )}
    </div>
  );
}
