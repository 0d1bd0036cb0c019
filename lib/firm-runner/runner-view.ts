import { timeAgo } from '../state/format';
import { isStale, type RunnerMarker } from './runner-marker';

/** What every popup and the options page show about the firm's scheduled sync runner. */
export interface SyncRunnerView {
  /** The runner as last read from Karbon; absent when no browser has the role yet. */
  runner?: {
    name: string;
    thisBrowser: boolean;
    claimedAt: number;
    lastRunAt?: number;
    /** Silent for so long that the next browser whose schedule fires takes over. */
    overdue: boolean;
  };
  /** When the marker was read from Karbon. */
  readAt?: number;
  /** Why it could not be read (e.g. Karbon not connected). */
  error?: string;
}

/** The view of a marker read at `now` by the browser `browserId`. */
export function runnerView(marker: RunnerMarker | undefined, browserId: string, now: number): SyncRunnerView {
  if (!marker) return { readAt: now };
  return {
    runner: {
      name: marker.name,
      thisBrowser: marker.browserId === browserId,
      claimedAt: marker.claimedAt,
      ...(marker.lastRunAt === undefined ? {} : { lastRunAt: marker.lastRunAt }),
      overdue: isStale(marker, now),
    },
    readAt: now,
  };
}

/** The one line a popup shows: "Scheduled sync runs from <name>'s browser, last run …". */
export function runnerLine(view: SyncRunnerView, now: number): string {
  if (view.error) return `Scheduled sync runner unknown: ${view.error}`;
  const r = view.runner;
  if (!r)
    return "No browser runs the firm's scheduled sync yet: the first scheduled sync takes it, or choose one in Options.";
  const who = `${r.name || 'an unnamed'}'s browser${r.thisBrowser ? ' (this one)' : ''}`;
  const last = r.lastRunAt === undefined ? 'not run yet' : `last run ${timeAgo(r.lastRunAt, now)}`;
  const overdue = r.overdue ? '; overdue, so the next scheduled sync of another browser takes over' : '';
  return `Scheduled sync runs from ${who}, ${last}${overdue}.`;
}
