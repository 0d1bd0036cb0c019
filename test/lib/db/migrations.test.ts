import { Dexie } from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { AppDb } from '../../../lib/db/app-db';
import { SCHEMA_V1, SCHEMA_V2 } from '../../../lib/db/schema-history';

// The harness: each entry opens a database at an old version with stored example rows, then opens the current
// AppDb on it and checks the upgraded rows. Add one entry per version bump that has an upgrade.
const stored = (name: string) =>
  JSON.parse(readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8')) as Record<string, object[]>;
const v1Rows = stored('v1-rows.json');
const v2Rows = stored('v2-rows.json');

async function seedOldVersion(
  indexedDB: IDBFactory,
  version: number,
  stores: Record<string, string>,
  rows: Record<string, object[]>,
): Promise<void> {
  const old = new Dexie('migrate-test', { indexedDB, IDBKeyRange });
  old.version(version).stores(stores);
  await old.open();
  for (const [table, list] of Object.entries(rows)) await old.table(table).bulkAdd(list);
  old.close();
}

describe('migrations', () => {
  it('v1 -> current: issues get karbonKeys, everything else is kept', async () => {
    const indexedDB = new IDBFactory();
    await seedOldVersion(indexedDB, 1, SCHEMA_V1, v1Rows);

    const db = new AppDb('migrate-test', { indexedDB, IDBKeyRange });
    await db.open();
    expect(db.verno).toBe(3);

    const issue = await db.issues.get('match:xero:3ec601ad-eddc-4ccb-a8ac-736e88293b1b');
    expect(issue?.karbonKeys).toEqual(['2Nw8tnxwQCVf']);
    expect(issue && 'karbonKey' in issue).toBe(false);
    expect((await db.issues.get('match:xero:00000000-0000-0000-0000-000000000001'))?.karbonKeys).toEqual([]);
    expect(await db.issues.where('karbonKeys').equals('2Nw8tnxwQCVf').count()).toBe(1);
    expect(await db.issues.where('[state+system]').equals(['open', 'xero']).count()).toBe(1);

    expect(await db.links.toArray()).toEqual(v1Rows.links);
    expect(await db.cursors.toArray()).toEqual(v1Rows.cursors);
    expect(await db.activity.toArray()).toEqual(v1Rows.activity);
    expect(await db.settings.toArray()).toEqual(v1Rows.settings);
    db.close();
  });

  it('v2 -> current: Karbon snapshots keep `dirty` only as an indexed 1', async () => {
    const indexedDB = new IDBFactory();
    await seedOldVersion(indexedDB, 2, SCHEMA_V2, v2Rows);
    const db = new AppDb('migrate-test', { indexedDB, IDBKeyRange });
    await db.open();
    expect(db.verno).toBe(3);
    expect((await db.snapshots.where('dirty').equals(1).toArray()).map((s) => s.id)).toEqual(['karbon:67zlxNyJSr8e']);
    const clean = await db.snapshots.get('karbon:2Nw8tnxwQCVf');
    expect(clean && 'dirty' in clean).toBe(false);
    expect(await db.snapshots.count()).toBe(3);
    expect(await db.issues.toArray()).toEqual(v2Rows.issues);
    db.close();
  });

  it('a fresh install opens at the current version with every table', async () => {
    const db = new AppDb('fresh', { indexedDB: new IDBFactory(), IDBKeyRange });
    await db.open();
    expect(db.tables.map((t) => t.name).sort()).toEqual(
      ['activity', 'cursors', 'issues', 'links', 'outbox', 'secrets', 'settings', 'snapshots'].sort(),
    );
    db.close();
  });
});
