// P1-P8 scenario tests of the engine's XPM side over the real lib/api clients against the sandbox (real HTTP).
import { afterEach, describe, expect, it } from 'vitest';
import type { XpmSyncOptions } from '../../../lib/sync/adapters/xpm-remote';
import type { Sandbox } from '../../sandbox/server';
import { card, names, personNames, urlOf, xpmSandbox, type XpmScenario } from './helpers/xpm-sandbox';

const sandboxes: Sandbox[] = [];
afterEach(async () => {
  while (sandboxes.length) await sandboxes.pop()!.close();
});

const CLIENTS = [
  { Name: 'Acme Pty Ltd', Email: 'accounts@acme.test', Phone: '02 9999 0000', BusinessStructure: 'Company' },
  {
    Name: 'Jane Smith',
    FirstName: 'Jane',
    LastName: 'Smith',
    Email: 'jane@smith.test',
    BusinessStructure: 'Individual',
  },
  { Name: 'Bob Jones', Email: 'bob@jones.test', BusinessStructure: '  sole TRADER ' },
  {
    Name: 'Gamma Trust',
    Email: 'g@gamma.test',
    BusinessStructure: 'Trust',
    Contacts: [
      { UUID: 'c0ffee00-0000-4000-8000-000000000001', Name: 'Kim Lee', Email: 'kim@lee.test', Position: 'Trustee' },
      { UUID: 'c0ffee00-0000-4000-8000-000000000002', Name: 'Sam Park', Email: 'sam@park.test', Position: 'CFO' },
    ],
  },
  {
    Name: 'Delta Partners',
    Email: 'hello@delta.test',
    BusinessStructure: 'Partnership',
    // Kim Lee is a contact of two clients: one Karbon person.
    Contacts: [
      { UUID: 'c0ffee00-0000-4000-8000-000000000001', Name: 'Kim Lee', Email: 'kim@lee.test', Position: 'Partner' },
    ],
  },
  { Name: 'Beta Holdings', Email: 'other@beta.test', BusinessStructure: 'Company' },
  { Name: 'Old Client', Email: 'old@x.test', BusinessStructure: 'Company', IsArchived: 'Yes' },
];

const KARBON = {
  organizations: [
    // Full match (name and email): linked, XPM wins.
    { FullName: 'Acme Pty Ltd', BusinessCards: card(['accounts@acme.test']) },
    // Name only: flagged for review with system 'xpm'.
    { FullName: 'Beta Holdings', BusinessCards: card(['hello@beta.test']) },
    // Pushed to XPM automatically (Contact Type in the push list).
    { FullName: 'Omega Ltd', ContactType: 'Client', BusinessCards: card(['omega@omega.test']) },
  ],
  contacts: [],
};

const setup = (options: Partial<XpmSyncOptions> = {}, wrap?: XpmScenario['wrap']) =>
  xpmSandbox({ clients: CLIENTS, karbon: KARBON, options, ...(wrap ? { wrap } : {}) }, sandboxes);

describe('XPM sync against the sandbox (P1-P8)', () => {
  it('P1 Clients only, P2 business types of every kind, P4 full and partial matches, P8 archived; quiet second run', async () => {
    const c = await setup();
    const first = await c.engine.runSync({ trigger: 'test' });
    expect(first.error).toBeUndefined();
    // Individual and (odd case and spacing) Sole Trader become People; every other type an Organization.
    expect(personNames(c.karbon().contacts)).toEqual(['Bob Jones', 'Jane Smith']);
    expect(names(c.karbon().organizations)).toEqual([
      'Acme Pty Ltd',
      'Beta Holdings',
      'Delta Partners',
      'Gamma Trust',
      'Omega Ltd',
    ]);
    // Clients only: no contact imported.
    expect(c.karbon().contacts.some((p) => p.FirstName === 'Kim')).toBe(false);
    const links = await c.db.links.toArray();
    expect(links.every((l) => l.system === 'xpm')).toBe(true);
    expect(links.find((l) => l.base.name === 'Acme Pty Ltd')?.how).toBe('full-match');
    const issues = await c.db.issues.where('state').equals('open').toArray();
    expect(issues.map((i) => [i.system, i.kind, i.remote?.name])).toEqual([['xpm', 'name-only', 'Beta Holdings']]);
    // P8: the archived client creates nothing.
    expect(names(c.karbon().organizations)).not.toContain('Old Client');
    expect(first.created.karbon.map((k) => k.fromRemoteId).every((id) => id.length > 0)).toBe(true);
    // The whole list is read once (no per-client reads).
    expect(c.endpoints()).toEqual({ 'GET client.api/list': 1 });

    const before = c.calls();
    const second = await c.engine.runSync({ trigger: 'test' });
    expect(second.error).toBeUndefined();
    expect(second.writes).toEqual({ karbon: 0, xero: 0, xpm: 0 });
    expect(c.calls().xpm - before.xpm).toBe(1);
  });

  it('P3 Clients and Contacts: contacts become People on their organization; a shared contact is one person', async () => {
    const c = await setup();
    await c.engine.runSync({ trigger: 'test' });
    // Switching to Clients and Contacts imports the contacts on the next run, duplicating nothing.
    const run = await c.engine.runSync({ trigger: 'test', xpmMode: 'clients-and-contacts' });
    expect(run.error).toBeUndefined();
    const people = c.karbon().contacts;
    expect(personNames(people)).toEqual(['Bob Jones', 'Jane Smith', 'Kim Lee', 'Sam Park']);
    const orgs = c.karbon().organizations as { FullName: string; OrganizationKey: string }[];
    const gamma = orgs.find((o) => o.FullName === 'Gamma Trust')!.OrganizationKey;
    const sam = people.find((p) => p.FirstName === 'Sam') as {
      BusinessCards: { OrganizationKey?: string; RoleOrTitle?: string }[];
    };
    expect(sam.BusinessCards[0]).toMatchObject({ OrganizationKey: gamma, RoleOrTitle: 'CFO' });
    // Contacts of the Individual / Sole Trader clients are never imported; Kim Lee is one person, not two.
    expect(people.filter((p) => p.FirstName === 'Kim')).toHaveLength(1);
    const contactLinks = (await c.db.links.toArray()).filter(
      (l) => l.kind === 'person' && l.how === 'created-in-karbon',
    );
    expect(contactLinks.map((l) => l.base.name).sort()).toEqual(['Bob Jones', 'Jane Smith', 'Kim Lee', 'Sam Park']);

    // A quiet run in Clients and Contacts mode: one detailed list read, no writes.
    const before = c.calls();
    const quiet = await c.engine.runSync({ trigger: 'test', xpmMode: 'clients-and-contacts' });
    expect(quiet.writes).toEqual({ karbon: 0, xero: 0, xpm: 0 });
    expect(c.calls().xpm - before.xpm).toBe(1);

    // P6 for a contact: an email changed in XPM reaches the Karbon person (one contact write would go the other way).
    const gammaClient = c.xpmClients().find((x) => x.Name === 'Gamma Trust')!;
    await c.xpmUser.updateContact(
      'c0ffee00-0000-4000-8000-000000000002',
      { Email: 'sam@gamma.test' },
      String(gammaClient.UUID),
    );
    const changed = await c.engine.runSync({ trigger: 'test', xpmMode: 'clients-and-contacts' });
    expect(changed.error).toBeUndefined();
    const samNow = c.karbon().contacts.find((p) => p.FirstName === 'Sam') as {
      BusinessCards: { EmailAddresses: string[] }[];
    };
    expect(samNow.BusinessCards[0]!.EmailAddresses[0]).toBe('sam@gamma.test');

    // Switching back stops importing new ones and leaves existing people alone.
    const again = await c.engine.runSync({ trigger: 'test', xpmMode: 'clients' });
    expect(again.error).toBeUndefined();
    expect(again.writes).toEqual({ karbon: 0, xero: 0, xpm: 0 });
    expect(c.karbon().contacts).toHaveLength(4);
  });

  it('P5 auto-push after a dropped connection creates exactly one XPM client; P6 both ways; P8 archive', async () => {
    let dropped = false;
    // The first add reaches XPM (the client is made) but its answer is lost on the way back.
    const c = await setup({ pushContactTypes: [' client '] }, (sb, next) => async (input, init) => {
      if (!dropped && urlOf(input).includes('client.api/add')) {
        dropped = true;
        sb.configureFaults({ queue: ['drop'], services: ['xpm'] });
      }
      return next(input, init);
    });
    const first = await c.engine.runSync({ trigger: 'test' });
    expect(dropped).toBe(true);
    // The run retries the record in-run (issue 12): the retry looks the client up by its ExportCode before any create.
    expect(first.error).toBeUndefined();
    expect(c.xpmClients().filter((x) => x.Name === 'Omega Ltd')).toHaveLength(1);
    const retry = await c.engine.runSync({ trigger: 'test' });
    expect(retry.error).toBeUndefined();
    expect(c.xpmClients().filter((x) => x.Name === 'Omega Ltd')).toHaveLength(1);
    expect(c.endpoints()['POST client.api/add']).toBe(1);
    const omega = c.xpmClients().find((x) => x.Name === 'Omega Ltd')!;
    const link = (await c.db.links.toArray()).find((l) => l.remoteId === omega.UUID);
    expect(link).toMatchObject({ system: 'xpm', how: 'pushed-from-karbon', kind: 'org' });

    // P6: a change in XPM reaches Karbon, a change in Karbon reaches XPM.
    const acme = c.xpmClients().find((x) => x.Name === 'Acme Pty Ltd')!;
    await c.xpmUser.updateClient({ UUID: String(acme.UUID), Phone: '02 5555 5555' });
    const org = (c.karbon().organizations as { FullName: string; OrganizationKey: string }[]).find(
      (o) => o.FullName === 'Acme Pty Ltd',
    )!;
    const detail = (await c.karbonUser.getOrganization(org.OrganizationKey))!;
    await c.karbonUser.updateBusinessCard(detail.BusinessCards![0]!.BusinessCardKey!, (b) => ({
      ...b,
      EmailAddresses: ['billing@acme.test'],
    }));
    const sync = await c.engine.runSync({ trigger: 'test' });
    expect(sync.error).toBeUndefined();
    const after = (await c.karbonUser.getOrganization(org.OrganizationKey))!;
    expect(after.BusinessCards![0]!.PhoneNumbers?.[0]?.Number).toBe('02 5555 5555');
    expect(c.xpmClients().find((x) => x.Name === 'Acme Pty Ltd')!.Email).toBe('billing@acme.test');

    // P6 addresses: XPM's street address is Karbon's Physical one, its postal address Karbon's Mailing one; each
    // travels on its own, both ways.
    await c.xpmUser.updateClient({
      UUID: String(acme.UUID),
      Address: '1 High St',
      City: 'Sydney',
      PostCode: '2000',
      Country: 'Australia',
      PostalAddress: 'PO Box 9',
      PostalCity: 'Sydney',
      PostalPostCode: '2001',
      PostalCountry: 'Australia',
    });
    expect((await c.engine.runSync({ trigger: 'test' })).error).toBeUndefined();
    const labelled = async () => {
      const card = (await c.karbonUser.getOrganization(org.OrganizationKey))!.BusinessCards![0]!;
      return Object.fromEntries((card.Addresses ?? []).map((a) => [a.Label, `${a.AddressLines}, ${a.ZipCode}`]));
    };
    expect(await labelled()).toEqual({ Physical: '1 High St, 2000', Mailing: 'PO Box 9, 2001' });
    const card = (await c.karbonUser.getOrganization(org.OrganizationKey))!.BusinessCards![0]!;
    await c.karbonUser.updateBusinessCard(card.BusinessCardKey!, (b) => ({
      ...b,
      Addresses: (b.Addresses ?? []).map((a) => (a.Label === 'Physical' ? { ...a, AddressLines: '2 Low St' } : a)),
    }));
    expect((await c.engine.runSync({ trigger: 'test' })).writes.xpm).toBe(1);
    const acmeNow = c.xpmClients().find((x) => x.Name === 'Acme Pty Ltd')!;
    expect([acmeNow.Address, acmeNow.PostalAddress]).toEqual(['2 Low St', 'PO Box 9']);

    // P8: archived in XPM stops the pair; Karbon keeps the organization untouched.
    await c.xpmUser.archiveClient(String(acme.UUID));
    const archived = await c.engine.runSync({ trigger: 'test' });
    expect(archived.error).toBeUndefined();
    expect(archived.writes.karbon).toBe(0);
    const acmeLink = (await c.db.links.toArray()).find((l) => l.remoteId === acme.UUID);
    expect(acmeLink?.remoteArchivedAt).toBeDefined();
    expect(names(c.karbon().organizations)).toContain('Acme Pty Ltd');

    const before = c.calls();
    const quiet = await c.engine.runSync({ trigger: 'test' });
    expect(quiet.writes).toEqual({ karbon: 0, xero: 0, xpm: 0 });
    expect(c.calls().xpm - before.xpm).toBe(1);
  });
});
