import { Dexie, type EntityTable, type Transaction } from 'dexie';
import type { ActivityRow, CursorRow, IssueRow, KeyValueRow, LinkRow, OutboxRow, SnapshotRow } from './rows';
import { SCHEMA_V1, SCHEMA_V2, SCHEMA_V3 } from './schema-history';

/** The database name in the extension's origin. */
export const APP_DB_NAME = 'karbon-xero-sync';

/** Where Dexie finds IndexedDB (the browser's, or a fake-indexeddb factory in tests and the Node CLI). */
export interface IndexedDbDeps {
  indexedDB: IDBFactory;
  IDBKeyRange: typeof IDBKeyRange;
}

/** The extension's one database: links, issues, snapshots, cursors, activity, outbox, secrets and settings. */
export class AppDb extends Dexie {
  links!: EntityTable<LinkRow, 'id'>;
  issues!: EntityTable<IssueRow, 'id'>;
  snapshots!: EntityTable<SnapshotRow, 'id'>;
  cursors!: EntityTable<CursorRow, 'id'>;
  activity!: EntityTable<ActivityRow, 'id'>;
  outbox!: EntityTable<OutboxRow, 'key'>;
  secrets!: EntityTable<KeyValueRow, 'key'>;
  settings!: EntityTable<KeyValueRow, 'key'>;

  constructor(name: string = APP_DB_NAME, deps?: IndexedDbDeps) {
    // Relaxed: a commit is done once the OS has it, not once it is on disk (Chromium's own default for web pages);
    // a run writes thousands of small transactions, and the outbox needs to survive a browser crash, not power loss.
    super(name, { ...deps, chromeTransactionDurability: 'relaxed' });
    // Nothing watches this database live (pages ask the background, which announces changes itself), so Dexie's
    // change tracking, one BroadcastChannel message per write transaction, is pure cost.
    this.unuse({ stack: 'dbcore', name: 'Observability' });
    this.version(1).stores(SCHEMA_V1);
    this.version(2).stores(SCHEMA_V2).upgrade(upgradeV1ToV2);
    this.version(3).stores(SCHEMA_V3).upgrade(upgradeV2ToV3);
  }
}

/** v1 -> v2: a v1 issue's single `karbonKey` becomes the `karbonKeys` list. */
export async function upgradeV1ToV2(tx: Transaction): Promise<void> {
  await tx
    .table('issues')
    .toCollection()
    .modify((row: Record<string, unknown>) => {
      if (!Array.isArray(row.karbonKeys)) {
        row.karbonKeys = typeof row.karbonKey === 'string' && row.karbonKey ? [row.karbonKey] : [];
      }
      delete row.karbonKey;
    });
}

/** v2 -> v3: the boolean `dirty` of Karbon snapshots becomes 1 (indexed) or absent (not indexed). */
export async function upgradeV2ToV3(tx: Transaction): Promise<void> {
  await tx
    .table('snapshots')
    .toCollection()
    .modify((row: Record<string, unknown>) => {
      if (row.dirty === true) row.dirty = 1;
      else delete row.dirty;
    });
}
