import type { ContactKind } from '../model/canonical';
import { buildKarbonIndex, type KarbonIndex } from '../match/karbon-index';
import { matchRecord } from '../match/match-record';
import type { MatchOutcome, MatchRecord } from '../match/types';
import type { RunContext } from './context';
import type { SnapshotRow } from '../db/rows';
import type { KarbonEntity } from '../model/karbon-mapping';
import type { KarbonSummaryWire } from './ports';
import { identifierKey, sourceOfKarbonIdentifier } from './source-key';

/** The Karbon side of matching for one run: hash indexes over every known Karbon record, and each key's kind. */
export interface KarbonMatcher {
  /** Matches one remote record (as its adapter's matchInput gives it). */
  match(record: MatchRecord): MatchOutcome;
  kindOf(karbonKey: string): ContactKind | undefined;
  /** The Karbon key whose Client Identifier is the sync's key `identifier` (see lib/sync/source-key.ts). */
  byIdentifier(identifier: string): string | undefined;
}

/** The Client Identifier of a snapshot: the list row's, else the detail's. */
function identifierOf(row: SnapshotRow): string | null | undefined {
  const summary = row.summary as KarbonSummaryWire | undefined;
  return summary?.UserDefinedIdentifier ?? (row.raw as KarbonEntity | undefined)?.record.UserDefinedIdentifier;
}

/** Snapshots read per chunk: only name, email and kind are kept, so memory stays flat with 50,000 records. */
export const MATCHER_CHUNK = 2000;

/** Builds the matcher from the Karbon snapshots (list rows carry the name and email the matcher needs). */
export async function buildKarbonMatcher(ctx: RunContext, chunk = MATCHER_CHUNK): Promise<KarbonMatcher> {
  const kinds = new Map<string, ContactKind>();
  const records: MatchRecord[] = [];
  // Only identifiers the sync itself gives (a firm's own client codes are not kept).
  const keyed = new Map<string, string>();
  // Keyset paging over the primary key ('karbon:<key>'): each chunk is one getAll, and the full rows are dropped.
  for (let after = 'karbon:'; ;) {
    const rows = await ctx.deps.db.snapshots
      .where('id')
      .between(after, 'karbon:\uffff', false, false)
      .limit(chunk)
      .toArray();
    for (const row of rows) {
      kinds.set(row.recordId, row.kind);
      records.push({ id: row.recordId, name: row.canonical.name, email: row.canonical.email });
      const identifier = identifierOf(row);
      if (identifier && sourceOfKarbonIdentifier(identifier)) keyed.set(identifierKey(identifier), row.recordId);
    }
    const last = rows[rows.length - 1];
    if (!last || rows.length < chunk) break;
    after = last.id;
  }
  const index: KarbonIndex = buildKarbonIndex(records);
  return {
    match: (record) => matchRecord(index, record),
    kindOf: (key) => kinds.get(key),
    byIdentifier: (identifier) => keyed.get(identifierKey(identifier)),
  };
}
