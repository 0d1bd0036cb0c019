import type { SyncedField } from '../model/canonical';
import type { AnySystem, RemoteSystem } from '../db/rows';

/** Primary key of a link row. */
export const makeLinkId = (system: RemoteSystem, remoteId: string): string => `${system}:${remoteId}`;
/** Primary key of a snapshot row. */
export const snapshotId = (system: AnySystem, recordId: string): string => `${system}:${recordId}`;
/** Deterministic id of the match issue for a remote record (one per record, never duplicated by re-runs). */
export const matchIssueId = (system: RemoteSystem, remoteId: string): string => `match:${system}:${remoteId}`;
/** Deterministic id of a field conflict on a link. */
export const conflictIssueId = (link: string, field: SyncedField): string => `conflict:${link}:${field}`;
/** Deterministic id of a name-clash issue raised by Create Contact (Xero) or Push (XPM). */
export const clashIssueId = (system: RemoteSystem, karbonKey: string): string => `clash:${system}:${karbonKey}`;

/** Outbox key of the Karbon record created for a remote record (one create per record, ever). */
export const karbonCreateKey = (system: RemoteSystem, remoteId: string): string =>
  `karbon:create:${system}:${remoteId}`;

/** Cursor ids of the watched lists. */
export const CURSOR = {
  xero: 'xero:contacts',
  karbonPeople: 'karbon:contacts',
  karbonOrgs: 'karbon:organizations',
} as const;

/** A short, stable hash (FNV-1a, hex) of a JSON-able value, for idempotency keys of writes. */
export function stableHash(value: unknown): string {
  const text = JSON.stringify(value);
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}
