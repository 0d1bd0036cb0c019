// What the engine needs to know about one remote system (Xero, XPM): how to read its records, recognise them, and
// write a canonical patch back. The engine's steps (pull, match, reconcile, push, undo) are written once against this.
import type { CanonicalContact, CanonicalPatch, ContactKind } from '../model/canonical';
import type { KarbonBusinessCardWire } from '../model/wire-types';
import type { RemoteSystem } from '../db/rows';
import type { MatchRecord } from '../match/types';
import type { RunContext } from './context';
import type { RejectedWire } from './ports';
import type { SourceRecord } from './source-key';
import { COMMON_FIELDS, SYNCED_FIELDS, type SyncedField } from '../model/canonical';

/** One pending update of a linked remote record. */
export interface RemoteUpdate {
  remoteId: string;
  kind: ContactKind;
  /** The record's current values (the "before" of the activity log). */
  before: CanonicalContact;
  patch: CanonicalPatch;
  linkId: string;
  karbonKey: string;
  cause: string;
  /** The stamp of the version the patch was computed against: the same change to a newer version is a new write. */
  remoteStamp: string;
  /** The wire record the patch was computed against (an XPM contact needs its client to be written). */
  record?: unknown;
}

/** How a remote record with no Karbon match becomes a Karbon record. */
export interface KarbonCreatePlan {
  kind: ContactKind;
  confidence: number;
  /** Karbon name fields: FirstName/LastName for a person, FullName for an organization. */
  fields: Record<string, unknown>;
  /** Extra fields of the new primary BusinessCard (e.g. the Organization an XPM contact belongs to). */
  card?: Partial<KarbonBusinessCardWire>;
  /** Why this kind (kept on the link, shown in the panel). */
  reasons?: string[];
  confirmedByUser?: boolean;
}

/** An unsure Person-or-Organization decision that a person must confirm before anything is created (type-review). */
export interface TypeReview {
  kind: ContactKind;
  confidence: number;
  reasons: string[];
}

/** One page of a remote list. */
export interface RemotePage<W> {
  records: W[];
  rejected?: RejectedWire[];
  /** The cursor this page completes, when the records carry no usable modification time (XPM: the list's time). */
  highWater?: string;
  /** Records in the whole list, when the service says (Xero's `pagination.itemCount`): the progress total. */
  itemCount?: number;
}

/** A remote system as the engine sees it; `W` is its wire record. */
export interface RemoteAdapter<W = unknown> {
  readonly system: RemoteSystem;
  /** The cursor id of its watched list. */
  readonly cursorId: string;
  /** How a record is named in messages ("Xero contact"). */
  readonly noun: string;
  /** Re-read this much before the cursor (timestamps are not unique; a seen version is skipped anyway). */
  readonly cursorOverlapMs: number;
  /** Whether `stamp` orders versions (a timestamp), or only tells them apart (a content hash). */
  readonly orderedStamps: boolean;
  /**
   * How many records of a page a run may handle at once: more than one only where a page's records do not depend on
   * one another (XPM's contacts need their client linked first; a Xero merge is handled before the rest of its page).
   */
  readonly recordsInFlight: number;
  /** Set when the system keeps a street address apart from the billing one (XPM): Karbon's Physical address. */
  readonly streetAddress?: boolean;
  id(record: W): string;
  /** The source key a Karbon record created from this record carries (lib/sync/source-key.ts). */
  sourceKey(record: W): SourceRecord;
  /** Set when the kind of the Karbon record to create needs a person's confirmation (nothing is created meanwhile). */
  typeReview?(ctx: RunContext, record: W): TypeReview | undefined;
  /** The record's own first and last name, when it is a person that has them. */
  personName(record: W): { first: string; last: string } | undefined;
  /** The synced fields this record has (default: the four common ones; an XPM contact has no address). */
  syncedFields?(record: W): readonly SyncedField[] | undefined;
  /** The record's own modification stamp ('' when unknown). */
  stamp(record: W): string;
  isArchived(record: W): boolean;
  toCanonical(record: W): CanonicalContact;
  /** The kind a record looks like when no link says. */
  guessKind(record: W): ContactKind;
  /** The Karbon key a record pushed from Karbon carries (by this or another browser). */
  pushedKarbonKey(record: W): string | undefined;
  /** The record's own page in the remote system's web app, when the record says (XPM's WebUrl). */
  webUrl?(record: W): string | undefined;
  /** The id of the record this one was merged into, when the remote system merges records. */
  mergedInto(record: W): string | undefined;
  matchInput(record: W): MatchRecord;
  /** Whether the record takes part in matching at all (else it is only recorded). */
  importable(ctx: RunContext, record: W): Promise<boolean>;
  /** The Karbon record to create for an unmatched remote record. */
  planKarbon(ctx: RunContext, record: W, forcedKind?: ContactKind): Promise<KarbonCreatePlan>;
  /** Records changed since the cursor, oldest change first where the system can order them. */
  pages(ctx: RunContext, since: Date | undefined): AsyncIterable<RemotePage<W>>;
  /** One record by id (undefined when gone). */
  get(ctx: RunContext, id: string): Promise<W | undefined>;
  /** Sends queued updates; each accepted one is handed to `accepted` with the record as the system now holds it. */
  flush(
    ctx: RunContext,
    updates: RemoteUpdate[],
    accepted: (update: RemoteUpdate, record: W) => Promise<void>,
  ): Promise<void>;
}

/** The fields a record syncs: its adapter's say, else the four every system has (Xero: no street address). */
export function fieldsOf(remote: RemoteAdapter, record: unknown): readonly SyncedField[] {
  return remote.syncedFields?.(record) ?? COMMON_FIELDS;
}

/**
 * The remote record's values for comparing with Karbon: a field the record does not have (an XPM contact's address,
 * a Xero contact's street address) takes Karbon's value, so it is never written either way nor cleared.
 */
export function remoteValues(remote: RemoteAdapter, record: unknown, karbon: CanonicalContact): CanonicalContact {
  const values = remote.toCanonical(record);
  const fields = fieldsOf(remote, record);
  const out = { ...values };
  for (const field of SYNCED_FIELDS) {
    if (!fields.includes(field)) Object.assign(out, { [field]: karbon[field] });
  }
  return out;
}
