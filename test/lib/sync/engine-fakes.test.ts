import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../lib/api/api-error';
import { AppDb } from '../../../lib/db/app-db';
import { karbonKeyOf, karbonToCanonical } from '../../../lib/model/karbon-mapping';
import type { XeroContactWire } from '../../../lib/model/wire-types';
import { xeroToCanonical } from '../../../lib/model/xero-mapping';
import { createSyncEngine } from '../../../lib/sync/engine';
import { FakeKarbon, FakeXero } from './fake-services';

let dbCount = 0;
function setup() {
  const db = new AppDb(`t${dbCount++}`, { indexedDB: new IDBFactory(), IDBKeyRange });
  const xero = new FakeXero();
  const karbon = new FakeKarbon();
  const engine = createSyncEngine({ db, xero, karbon });
  return { db, xero, karbon, engine };
}

const phone = (n: string) => [{ PhoneType: 'DEFAULT', PhoneNumber: n, PhoneAreaCode: '', PhoneCountryCode: '' }];

function seed(s: ReturnType<typeof setup>) {
  const acmeKarbon = s.karbon.add(
    'org',
    { FullName: 'Acme Pty Ltd' },
    {
      EmailAddresses: ['accounts@acme.test'],
      PhoneNumbers: [{ Number: '02 1111 1111', Label: 'Work' }],
    },
  );
  s.karbon.add('org', { FullName: 'Gamma Ltd' }, { EmailAddresses: ['other@gamma.test'] });
  const acme = s.xero.add({ Name: 'Acme Pty Ltd', EmailAddress: 'accounts@acme.test', Phones: phone('02 9999 0000') });
  const jane = s.xero.add({
    Name: 'Jane Smith',
    FirstName: 'Jane',
    LastName: 'Smith',
    EmailAddress: 'jane@smith.test',
  });
  const beta = s.xero.add({ Name: 'Beta Holdings', EmailAddress: 'hello@beta.test' });
  const gamma = s.xero.add({ Name: 'Gamma Ltd', EmailAddress: 'g@gamma.test' });
  const old = s.xero.add({ Name: 'Old Client', EmailAddress: 'old@x.test', ContactStatus: 'ARCHIVED' });
  return { acmeKarbon, acme, jane, beta, gamma, old };
}

const karbonOf = (s: ReturnType<typeof setup>, key: string) => karbonToCanonical(s.karbon.records.get(key)!);
const xeroOf = (s: ReturnType<typeof setup>, id: string) => xeroToCanonical(s.xero.contacts.get(id)!);

describe('sync engine (in-memory services)', () => {
  it('G1-G5: imports every Xero contact: full match links with Xero winning, no match creates, partial flags', async () => {
    const s = setup();
    const r = seed(s);
    const result = await s.engine.runSync({ trigger: 'test' });
    expect(result.error).toBeUndefined();

    const links = await s.db.links.toArray();
    expect(links.map((l) => [l.remoteId, l.how]).sort()).toEqual(
      [
        [r.acme.ContactID, 'full-match'],
        [r.jane.ContactID, 'created-in-karbon'],
        [r.beta.ContactID, 'created-in-karbon'],
      ].sort(),
    );
    expect(karbonOf(s, karbonKeyOf(r.acmeKarbon)).phone?.number).toBe('02 9999 0000');
    const created = result.created.karbon;
    expect(created.map((c) => [c.fromRemoteId, c.type]).sort()).toEqual(
      [
        [r.jane.ContactID, 'contact'],
        [r.beta.ContactID, 'organization'],
      ].sort(),
    );
    const issues = await s.db.issues.toArray();
    expect(issues.map((i) => [i.remoteId, i.kind, i.state])).toEqual([[r.gamma.ContactID, 'name-only', 'open']]);
    // The archived contact is not imported (G10) and Karbon has 2 + 2 records.
    expect(s.karbon.records.size).toBe(4);
    const overwrite = (await s.db.activity.toArray()).find((a) => a.field === 'phone' && a.system === 'karbon');
    expect(overwrite).toMatchObject({ before: { number: '02 1111 1111' }, after: { number: '02 9999 0000' } });
  });

  it('a second run right after the first makes 0 writes and one read per watched list', async () => {
    const s = setup();
    seed(s);
    await s.engine.runSync({ trigger: 'test' });
    const before = { x: { ...s.xero.calls }, k: { ...s.karbon.calls } };
    const second = await s.engine.runSync({ trigger: 'test' });
    expect(second.writes).toEqual({ karbon: 0, xero: 0, xpm: 0 });
    expect(s.xero.calls.reads - before.x.reads).toBe(1);
    expect(s.karbon.calls.reads - before.k.reads).toBe(2);
    expect(s.xero.calls.writes - before.x.writes + s.karbon.calls.writes - before.k.writes).toBe(0);
  });

  it('G6: a change on either side reaches the other; both-sided edits raise a conflict and lose neither value', async () => {
    const s = setup();
    const r = seed(s);
    await s.engine.runSync({ trigger: 'test' });
    const key = karbonKeyOf(r.acmeKarbon);
    const id = r.acme.ContactID!;

    s.karbon.editCard(key, (c) => (c.EmailAddresses = ['billing@acme.test']));
    s.xero.edit(id, { Phones: phone('02 5555 5555') });
    const run2 = await s.engine.runSync({ trigger: 'test' });
    expect(xeroOf(s, id).email).toBe('billing@acme.test');
    expect(karbonOf(s, key).phone?.number).toBe('02 5555 5555');
    expect(run2.writes.xero).toBe(1);

    s.karbon.editCard(key, (c) => (c.EmailAddresses = ['karbon@acme.test']));
    s.xero.edit(id, { EmailAddress: 'xero@acme.test', Name: 'Acme Group Pty Ltd' });
    await s.engine.runSync({ trigger: 'test' });
    expect(karbonOf(s, key).email).toBe('karbon@acme.test');
    expect(xeroOf(s, id).email).toBe('xero@acme.test');
    expect(karbonOf(s, key).name).toBe('Acme Group Pty Ltd');
    const conflict = await s.db.issues.get(`conflict:xero:${id}:email`);
    expect(conflict).toMatchObject({ state: 'open', karbonValue: 'karbon@acme.test', remoteValue: 'xero@acme.test' });

    // A further run keeps the conflict (no duplicate, no write), then resolving it writes the kept value.
    const run4 = await s.engine.runSync({ trigger: 'test' });
    expect(run4.writes).toEqual({ karbon: 0, xero: 0, xpm: 0 });
    expect(await s.db.issues.filter((i) => i.kind === 'field-conflict').count()).toBe(1);
    await s.engine.resolveIssue(`conflict:xero:${id}:email`, { action: 'keep', side: 'karbon' });
    expect(xeroOf(s, id).email).toBe('karbon@acme.test');
    const run5 = await s.engine.runSync({ trigger: 'test' });
    expect(run5.writes).toEqual({ karbon: 0, xero: 0, xpm: 0 });
  });

  it('G7: a contact created in Xero later is imported and matched on the next run', async () => {
    const s = setup();
    seed(s);
    await s.engine.runSync({ trigger: 'test' });
    const fresh = s.xero.add({ Name: 'Delta Trust', EmailAddress: 'd@delta.test' });
    const run = await s.engine.runSync({ trigger: 'test' });
    expect(run.created.karbon.map((c) => c.fromRemoteId)).toEqual([fresh.ContactID]);
  });

  it('G4: a match issue resolves by confirming (Xero overwrites Karbon) or by creating a new contact', async () => {
    const s = setup();
    const r = seed(s);
    await s.engine.runSync({ trigger: 'test' });
    const issue = (await s.db.issues.toArray())[0]!;
    await s.engine.resolveIssue(issue.id, { action: 'confirm-match', karbonKey: issue.karbonKeys[0]! });
    const link = await s.db.links.get(`xero:${r.gamma.ContactID}`);
    expect(link?.how).toBe('confirmed');
    expect(karbonOf(s, issue.karbonKeys[0]!).email).toBe('g@gamma.test');
    expect((await s.db.issues.get(issue.id))?.state).toBe('resolved');
  });

  it('G8: Create Contact pushes once, records the Karbon key in ContactNumber, and never duplicates', async () => {
    const s = setup();
    seed(s);
    await s.engine.runSync({ trigger: 'test' });
    const only = s.karbon.add('person', { FirstName: 'Zed', LastName: 'Zulu' }, { EmailAddresses: ['zed@z.test'] });
    const key = karbonKeyOf(only);
    const first = await s.engine.createContactInXero(key);
    expect(first.status).toBe('created');
    const again = await s.engine.createContactInXero(key);
    expect(again.status).toBe('already-linked');
    // A second browser (fresh database) adopts the same Xero contact through ContactNumber.
    const other = createSyncEngine({
      db: new AppDb('other', { indexedDB: new IDBFactory(), IDBKeyRange }),
      xero: s.xero,
      karbon: s.karbon,
    });
    expect((await other.createContactInXero(key)).status).toBe('adopted');
    const zeds = [...s.xero.contacts.values()].filter((c) => c.Name === 'Zed Zulu');
    expect(zeds).toHaveLength(1);
    expect(zeds[0]?.ContactNumber).toBe(key);
    expect(zeds[0]).toMatchObject({ FirstName: 'Zed', LastName: 'Zulu', EmailAddress: 'zed@z.test' });
  });

  it('G8: a Xero name clash is reported with the existing contact offered for linking', async () => {
    const s = setup();
    seed(s);
    const taken = s.xero.add({ Name: 'Omega Ltd', EmailAddress: 'o@xero.test' });
    const dup = s.karbon.add('org', { FullName: 'OMEGA LTD' }, { EmailAddresses: ['o@karbon.test'] });
    const key = karbonKeyOf(dup);
    const res = await s.engine.createContactInXero(key);
    expect(res).toMatchObject({ status: 'name-clash', existing: { contactId: taken.ContactID, name: 'Omega Ltd' } });
    expect([...s.xero.contacts.values()].filter((c) => /omega/i.test(c.Name ?? ''))).toHaveLength(1);
    if (res.status !== 'name-clash') throw new Error('expected a clash');
    await s.engine.resolveIssue(res.issue.id, { action: 'link-existing' });
    expect((await s.db.links.get(`xero:${taken.ContactID}`))?.karbonKey).toBe(key);
  });

  it('G9: an unsynced pair stops syncing and resumes after re-sync', async () => {
    const s = setup();
    const r = seed(s);
    await s.engine.runSync({ trigger: 'test' });
    const key = karbonKeyOf(r.acmeKarbon);
    const id = r.acme.ContactID!;
    await s.engine.unsync(`xero:${id}`);
    s.karbon.editCard(key, (c) => (c.EmailAddresses = ['unsynced@acme.test']));
    await s.engine.runSync({ trigger: 'test' });
    expect(xeroOf(s, id).email).toBe('accounts@acme.test');
    await s.engine.resync(`xero:${id}`);
    await s.engine.runSync({ trigger: 'test' });
    expect(xeroOf(s, id).email).toBe('unsynced@acme.test');
  });

  it('G10: archiving in Xero marks the link and never touches the Karbon contact', async () => {
    const s = setup();
    const r = seed(s);
    await s.engine.runSync({ trigger: 'test' });
    const key = karbonKeyOf(r.acmeKarbon);
    const before = structuredClone(s.karbon.records.get(key));
    s.xero.edit(r.acme.ContactID!, { ContactStatus: 'ARCHIVED', Name: 'Acme (old)' });
    const karbonWrites = s.karbon.calls.writes;
    await s.engine.runSync({ trigger: 'test' });
    expect(s.karbon.calls.writes).toBe(karbonWrites);
    expect(s.karbon.records.get(key)).toEqual(before);
    expect((await s.db.links.get(`xero:${r.acme.ContactID}`))?.remoteArchivedAt).toBeTypeOf('number');
  });

  it('dry run reports what it would link, create and flag, and writes nothing anywhere', async () => {
    const s = setup();
    seed(s);
    const dry = await s.engine.runSync({ trigger: 'test', dryRun: true });
    expect(dry.plannedLinks).toHaveLength(3);
    expect(dry.created.karbon).toHaveLength(2);
    expect(dry.plannedIssues.map((i) => i.kind)).toEqual(['name-only']);
    expect(s.xero.calls.writes + s.karbon.calls.writes).toBe(0);
    expect(await s.db.links.count()).toBe(0);
    expect(await s.db.cursors.count()).toBe(0);
  });

  it('undo restores the value a full match overwrote, on both sides', async () => {
    const s = setup();
    const r = seed(s);
    await s.engine.runSync({ trigger: 'test' });
    const entry = (await s.db.activity.toArray()).find((a) => a.field === 'phone' && a.system === 'karbon')!;
    await s.engine.undo(entry.id!);
    const key = karbonKeyOf(r.acmeKarbon);
    expect(karbonOf(s, key).phone?.number).toBe('02 1111 1111');
    expect(xeroOf(s, r.acme.ContactID!).phone?.number).toBe('02 1111 1111');
    const after = await s.engine.runSync({ trigger: 'test' });
    expect(after.writes).toEqual({ karbon: 0, xero: 0, xpm: 0 });
  });

  it('a run killed after every page ends with the same state and no duplicates', async () => {
    const build = () => {
      const s = setup();
      s.xero.pageSize = 2;
      s.karbon.pageSize = 1;
      seed(s);
      for (let i = 0; i < 5; i++) s.xero.add({ Name: `Client ${i} Pty Ltd`, EmailAddress: `c${i}@x.test` });
      return s;
    };
    const straight = build();
    await straight.engine.runSync({ trigger: 'test' });

    // Run n is killed when it asks for its n-th list page (Karbon or Xero), so every page boundary is a kill point.
    const killed = build();
    killed.karbon.killer = killed.xero.killer;
    let runs = 0;
    for (let budget = 1; budget < 100; budget++) {
      killed.xero.killer.arm(budget);
      const res = await killed.engine.runSync({ trigger: 'test' });
      runs++;
      if (!res.error) break;
      expect(res.error).toBe('killed');
    }
    killed.xero.killer.arm(undefined);
    expect(runs).toBeGreaterThan(5);
    const shape = async (s: ReturnType<typeof setup>) => ({
      links: (await s.db.links.toArray()).map((l) => [l.remoteId, l.how]).sort(),
      issues: (await s.db.issues.toArray()).map((i) => [i.id, i.state]).sort(),
      karbonNames: [...s.karbon.records.values()].map((e) => karbonToCanonical(e).name).sort(),
      xeroCount: s.xero.contacts.size,
    });
    expect(await shape(killed)).toEqual(await shape(straight));
    const again = await killed.engine.runSync({ trigger: 'test' });
    expect(again.writes).toEqual({ karbon: 0, xero: 0, xpm: 0 });
  });

  it('refreshContact reconciles one pair with two reads and no list call', async () => {
    const s = setup();
    const r = seed(s);
    await s.engine.runSync({ trigger: 'test' });
    const key = karbonKeyOf(r.acmeKarbon);
    s.xero.edit(r.acme.ContactID!, { EmailAddress: 'page@acme.test' } satisfies Partial<XeroContactWire>);
    const reads = s.xero.calls.reads + s.karbon.calls.reads;
    const status = await s.engine.refreshContact(key);
    expect(karbonOf(s, key).email).toBe('page@acme.test');
    expect(status.link?.remoteId).toBe(r.acme.ContactID);
    // Two reads before the write (the card is written from the detail read), one re-read of the written organization.
    expect(s.xero.calls.reads + s.karbon.calls.reads - reads).toBe(3);
  });

  it('G4: "create new Karbon contact" creates and links, leaving the name-only candidate alone', async () => {
    const s = setup();
    const r = seed(s);
    await s.engine.runSync({ trigger: 'test' });
    const issue = (await s.db.issues.toArray())[0]!;
    const candidate = structuredClone(s.karbon.records.get(issue.karbonKeys[0]!));
    await s.engine.resolveIssue(issue.id, { action: 'create-new' });
    const link = await s.db.links.get(`xero:${r.gamma.ContactID}`);
    expect(link?.how).toBe('created-in-karbon');
    expect(link?.karbonKey).not.toBe(issue.karbonKeys[0]);
    expect(s.karbon.records.get(issue.karbonKeys[0]!)).toEqual(candidate);
    expect(karbonOf(s, link!.karbonKey)).toMatchObject({ name: 'Gamma Ltd', email: 'g@gamma.test' });
  });

  it('undoing a link restores what it overwrote in Karbon and waits for review instead of re-linking', async () => {
    const s = setup();
    const r = seed(s);
    await s.engine.runSync({ trigger: 'test' });
    const linkEntry = (await s.db.activity.toArray()).find(
      (a) => a.action === 'link' && a.recordId === r.acme.ContactID,
    )!;
    await s.engine.undo(linkEntry.id!);
    const key = karbonKeyOf(r.acmeKarbon);
    expect(karbonOf(s, key).phone?.number).toBe('02 1111 1111');
    expect(await s.db.links.get(`xero:${r.acme.ContactID}`)).toBeUndefined();
    await s.engine.runSync({ trigger: 'test' });
    expect(await s.db.links.get(`xero:${r.acme.ContactID}`)).toBeUndefined();
    expect((await s.db.issues.get(`match:xero:${r.acme.ContactID}`))?.state).toBe('open');
    await expect(s.engine.undo(linkEntry.id!)).rejects.toThrow(/already undone/);
  });

  it('a contact merged in Xero moves its link to the surviving contact', async () => {
    const s = setup();
    const r = seed(s);
    await s.engine.runSync({ trigger: 'test' });
    const survivor = s.xero.add({ Name: 'Acme Group', EmailAddress: 'group@acme.test' });
    s.xero.edit(r.acme.ContactID!, { ContactStatus: 'ARCHIVED', MergedToContactID: survivor.ContactID! });
    // Xero's merge also updates the surviving contact, so it comes after the merged one in the pull.
    s.xero.edit(survivor.ContactID!, { Name: 'Acme Group' });
    await s.engine.runSync({ trigger: 'test' });
    const moved = await s.db.links.get(`xero:${survivor.ContactID}`);
    expect(moved).toMatchObject({ karbonKey: karbonKeyOf(r.acmeKarbon), mergedFrom: `xero:${r.acme.ContactID}` });
    expect(await s.db.links.get(`xero:${r.acme.ContactID}`)).toBeUndefined();
    expect(karbonOf(s, karbonKeyOf(r.acmeKarbon))).toMatchObject({ name: 'Acme Group', email: 'group@acme.test' });
  });

  it('runs one sync at a time (a second call joins the running one) and answers status from the database', async () => {
    const s = setup();
    const r = seed(s);
    const [a, b] = [s.engine.runSync({ trigger: 'test' }), s.engine.runSync({ trigger: 'sync-now' })];
    expect(s.engine.isRunning()).toBe(true);
    expect(await a).toBe(await b);
    expect(s.engine.isRunning()).toBe(false);
    const reads = s.xero.calls.reads + s.karbon.calls.reads;
    const status = await s.engine.contactStatus(karbonKeyOf(r.acmeKarbon));
    expect(status.link?.remoteId).toBe(r.acme.ContactID);
    expect(status.remote?.phone?.number).toBe('02 9999 0000');
    expect((await s.engine.openIssues()).map((i) => i.kind)).toEqual(['name-only']);
    expect((await s.engine.recentActivity(1))[0]?.action).toBeDefined();
    expect(await s.engine.pendingWrites()).toEqual([]);
    expect(s.xero.calls.reads + s.karbon.calls.reads).toBe(reads);
  });

  it('writes a value again when it comes back after being changed (A -> B -> A is three writes, not a replay)', async () => {
    const s = setup();
    const r = seed(s);
    await s.engine.runSync({ trigger: 'test' });
    const key = karbonKeyOf(r.acmeKarbon);
    for (const email of ['c@acme.test', 'accounts@acme.test', 'c@acme.test']) {
      s.karbon.editCard(key, (c) => (c.EmailAddresses = [email]));
      await s.engine.runSync({ trigger: 'test' });
      expect(xeroOf(s, r.acme.ContactID!).email).toBe(email);
    }
  });

  it('values Karbon cannot hold exactly (a title, an unknown country) are not mistaken for Karbon edits', async () => {
    const s = setup();
    const dr = s.xero.add({
      Name: 'Dr Jane Smith',
      FirstName: 'Jane',
      LastName: 'Smith',
      EmailAddress: 'jane@smith.test',
      Addresses: [{ AddressType: 'POBOX', AddressLine1: '1 Castle Rd', City: 'Cair Paravel', Country: 'Narnia' }],
    });
    await s.engine.runSync({ trigger: 'test' });
    const link = (await s.db.links.toArray())[0]!;
    expect(karbonOf(s, link.karbonKey).name).toBe('Dr Jane Smith');
    expect(karbonOf(s, link.karbonKey).address?.country).toBe('');
    s.xero.edit(dr.ContactID!, { EmailAddress: 'dr@smith.test' });
    const second = await s.engine.runSync({ trigger: 'test' });
    expect(second.writes).toEqual({ karbon: 1, xero: 0, xpm: 0 });
    expect(xeroOf(s, dr.ContactID!).address?.country).toBe('Narnia');
    const third = await s.engine.runSync({ trigger: 'test' });
    expect(third.writes).toEqual({ karbon: 0, xero: 0, xpm: 0 });
  });

  it('one record the service refuses does not stop the sync: it becomes an issue and is retried until it goes through', async () => {
    const s = setup();
    const r = seed(s);
    s.karbon.refuse.add('Beta Holdings');
    const run = await s.engine.runSync({ trigger: 'test' });
    expect(run.error).toBeUndefined();
    expect((await s.db.links.toArray()).map((l) => l.remoteId).sort()).toEqual(
      [r.acme.ContactID, r.jane.ContactID].sort(),
    );
    const issue = await s.db.issues.get(`error:xero:${r.beta.ContactID}`);
    expect(issue).toMatchObject({ kind: 'sync-error', state: 'open', message: 'Karbon refused Beta Holdings' });
    s.karbon.refuse.clear();

    // The retry's read fails on the record itself (it no longer parses): the issue says so and the run completes.
    const getContact = s.xero.getContact.bind(s.xero);
    s.xero.getContact = async (id) => {
      if (id !== r.beta.ContactID) return getContact(id);
      throw new ApiError({ service: 'xero', kind: 'invalid-record', message: 'Xero contact (beta) skipped: Name' });
    };
    const unreadable = await s.engine.runSync({ trigger: 'test' });
    expect(unreadable.error).toBeUndefined();
    expect(await s.db.issues.get(`error:xero:${r.beta.ContactID}`)).toMatchObject({
      state: 'open',
      message: 'Xero contact (beta) skipped: Name',
    });
    s.xero.getContact = getContact;

    await s.engine.runSync({ trigger: 'test' });
    expect((await s.db.links.get(`xero:${r.beta.ContactID}`))?.how).toBe('created-in-karbon');
    expect((await s.db.issues.get(`error:xero:${r.beta.ContactID}`))?.state).toBe('resolved');
  });

  it('a field conflict resolves by keeping the Xero value, and a dismissed issue stays closed', async () => {
    const s = setup();
    const r = seed(s);
    await s.engine.runSync({ trigger: 'test' });
    const key = karbonKeyOf(r.acmeKarbon);
    const id = r.acme.ContactID!;
    s.karbon.editCard(key, (c) => (c.EmailAddresses = ['k@acme.test']));
    s.xero.edit(id, { EmailAddress: 'x@acme.test' });
    await s.engine.runSync({ trigger: 'test' });
    const resolved = await s.engine.resolveIssue(`conflict:xero:${id}:email`, { action: 'keep', side: 'remote' });
    expect(resolved).toMatchObject({ state: 'resolved', resolution: 'keep-remote' });
    expect(karbonOf(s, key).email).toBe('x@acme.test');
    expect((await s.engine.runSync({ trigger: 'test' })).writes).toEqual({ karbon: 0, xero: 0, xpm: 0 });

    const gamma = `match:xero:${r.gamma.ContactID}`;
    await s.engine.resolveIssue(gamma, { action: 'dismiss' });
    s.xero.edit(r.gamma.ContactID!, { Phones: phone('09 000 0000') });
    await s.engine.runSync({ trigger: 'test' });
    expect((await s.db.issues.get(gamma))?.state).toBe('resolved');
    expect(await s.db.links.get(`xero:${r.gamma.ContactID}`)).toBeUndefined();
  });
});
