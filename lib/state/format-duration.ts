import type { RunEstimate } from '../sync/estimate';

/** "under a minute", "about 5 minutes", "about 1 h 12 min" */
export function formatDuration(ms: number): string {
  const minutes = Math.round(ms / 60_000);
  if (minutes < 1) return 'under a minute';
  if (minutes < 60) return `about ${minutes} minute${minutes === 1 ? '' : 's'}`;
  return `about ${Math.floor(minutes / 60)} h ${minutes % 60} min`;
}

/** What a Preview says about the real sync before the user starts it. */
export function formatEstimate(estimate: RunEstimate): string {
  const n = (x: number) => x.toLocaleString('en-US');
  return (
    `A real sync makes about ${n(estimate.calls.karbon)} Karbon and ${n(estimate.calls.xero)} Xero calls: ` +
    `${formatDuration(estimate.minutes * 60_000)} at the services' rate limits. It runs in the background and ` +
    'carries on after the browser restarts.'
  );
}
