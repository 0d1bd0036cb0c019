import type { CanonicalContact, ContactKind, SyncedField } from '../model/canonical';

/** A remote system the extension links Karbon contacts to. */
export type RemoteSystem = 'xero' | 'xpm';
/** Any system the sync reads or writes. */
export type AnySystem = RemoteSystem | 'karbon';
/** How a link came about (DESIGN.md §2). */
export type LinkHow = 'full-match' | 'confirmed' | 'created-in-karbon' | 'pushed-from-karbon';
/** The Karbon entity type of a link, as the report names it. */
export type KarbonType = 'contact' | 'organization';

/** `links`: one Karbon record paired with one remote record; `base` is the last agreed value of each field. */
export interface LinkRow {
  /** `${system}:${remoteId}`. */
  id: string;
  system: RemoteSystem;
  remoteId: string;
  karbonKey: string;
  karbonType: KarbonType;
  kind: ContactKind;
  state: 'linked' | 'unsynced';
  base: CanonicalContact;
  how: LinkHow;
  linkedAt: number;
  /** For a record the classifier created (G5): the kind it chose, how sure it was and why (the panel shows it). */
  classification?: { kind: ContactKind; confidence: number; reasons: string[]; confirmedByUser?: boolean };
  /** Set when the remote record was archived or deleted (G10, P8): syncing stops, Karbon is left alone. */
  remoteArchivedAt?: number;
  /**
   * Per field, the comparison key of how Karbon shows the base when its fields cannot hold it exactly (a title in a
   * person's name, a country Karbon has no code for, an address past Karbon's length limit): that value is our own
   * write coming back, not a user edit.
   */
  karbonEcho?: Partial<Record<SyncedField, string>>;
  /** Link id this one replaced when Xero merged two contacts (MergedToContactID). */
  mergedFrom?: string;
}

/** The kinds of issue the UI lists. */
export type IssueKind =
  | 'name-only'
  | 'email-only'
  | 'normalized-name'
  | 'ambiguous'
  | 'field-conflict'
  | 'name-clash'
  | 'sync-error'
  | 'type-review'
  | 'rejected-write';

/** `issues`: a match issue (remote record vs candidate Karbon keys) or a field conflict on a link. */
export interface IssueRow {
  /** Deterministic, so re-running a sync never duplicates an issue: `match:xero:<id>`, `conflict:<linkId>:<field>`. */
  id: string;
  system: RemoteSystem;
  kind: IssueKind;
  state: 'open' | 'resolved';
  remoteId: string;
  karbonKeys: string[];
  createdAt: number;
  /** Which signals agreed (name, email, normalized-name, ...) and the matcher's score. */
  signals?: string[];
  score?: number;
  /** The remote record's values when the issue was raised (match issues). */
  remote?: CanonicalContact;
  linkId?: string;
  field?: SyncedField;
  base?: unknown;
  karbonValue?: unknown;
  remoteValue?: unknown;
  resolvedAt?: number;
  resolution?: string;
  /** For `sync-error` and `rejected-write`: what the service said about this record, in words a user can act on. */
  message?: string;
  /** For `type-review`: the classifier's suggestion (preselected), how sure it was, and the signals behind it. */
  suggestedKind?: ContactKind;
  confidence?: number;
  reasons?: string[];
  /** For `rejected-write`: the system that refused the value (or would have: a name checked before it travelled). */
  refusedBy?: AnySystem;
  /**
   * For a push held back (a refused create, a name that must not travel): the Karbon record's stamp then, so an
   * automatic push tries again only once the record changed.
   */
  karbonStamp?: string;
}

/** `snapshots`: the last pulled record per system and id, so the panel can show it without a network call. */
export interface SnapshotRow {
  /** `${system}:${recordId}`. */
  id: string;
  system: AnySystem;
  recordId: string;
  kind: ContactKind;
  canonical: CanonicalContact;
  /** The wire record as pulled (needed for read-modify-write and for the match step). */
  raw: unknown;
  /** The record's own modification stamp (ISO string). */
  modifiedAt: string;
  archived?: boolean;
  pulledAt: number;
  /**
   * Karbon only: 1 when changed since the pair was last reconciled (kept until the change reached the other side),
   * absent otherwise, so the `dirty` index holds only the few records a run must look at.
   */
  dirty?: 1;
  /** Karbon only: the list row (name, email, stamp); `raw` then holds the detail with BusinessCards when fetched. */
  summary?: unknown;
  /** Karbon only: the stamp of the detail held in `raw` (equal to `modifiedAt` when the detail is current). */
  detailModifiedAt?: string;
}

/** A running job's resume point, stored with its cursor after every page. */
export interface Checkpoint {
  runId: string;
  /** Next page to read (Xero page number) or the nextLink to follow (Karbon). */
  page?: number;
  next?: string;
  /** The high-water mark seen so far in this job (becomes the cursor when the job completes). */
  highWater?: string;
  startedAt: number;
}

/** `cursors`: per watched list, the high-water mark of the last completed pull and the running job's checkpoint. */
export interface CursorRow {
  /** `xero:contacts`, `xpm:clients`, `karbon:contacts`, `karbon:organizations`. */
  id: string;
  highWater?: string;
  checkpoint?: Checkpoint;
  completedAt?: number;
}

/** `activity`: append-only log of every write the sync makes, the source of undo. */
export interface ActivityRow {
  id?: number;
  time: number;
  runId: string;
  system: AnySystem;
  recordId: string;
  action: 'update' | 'create' | 'link' | 'unlink' | 'relink' | 'archive-seen' | 'undo';
  field?: SyncedField;
  before?: unknown;
  after?: unknown;
  linkId?: string;
  /** Why we wrote: `initial-match`, `sync`, `resolve`, `create-contact`, `undo`, ... */
  cause: string;
  undoneAt?: number;
  /** For an undo entry, the activity it reverted. */
  undoOf?: number;
}

/** `outbox`: a write that must happen exactly once, keyed by its idempotency key. */
export interface OutboxRow {
  key: string;
  system: AnySystem;
  op: string;
  recordId?: string;
  payload: unknown;
  state: 'pending' | 'done' | 'failed';
  attempts: number;
  lastError?: string;
  createdAt: number;
  doneAt?: number;
  result?: unknown;
}

/** `secrets` and `settings`: small key-value rows (tokens and API keys; user settings). */
export interface KeyValueRow {
  key: string;
  value: unknown;
}
