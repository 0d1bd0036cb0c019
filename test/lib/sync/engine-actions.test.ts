import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { AppDb } from '../../../lib/db/app-db';
import { karbonKeyOf, karbonToCanonical } from '../../../lib/model/karbon-mapping';
import type { XeroPage } from '../../../lib/sync/ports';
import { xeroToCanonical } from '../../../lib/model/xero-mapping';
import { createSyncEngine } from '../../../lib/sync/engine';
import { FakeKarbon, FakeXero } from './fake-services';

/** A Xero whose list read stops after fetching a page, before the run gets it, until `open()` is called. */
class GatedXero extends FakeXero {
  private gate: Promise<void> | undefined;
  private openGate = () => {};
  /** Resolves once a list page is fetched and held at the gate. */
  held: Promise<void> = Promise.resolve();
  private onHeld = () => {};

  close(): void {
    this.gate = new Promise((resolve) => (this.openGate = resolve));
    this.held = new Promise((resolve) => (this.onHeld = resolve));
  }
  open(): void {
    this.openGate();
    this.gate = undefined;
  }
  override async *listContactPages(options: { modifiedSince?: Date }): AsyncIterable<XeroPage> {
    for await (const page of super.listContactPages(options)) {
      if (this.gate) {
        this.onHeld();
        await this.gate;
      }
      yield page;
    }
  }
}

let dbCount = 0;
async function linkedAcme() {
  const db = new AppDb(`actions${dbCount++}`, { indexedDB: new IDBFactory(), IDBKeyRange });
  const xero = new GatedXero();
  const karbon = new FakeKarbon();
  const engine = createSyncEngine({ db, xero, karbon });
  const acmeKarbon = karbon.add('org', { FullName: 'Acme Pty Ltd' }, { EmailAddresses: ['accounts@acme.test'] });
  const acme = xero.add({ Name: 'Acme Pty Ltd', EmailAddress: 'accounts@acme.test' });
  const beta = xero.add({ Name: 'Beta Holdings', EmailAddress: 'hello@beta.test' });
  await engine.runSync({ trigger: 'test' });
  const key = karbonKeyOf(acmeKarbon);
  const id = acme.ContactID!;
  const betaLink = (await db.links.get(`xero:${beta.ContactID}`))!;
  return { db, xero, karbon, engine, key, id, betaLink };
}

describe('actions beside a run (per-record exclusion)', () => {
  it('an action on another record completes while a run is stopped mid-page', async () => {
    const s = await linkedAcme();
    s.xero.edit(s.id, { Phones: [{ PhoneType: 'DEFAULT', PhoneNumber: '02 1234 5678' }] });
    s.xero.close();
    const run = s.engine.runSync({ trigger: 'test' });
    await s.xero.held;
    expect(s.engine.isRunning()).toBe(true);
    // Before: one global chain made this wait for the whole run; now it only waits for its own records.
    const unsynced = await s.engine.unsync(s.betaLink.id);
    expect(unsynced.state).toBe('unsynced');
    expect(s.engine.isRunning()).toBe(true);
    s.xero.open();
    expect((await run).error).toBeUndefined();
    expect(karbonToCanonical(s.karbon.records.get(s.key)!).phone?.number).toBe('02 1234 5678');
  });

  it('a run skips the version of a record that an action replaced while the run waited for it', async () => {
    const s = await linkedAcme();
    s.karbon.editCard(s.key, (c) => (c.EmailAddresses = ['karbon@acme.test']));
    s.xero.edit(s.id, { EmailAddress: 'xero@acme.test' });
    await s.engine.runSync({ trigger: 'test' });
    const conflictId = `conflict:xero:${s.id}:email`;
    expect((await s.db.issues.get(conflictId))?.state).toBe('open');

    s.xero.edit(s.id, { EmailAddress: 'xero2@acme.test' });
    s.xero.close();
    const run = s.engine.runSync({ trigger: 'test' });
    await s.xero.held;
    // The run holds the page with the old Xero value; the user keeps Karbon's value meanwhile.
    await s.engine.resolveIssue(conflictId, { action: 'keep', side: 'karbon' });
    s.xero.open();
    expect((await run).error).toBeUndefined();
    expect(karbonToCanonical(s.karbon.records.get(s.key)!).email).toBe('karbon@acme.test');
    expect(xeroToCanonical(s.xero.contacts.get(s.id)!).email).toBe('karbon@acme.test');
    expect(await s.db.issues.filter((i) => i.kind === 'field-conflict' && i.state === 'open').count()).toBe(0);
  });

  it('two actions on the same record run one after the other, on different records side by side', async () => {
    const s = await linkedAcme();
    const acmeLink = `xero:${s.id}`;
    const order: string[] = [];
    const track = async (name: string, work: Promise<unknown>) => {
      await work;
      order.push(name);
    };
    await Promise.all([
      track('unsync acme', s.engine.unsync(acmeLink)),
      track('resync acme', s.engine.resync(acmeLink)),
      track('unsync beta', s.engine.unsync(s.betaLink.id)),
    ]);
    expect(order.indexOf('unsync acme')).toBeLessThan(order.indexOf('resync acme'));
    expect((await s.db.links.get(acmeLink))?.state).toBe('linked');
    expect((await s.db.links.get(s.betaLink.id))?.state).toBe('unsynced');
  });
});
