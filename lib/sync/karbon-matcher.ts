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

/** Builds the matcher from the Karbon snapshots (list rows carry the name and email the matcher needs). */
export async function buildKarbonMatcher(ctx: RunContext): Promise<KarbonMatcher> {
  const rows = await ctx.deps.db.snapshots.where('system').equals('karbon').toArray();
  const kinds = new Map<string, ContactKind>();
  const records: MatchRecord[] = rows.map((row) => {
    kinds.set(row.recordId, row.kind);
    return { id: row.recordId, name: row.canonical.name, email: row.canonical.email };
  });
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
