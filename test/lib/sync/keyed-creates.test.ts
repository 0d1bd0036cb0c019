// Keyed Karbon creates on in-memory services: the record another browser made first is found and linked (adopted),
// whatever kind it is, and what the two sides disagree on is never picked silently.
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { AppDb } from '../../../lib/db/app-db';
import { karbonKeyOf, karbonToCanonical } from '../../../lib/model/karbon-mapping';
import { xeroToCanonical } from '../../../lib/model/xero-mapping';
import { xeroRemote } from '../../../lib/sync/adapters/xero-remote';
import { adoptedBase } from '../../../lib/sync/adopt-karbon';
import { createSyncEngine } from '../../../lib/sync/engine';
import { karbonIdentifierFor } from '../../../lib/sync/source-key';
import { FakeKarbon, FakeXero } from './fake-services';

let n = 0;
function browser(xero: FakeXero, karbon: FakeKarbon) {
  const db = new AppDb(`keyed-${n++}`, { indexedDB: new IDBFactory(), IDBKeyRange });
  return { db, engine: createSyncEngine({ db, xero, karbon }) };
}

describe('keyed Karbon creates', () => {
  it('a keyed record of the other kind (another classifier version) is linked, not duplicated', async () => {
    const xero = new FakeXero();
    const karbon = new FakeKarbon();
    const jane = xero.add({ Name: 'Jane Smith', FirstName: 'Jane', LastName: 'Smith', EmailAddress: 'j@s.test' });
    const a = browser(xero, karbon);
    const made = karbon.add(
      'org',
      { FullName: 'Jane Smith', UserDefinedIdentifier: karbonIdentifierFor({ system: 'xero', id: jane.ContactID! }) },
      { EmailAddresses: ['j@s.test'] },
    );
    expect((await a.engine.runSync({ trigger: 'test' })).error).toBeUndefined();
    expect(karbon.records.size).toBe(1);
    const [link] = await a.db.links.toArray();
    expect(link).toMatchObject({ karbonKey: karbonKeyOf(made), kind: 'org', how: 'created-in-karbon' });
    expect(await a.db.issues.where('state').equals('open').count()).toBe(0);
  });

  it('adopting a pair: a field edited on one side since the create is a conflict, a blank side is filled', async () => {
    const xero = new FakeXero();
    const karbon = new FakeKarbon();
    const acme = xero.add({ Name: 'Acme Ltd', EmailAddress: 'a@acme.test' });
    const udi = karbonIdentifierFor({ system: 'xero', id: acme.ContactID! });
    const made = karbon.add(
      'org',
      { FullName: 'Acme Ltd', UserDefinedIdentifier: udi },
      { EmailAddresses: ['billing@acme.test'], PhoneNumbers: [{ Number: '02 1111 2222', Label: 'Work' }] },
    );
    const { base } = adoptedBase(made, acme, xeroRemote);
    expect(base).toEqual({ name: 'Acme Ltd', email: '', phone: null, address: null });

    const b = browser(xero, karbon);
    expect((await b.engine.runSync({ trigger: 'test' })).error).toBeUndefined();
    const issues = await b.db.issues.where('state').equals('open').toArray();
    expect(issues.map((i) => [i.kind, i.field])).toEqual([['field-conflict', 'email']]);
    // Karbon kept its email (nothing picked), and Xero's blank phone took Karbon's.
    expect(karbonToCanonical(karbon.records.get(karbonKeyOf(made))!).email).toBe('billing@acme.test');
    expect(xeroToCanonical(xero.contacts.get(acme.ContactID!)!).phone?.number).toBe('02 1111 2222');
    expect(karbon.records.size).toBe(1);
  });
});
