import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, describe, expect, it } from 'vitest';
import { issueViews } from '../../../lib/background/issue-views';
import { AppDb } from '../../../lib/db/app-db';
import type { IssueRow } from '../../../lib/db/rows';

const dbs: AppDb[] = [];
afterEach(() => {
  for (const db of dbs.splice(0)) db.close();
});

function open() {
  const db = new AppDb(`issue-views-${dbs.length}`, { indexedDB: new IDBFactory(), IDBKeyRange });
  dbs.push(db);
  return db;
}

const issue = (over: Partial<IssueRow>): IssueRow => ({
  id: 'match:xero:X1',
  system: 'xero',
  kind: 'name-only',
  state: 'open',
  remoteId: 'X1',
  karbonKeys: ['K1'],
  createdAt: 1,
  signals: ['name'],
  remote: { name: 'Acme Pty Ltd', email: 'a@acme.test', phone: null, address: null },
  ...over,
});

describe('issue views', () => {
  it('name the Karbon side from its snapshot and say, for a match issue, what matched and what differs', async () => {
    const db = open();
    await db.snapshots.put({
      id: 'karbon:K1',
      system: 'karbon',
      recordId: 'K1',
      kind: 'org',
      canonical: { name: 'Acme Pty Ltd', email: 'b@acme.test', phone: null, address: null },
      raw: {},
      modifiedAt: '2026-01-01T00:00:00Z',
      pulledAt: 1,
    });
    const [match, conflict] = await issueViews(db, [
      issue({}),
      issue({ id: 'conflict:xero:X1:email', kind: 'field-conflict', field: 'email' }),
    ]);
    expect(match?.candidates).toEqual([{ key: 'K1', name: 'Acme Pty Ltd', email: 'b@acme.test', kind: 'org' }]);
    expect(match?.words).toEqual({ matched: 'Same name.', differs: 'Differs: billing email.' });
    expect(conflict?.words).toBeUndefined();
  });
});
