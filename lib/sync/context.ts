import type { AppDb } from '../db/app-db';
import type { IssueRow, LinkRow, RemoteSystem } from '../db/rows';
import type { ClassifyContact, KarbonPort, XeroPort, XpmPort } from './ports';
import type { XpmSyncOptions } from './adapters/xpm-remote';
import type { RecordLocks } from './record-locks';
import type { RemoteAdapter } from './remote-adapter';

/** Where a run is, for the popup's progress bar and the CLI's stderr. */
export interface SyncProgress {
  runId: string;
  phase: 'karbon-pull' | 'xero-pull' | 'xpm-pull' | 'reconcile' | 'push' | 'done' | 'error';
  list?: string;
  page?: number;
  processed?: number;
  /** Records this phase will process in all, when known (Xero says how many contacts changed). */
  total?: number;
  /** Time left at the pace so far (the rate limits set it on a large import), when the total is known. */
  remainingMs?: number;
  message?: string;
}

/** What the engine is built from (injected so it runs in the service worker, vitest and the Node CLI). */
export interface SyncDeps {
  db: AppDb;
  xero: XeroPort;
  karbon: KarbonPort;
  /** The XPM practice, when XPM is connected (P1-P8). */
  xpm?: XpmPort;
  /** The XPM settings (mode, Business Types that become People, Contact Types pushed); defaults when absent. */
  xpmOptions?: XpmSyncOptions;
  /** The remote systems a run syncs, in order (default: Xero, then XPM when `xpm` is given). */
  systems?: RemoteSystem[];
  /** The same services in the rate limiters' user lane, for single-record actions (default: `xero` and `karbon`). */
  priority?: { xero: XeroPort; karbon: KarbonPort; xpm?: XpmPort };
  /** Person-vs-organization decision for new Karbon contacts (G5); defaults to a rule on FirstName/LastName. */
  classify?: ClassifyContact;
  now?: () => number;
  /** Waits between in-run retries of a failed record (tests pass the sandbox clock's sleep). */
  sleep?: (ms: number) => Promise<void>;
  newId?: () => string;
  onProgress?: (progress: SyncProgress) => void;
  /**
   * Whether records the sync creates in Karbon carry their source key as Client Identifier (UserDefinedIdentifier),
   * which makes the creates impossible to duplicate across browsers (read per run; default on).
   */
  clientIdentifiers?: () => boolean | Promise<boolean>;
}

/** A Karbon record this run created (report `created.karbon`). */
export interface CreatedInKarbon {
  key: string;
  type: 'contact' | 'organization';
  fromRemoteId: string;
  confidence: number;
  /** The new record's name and why the classifier chose its type (for Preview's list). */
  name?: string;
  reasons?: string[];
}

/** A Xero contact or XPM client this run created (report `created.xero`, `created.xpm`). */
export interface CreatedInXero {
  key: string;
  remoteId: string;
}

/** What one run did (or, in a dry run, would do). */
export interface RunStats {
  runId: string;
  dryRun: boolean;
  created: { karbon: CreatedInKarbon[]; xero: CreatedInXero[]; xpm: CreatedInXero[] };
  /** Write calls that succeeded, per system (a dry run counts the calls it would make). */
  writes: { karbon: number; xero: number; xpm: number };
  /** Write calls that failed or were refused, per system (each attempt counted once). */
  failedWrites: { karbon: number; xero: number; xpm: number };
  /** Records that still failed after this run's retries (each has a `sync-error` issue): the run was partial. */
  failedRecords: number;
  /** Values refused this run, by the remote system or the name check (each is a `rejected-write` issue). */
  refused: number;
  /** List pages read, and Karbon detail reads made (a dry run counts the ones the real run would make). */
  reads: { karbonDetails: number; karbonPages: number; xeroPages: number };
  /** Links and issues a dry run would create (a real run stores them in the database instead). */
  plannedLinks: LinkRow[];
  plannedIssues: IssueRow[];
  conflicts: number;
}

/** Everything one run's steps share. */
export interface RunContext {
  deps: Required<Pick<SyncDeps, 'db' | 'xero' | 'karbon' | 'classify' | 'now' | 'sleep' | 'newId'>> & SyncDeps;
  runId: string;
  dryRun: boolean;
  stats: RunStats;
  /** The remote system this step works on, and its adapter. */
  system: RemoteSystem;
  /** The engine's per-record locks (absent in tests that drive one step alone). */
  locks?: RecordLocks;
  /**
   * The Karbon records a run's records in flight are matching to (a pull's own table, apart from `locks`, which its
   * holders already hold): two remote records never link, adopt or claim one Karbon record at the same time.
   */
  claims?: RecordLocks;
  /** The `sync-error` issues of this system that may be open (loaded by a pull; only runs raise them). */
  openErrors?: Set<string>;
  remote: RemoteAdapter;
  progress(p: Omit<SyncProgress, 'runId'>): void;
}

/** Runs `work` holding the records `keys` (see record-locks.ts); without a lock table it just runs it. */
export function holdRecords<T>(
  ctx: Pick<RunContext, 'locks'>,
  keys: readonly string[],
  work: (waited: boolean) => Promise<T>,
) {
  return ctx.locks ? ctx.locks.hold(keys, work) : work(false);
}

/** Fresh, empty statistics for a run. */
export function emptyStats(runId: string, dryRun: boolean): RunStats {
  return {
    runId,
    dryRun,
    created: { karbon: [], xero: [], xpm: [] },
    writes: { karbon: 0, xero: 0, xpm: 0 },
    failedWrites: { karbon: 0, xero: 0, xpm: 0 },
    failedRecords: 0,
    refused: 0,
    reads: { karbonDetails: 0, karbonPages: 0, xeroPages: 0 },
    plannedLinks: [],
    plannedIssues: [],
    conflicts: 0,
  };
}
