import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, describe, expect, it } from 'vitest';
import { contactActivity } from '../../../lib/background/activity-views';
import { AppDb } from '../../../lib/db/app-db';
import type { ActivityRow } from '../../../lib/db/rows';

const dbs: AppDb[] = [];
afterEach(() => {
  for (const db of dbs.splice(0)) db.close();
});

function open() {
  const db = new AppDb(`activity-${dbs.length}`, { indexedDB: new IDBFactory(), IDBKeyRange });
  dbs.push(db);
  return db;
}

const row = (over: Partial<ActivityRow>): ActivityRow => ({
  time: 1,
  runId: 'r1',
  system: 'karbon',
  recordId: 'K1',
  action: 'update',
  cause: 'sync',
  ...over,
});

describe("a contact's activity as the panel shows it", () => {
  it('comes with its words: what changed, where, before and after, and what made it', async () => {
    const db = open();
    await db.activity.bulkAdd([
      row({ field: 'email', before: 'old@x.test', after: 'new@x.test' }),
      row({ action: 'create', cause: 'no-match', time: 2 }),
      row({ action: 'unlink', cause: 'a-cause-without-words', time: 3 }),
    ]);
    const views = await contactActivity(db, 'K1');
    expect(views.map((v) => [v.what, v.by, v.undoable])).toEqual([
      ['Syncing stopped', 'a-cause-without-words', false],
      ['Created in Karbon', 'a sync run (new in Xero)', false],
      ['Billing Email in Karbon: old@x.test → new@x.test', 'a sync run', true],
    ]);
  });
});
