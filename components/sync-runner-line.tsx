import { runnerLine, type SyncRunnerView } from '../lib/firm-runner/runner-view';
import type { RemoteValue } from '../lib/state/remote-value';

/** "Scheduled sync runs from <name>'s browser, last run …": the same line in every member of staff's popup. */
export function SyncRunnerLine({ view, now }: { view: RemoteValue<SyncRunnerView>; now: number }) {
  if (view.status === 'loading') return null;
  const text = view.status === 'error' ? `Scheduled sync runner unknown: ${view.error}` : runnerLine(view.value, now);
  return (
    <p class="kxs-muted" role="status" aria-label="Scheduled sync runner">
      {text}
    </p>
  );
}
