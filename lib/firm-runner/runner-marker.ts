// The firm's sync-runner marker, kept in Karbon (the one system every member of staff's browser reaches) as a custom
// field definition that shows on no contact: its Name says who runs the scheduled sync, its one list option holds
// the machine-readable state. Custom field definitions can be listed, created and deleted by the API, and a
// definition visible to neither people nor organizations changes nothing anyone sees on a contact.
import type { KarbonCustomField, KarbonCustomFieldInput } from '../api/schemas/karbon';

/** Who runs the firm's scheduled sync, as every browser reads it. */
export interface RunnerMarker {
  /** The definition that holds it (absent until written). */
  key?: string;
  /** The runner's random per-install id. */
  browserId: string;
  /** The name the runner's user gave ("Scheduled sync runs from <name>'s browser"). */
  name: string;
  /** When this browser became the runner (a later claim wins over an earlier one, whatever the write order). */
  claimedAt: number;
  /** When its last scheduled sync finished. */
  lastRunAt?: number;
  /** Its schedule, in minutes (others judge from it when the runner has gone quiet). */
  everyMinutes: number;
}

/** Every marker definition's name starts with this, so an admin can tell what it is in Karbon's settings. */
export const MARKER_PREFIX = 'Xero sync runner: ';
const VERSION = 1;
/** Karbon's limit on a definition's Name (KarbonAPI.json CustomFieldDefinition). */
const NAME_MAX = 100;

/** The custom field definition that records `marker`. */
export function markerDefinition(marker: RunnerMarker): KarbonCustomFieldInput {
  const state = {
    v: VERSION,
    browser: marker.browserId,
    name: marker.name,
    claimed: marker.claimedAt,
    ...(marker.lastRunAt === undefined ? {} : { lastRun: marker.lastRunAt }),
    every: marker.everyMinutes,
  };
  return {
    Name: `${MARKER_PREFIX}${marker.name} (set by the Karbon Xero sync extension)`.slice(0, NAME_MAX),
    Type: 'ListSingleSelect',
    IsVisibleToContacts: false,
    IsVisibleToOrganizations: false,
    ListOptions: [JSON.stringify(state)],
  };
}

const finite = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

/** The marker a definition records, or undefined for any other custom field. */
export function markerOf(definition: KarbonCustomField): RunnerMarker | undefined {
  if (!definition.Name.startsWith(MARKER_PREFIX)) return undefined;
  let state: unknown;
  try {
    state = JSON.parse(definition.ListOptions?.[0] ?? '');
  } catch {
    return undefined;
  }
  if (typeof state !== 'object' || state === null) return undefined;
  const s = state as Record<string, unknown>;
  if (s.v !== VERSION || typeof s.browser !== 'string' || typeof s.name !== 'string') return undefined;
  if (!finite(s.claimed) || !finite(s.every)) return undefined;
  return {
    key: definition.Key,
    browserId: s.browser,
    name: s.name,
    claimedAt: s.claimed,
    ...(finite(s.lastRun) ? { lastRunAt: s.lastRun } : {}),
    everyMinutes: s.every,
  };
}

/** The marker in force among several (left by racing writes): the latest claim, then the latest run, then the id. */
export function currentMarker(markers: RunnerMarker[]): RunnerMarker | undefined {
  return [...markers].sort(
    (a, b) =>
      b.claimedAt - a.claimedAt ||
      (b.lastRunAt ?? 0) - (a.lastRunAt ?? 0) ||
      (a.browserId < b.browserId ? -1 : a.browserId > b.browserId ? 1 : 0),
  )[0];
}

/** A runner silent for this many of its own intervals (plus a grace period) has gone: another browser takes over. */
export const STALE_INTERVALS = 3;
export const STALE_GRACE_MS = 15 * 60_000;

/** True when the runner has not claimed or run for long enough that another browser should take over. */
export function isStale(marker: RunnerMarker, now: number): boolean {
  const heartbeat = Math.max(marker.claimedAt, marker.lastRunAt ?? 0);
  return now - heartbeat > STALE_INTERVALS * marker.everyMinutes * 60_000 + STALE_GRACE_MS;
}

/** What a browser's scheduled alarm does: run (it is the runner), claim the role (nobody has it), or skip. */
export function scheduledDecision(
  marker: RunnerMarker | undefined,
  browserId: string,
  now: number,
): 'run' | 'claim' | 'skip' {
  if (!marker || isStale(marker, now)) return marker?.browserId === browserId ? 'run' : 'claim';
  return marker.browserId === browserId ? 'run' : 'skip';
}
