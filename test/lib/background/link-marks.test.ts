import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, describe, expect, it } from 'vitest';
import { linkMarks } from '../../../lib/background/link-marks';
import { AppDb } from '../../../lib/db/app-db';
import type { IssueRow, LinkRow } from '../../../lib/db/rows';
import type { CanonicalContact } from '../../../lib/model/canonical';

const dbs: AppDb[] = [];
afterEach(() => {
  for (const db of dbs.splice(0)) db.close();
});

const base: CanonicalContact = { name: 'A', email: '', phone: null, address: null };
const link = (karbonKey: string, over: Partial<LinkRow> = {}): LinkRow => ({
  id: `xero:X-${karbonKey}`,
  system: 'xero',
  remoteId: `X-${karbonKey}`,
  karbonKey,
  karbonType: 'contact',
  kind: 'person',
  state: 'linked',
  base,
  how: 'full-match',
  linkedAt: 1,
  ...over,
});
const issue = (
  id: string,
  kind: IssueRow['kind'],
  karbonKeys: string[],
  state: IssueRow['state'] = 'open',
): IssueRow => ({
  id,
  system: 'xero',
  kind,
  state,
  remoteId: `R-${id}`,
  karbonKeys,
  createdAt: 1,
});

function open() {
  const db = new AppDb(`marks-${dbs.length}`, { indexedDB: new IDBFactory(), IDBKeyRange });
  dbs.push(db);
  return db;
}

describe("the contact list's link marks, from the database alone", () => {
  it('says nothing before any sync has linked a contact', async () => {
    const db = open();
    await db.issues.put(issue('m1', 'name-only', ['K1']));
    expect(await linkMarks(db, ['K1', 'K2'])).toEqual({});
  });

  it('marks each listed key: linked, stopped, to review, in conflict, or not linked', async () => {
    const db = open();
    await db.links.bulkPut([
      link('K1'),
      link('K2', { state: 'unsynced' }),
      link('K3', { remoteArchivedAt: 5 }),
      link('K4'),
      link('K5'),
      link('K9'),
    ]);
    await db.issues.bulkPut([
      issue('conflict:xero:X-K4:email', 'field-conflict', ['K4']),
      issue('m5', 'name-only', ['K5', 'K6']),
      issue('m5b', 'field-conflict', ['K5']),
      issue('m7', 'email-only', ['K7'], 'resolved'),
      issue('m9', 'ambiguous', ['K99']),
    ]);
    expect(await linkMarks(db, ['K1', 'K2', 'K3', 'K4', 'K5', 'K6', 'K7', 'K8'])).toEqual({
      K1: 'linked',
      K2: 'stopped',
      K3: 'stopped',
      K4: 'conflict',
      K5: 'conflict',
      K6: 'review',
      K7: 'none',
      K8: 'none',
    });
  });

  it('a live link outranks a stopped one of another system; keys like __proto__ stay plain data', async () => {
    const db = open();
    await db.links.bulkPut([
      link('K1', { id: 'xpm:P1', system: 'xpm', remoteId: 'P1', state: 'unsynced' }),
      link('K1'),
      link('__proto__'),
    ]);
    const marks = await linkMarks(db, ['K1', '__proto__', 'constructor']);
    expect(marks.K1).toBe('linked');
    expect(Object.getOwnPropertyDescriptor(marks, '__proto__')?.value).toBe('linked');
    expect(marks.constructor).toBe('none');
  });
});
