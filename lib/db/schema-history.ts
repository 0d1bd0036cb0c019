// Every schema version the database has had, oldest first. Never edit a shipped entry: add a new version instead,
// with an upgrade and a stored example of the previous version's rows (test/lib/db/fixtures/).

/** v1: the first release. Issues pointed at a single Karbon candidate (`karbonKey`). */
export const SCHEMA_V1 = {
  links: 'id, [system+karbonKey], karbonKey, state',
  issues: 'id, state, [system+remoteId], karbonKey, linkId',
  snapshots: 'id, system',
  cursors: 'id',
  activity: '++id, time, runId, linkId, [system+recordId]',
  outbox: 'key, state, system',
  secrets: 'key',
  settings: 'key',
};

/** v2: issues carry every candidate (`*karbonKeys`, multi-entry) and are counted per system for the badge. */
export const SCHEMA_V2 = {
  ...SCHEMA_V1,
  issues: 'id, state, [state+system], [system+remoteId], *karbonKeys, linkId',
};

/** v3: snapshots changed in Karbon and not yet reconciled are indexed (`dirty` = 1), so a run never scans them all. */
export const SCHEMA_V3 = {
  ...SCHEMA_V2,
  snapshots: 'id, system, dirty',
};
