import type { ContactKind } from '../model/canonical';
import { buildKarbonIndex, type KarbonIndex } from '../match/karbon-index';
import { matchRecord } from '../match/match-record';
import type { MatchOutcome, MatchRecord } from '../match/types';
import type { XeroContactWire } from '../model/wire-types';
import type { RunContext } from './context';

/** The Karbon side of matching for one run: hash indexes over every known Karbon record, and each key's kind. */
export interface KarbonMatcher {
  match(contact: XeroContactWire): MatchOutcome;
  kindOf(karbonKey: string): ContactKind | undefined;
}

/** Snapshots read per chunk: only name, email and kind are kept, so memory stays flat with 50,000 records. */
export const MATCHER_CHUNK = 2000;

/** Builds the matcher from the Karbon snapshots (list rows carry the name and email the matcher needs). */
export async function buildKarbonMatcher(ctx: RunContext, chunk = MATCHER_CHUNK): Promise<KarbonMatcher> {
  const kinds = new Map<string, ContactKind>();
  const records: MatchRecord[] = [];
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
    }
    const last = rows[rows.length - 1];
    if (!last || rows.length < chunk) break;
    after = last.id;
  }
  const index: KarbonIndex = buildKarbonIndex(records);
  return {
    match: (contact) =>
      matchRecord(index, {
        id: contact.ContactID ?? '',
        name: contact.Name ?? '',
        email: contact.EmailAddress ?? undefined,
        firstName: contact.FirstName ?? undefined,
        lastName: contact.LastName ?? undefined,
      }),
    kindOf: (key) => kinds.get(key),
  };
}
