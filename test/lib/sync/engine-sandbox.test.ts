// Scenario tests of the engine over the real lib/api clients against the sandbox (real HTTP on 127.0.0.1).
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, describe, expect, it } from 'vitest';
import type { FetchLike } from '../../../lib/api/http-core';
import { createKarbonClient } from '../../../lib/api/karbon-client';
import { createXeroClient } from '../../../lib/api/xero-client';
import { AppDb } from '../../../lib/db/app-db';
import { createPorts } from '../../../lib/sync/adapters/create-ports';
import { createSyncEngine } from '../../../lib/sync/engine';
import { startSandbox, type Sandbox } from '../../sandbox/server';

const sandboxes: Sandbox[] = [];
afterEach(async () => {
  while (sandboxes.length) await sandboxes.pop()!.close();
});

const phone = (n: string) => [{ PhoneType: 'DEFAULT', PhoneNumber: n, PhoneAreaCode: '', PhoneCountryCode: '' }];
const card = (emails: string[], extra: object = {}) => [{ IsPrimaryCard: true, EmailAddresses: emails, ...extra }];

const DATASET = {
  xero: {
    contacts: [
      { Name: 'Acme Pty Ltd', EmailAddress: 'accounts@acme.test', Phones: phone('02 9999 0000') },
      { Name: 'Jane Smith', FirstName: 'Jane', LastName: 'Smith', EmailAddress: 'jane@smith.test' },
      { Name: 'Beta Holdings Pty Ltd', EmailAddress: 'hello@beta.test' },
      { Name: 'Gamma Ltd', EmailAddress: 'g@gamma.test' },
      { Name: 'Old Client', EmailAddress: 'old@x.test', ContactStatus: 'ARCHIVED' },
    ],
  },
  karbon: {
    organizations: [
      {
        FullName: 'Acme Pty Ltd',
        BusinessCards: card(['accounts@acme.test'], { PhoneNumbers: [{ Number: '02 1111 1111', Label: 'Work' }] }),
      },
      { FullName: 'Gamma Ltd', BusinessCards: card(['other@gamma.test']) },
    ],
    contacts: [{ FirstName: 'Zed', LastName: 'Zulu', BusinessCards: card(['zed@z.test']) }],
  },
};

async function setup(dataset: typeof DATASET = DATASET, through: FetchLike = (input, init) => fetch(input, init)) {
  const sb = await startSandbox({ port: 0 });
  sandboxes.push(sb);
  sb.loadDataset(structuredClone(dataset));
  const token = sb.issueTokens().access_token;
  const options = {
    fetch: through,
    endpoints: sb.endpoints,
    getXeroToken: async () => token,
    xeroTenantId: sb.credentials.xero.orgTenantId,
    getKarbonCredentials: () => sb.credentials.karbon,
  };
  const db = new AppDb(`sb-${Math.random()}`, { indexedDB: new IDBFactory(), IDBKeyRange });
  const engine = createSyncEngine({ db, ...createPorts(options) });
  // The "other users": a Xero user and a Karbon user editing through the same APIs.
  const xeroUser = createXeroClient({
    fetch: (input, init) => fetch(input, init),
    getToken: options.getXeroToken,
    baseUrl: sb.endpoints.xeroAccounting,
    tenantId: options.xeroTenantId,
  });
  const karbonUser = createKarbonClient({
    fetch: (input, init) => fetch(input, init),
    baseUrl: sb.endpoints.karbonApi,
    getCredentials: options.getKarbonCredentials,
  });
  const calls = () => {
    const s = sb.calls().services;
    return { xero: s.xero?.total ?? 0, karbon: s.karbon?.total ?? 0 };
  };
  return { sb, db, engine, xeroUser, karbonUser, calls };
}

type Ctx = Awaited<ReturnType<typeof setup>>;

function xeroByName(c: Ctx, name: string) {
  const all = (c.sb.state().xero?.contacts ?? []) as { Name?: string; ContactID?: string }[];
  return all.filter((x) => x.Name?.toLowerCase() === name.toLowerCase());
}

function karbonOrg(c: Ctx, name: string) {
  const all = (c.sb.state().karbon?.organizations ?? []) as {
    FullName?: string;
    OrganizationKey?: string;
    BusinessCards?: { EmailAddresses?: string[]; PhoneNumbers?: { Number?: string }[] }[];
  }[];
  return all.find((o) => o.FullName === name);
}

describe('sync engine against the sandbox', () => {
  it('G1-G5 initial import, then a second run makes 0 writes and one read per watched list', async () => {
    const c = await setup();
    const first = await c.engine.runSync({ trigger: 'test' });
    expect(first.error).toBeUndefined();
    const firstCalls = c.calls();
    const links = await c.db.links.toArray();
    expect(links.map((l) => l.how).sort()).toEqual(['created-in-karbon', 'created-in-karbon', 'full-match']);
    expect(karbonOrg(c, 'Acme Pty Ltd')?.BusinessCards?.[0]?.PhoneNumbers?.[0]?.Number).toBe('02 9999 0000');
    expect(karbonOrg(c, 'Beta Holdings Pty Ltd')).toBeDefined();
    const issues = await c.db.issues.toArray();
    expect(issues.map((i) => i.kind)).toEqual(['name-only']);

    const second = await c.engine.runSync({ trigger: 'test' });
    expect(second.error).toBeUndefined();
    expect(second.writes).toEqual({ karbon: 0, xero: 0, xpm: 0 });
    const secondCalls = c.calls();
    expect({ xero: secondCalls.xero - firstCalls.xero, karbon: secondCalls.karbon - firstCalls.karbon }).toEqual({
      xero: 1,
      karbon: 2,
    });
    // Initial import: 1 Xero page; Karbon 2 lists + 2 creates + for the full match (an organization whose phone
    // differs) its detail, the card's PUT from that detail and a re-read (organization rows show no address).
    expect(firstCalls).toEqual({ xero: 1, karbon: 7 });
  });

  it('G6 two-way sync and field conflicts; G10 archive leaves Karbon alone', async () => {
    const c = await setup();
    await c.engine.runSync({ trigger: 'test' });
    const acme = xeroByName(c, 'Acme Pty Ltd')[0]!;
    const org = karbonOrg(c, 'Acme Pty Ltd')!;
    const cardKey = (await c.karbonUser.getOrganization(org.OrganizationKey!))!.BusinessCards![0]!.BusinessCardKey!;

    await c.karbonUser.updateBusinessCard(cardKey, (b) => ({ ...b, EmailAddresses: ['billing@acme.test'] }));
    await c.xeroUser.updateContacts([
      { ContactID: acme.ContactID!, Name: 'Acme Pty Ltd', Phones: phone('02 5555 5555') as never },
    ]);
    const before = c.calls();
    const run = await c.engine.runSync({ trigger: 'test' });
    expect(run.error).toBeUndefined();
    const after = c.calls();
    // One edit each side: Xero 1 page + 1 batched update; Karbon 2 lists + the changed organization's detail (its row
    // cannot show whether the address changed) + the card's PUT + a re-read.
    expect({ xero: after.xero - before.xero, karbon: after.karbon - before.karbon }).toEqual({ xero: 2, karbon: 5 });
    expect((await c.xeroUser.getContact(acme.ContactID!))?.EmailAddress).toBe('billing@acme.test');
    expect(karbonOrg(c, 'Acme Pty Ltd')?.BusinessCards?.[0]?.PhoneNumbers?.[0]?.Number).toBe('02 5555 5555');

    await c.karbonUser.updateBusinessCard(cardKey, (b) => ({ ...b, EmailAddresses: ['karbon@acme.test'] }));
    await c.xeroUser.updateContacts([
      { ContactID: acme.ContactID!, Name: 'Acme Pty Ltd', EmailAddress: 'xero@acme.test' },
    ]);
    await c.engine.runSync({ trigger: 'test' });
    expect((await c.xeroUser.getContact(acme.ContactID!))?.EmailAddress).toBe('xero@acme.test');
    expect(karbonOrg(c, 'Acme Pty Ltd')?.BusinessCards?.[0]?.EmailAddresses?.[0]).toBe('karbon@acme.test');
    const conflict = await c.db.issues.get(`conflict:xero:${acme.ContactID}:email`);
    expect(conflict).toMatchObject({ state: 'open', karbonValue: 'karbon@acme.test', remoteValue: 'xero@acme.test' });

    const orgBefore = karbonOrg(c, 'Acme Pty Ltd');
    await c.xeroUser.archiveContacts([acme.ContactID!]);
    const archiveRun = await c.engine.runSync({ trigger: 'test' });
    expect(archiveRun.writes.karbon).toBe(0);
    expect(karbonOrg(c, 'Acme Pty Ltd')).toEqual(orgBefore);
    expect((await c.db.links.get(`xero:${acme.ContactID}`))?.remoteArchivedAt).toBeTypeOf('number');
  });

  it('dry run writes nothing; G4 resolutions; G7 new Xero contacts; G9 unsync and re-sync', async () => {
    const c = await setup();
    const dry = await c.engine.runSync({ trigger: 'test', dryRun: true });
    expect(dry.plannedLinks.map((l) => l.how).sort()).toEqual(['created-in-karbon', 'created-in-karbon', 'full-match']);
    expect(dry.plannedIssues.map((i) => i.kind)).toEqual(['name-only']);
    const endpoints = Object.values(c.sb.calls().services).flatMap((svc) => Object.keys(svc?.endpoints ?? {}));
    expect(endpoints.length).toBeGreaterThan(0);
    expect(endpoints.filter((e) => !e.startsWith('GET') && !e.includes('token') && !e.includes('authorize'))).toEqual(
      [],
    );
    expect(await c.db.links.count()).toBe(0);

    await c.engine.runSync({ trigger: 'test' });
    const [issue] = await c.engine.openIssues();
    await c.engine.resolveIssue(issue!.id, { action: 'create-new' });
    const gammaLink = await c.db.links.get(`xero:${issue!.remoteId}`);
    expect(gammaLink?.how).toBe('created-in-karbon');
    const gammas = ((c.sb.state().karbon?.organizations ?? []) as { FullName: string }[]).filter(
      (o) => o.FullName === 'Gamma Ltd',
    );
    expect(gammas).toHaveLength(2);

    // G7: a contact created in Xero after the first sync is imported by the next one.
    await c.xeroUser.createContacts([{ Name: 'Delta Trust', EmailAddress: 'd@delta.test' }]);
    const next = await c.engine.runSync({ trigger: 'test' });
    expect(next.created.karbon.map((k) => k.type)).toEqual(['organization']);
    expect(karbonOrg(c, 'Delta Trust')).toBeDefined();

    // G9: edits of an unsynced pair stay where they are until it is re-synced.
    const acme = xeroByName(c, 'Acme Pty Ltd')[0]!;
    await c.engine.unsync(`xero:${acme.ContactID}`);
    await c.xeroUser.updateContacts([
      { ContactID: acme.ContactID!, Name: 'Acme Pty Ltd', EmailAddress: 'new@acme.test' },
    ]);
    await c.engine.runSync({ trigger: 'test' });
    expect(karbonOrg(c, 'Acme Pty Ltd')?.BusinessCards?.[0]?.EmailAddresses?.[0]).toBe('accounts@acme.test');
    await c.engine.resync(`xero:${acme.ContactID}`);
    await c.engine.runSync({ trigger: 'test' });
    expect(karbonOrg(c, 'Acme Pty Ltd')?.BusinessCards?.[0]?.EmailAddresses?.[0]).toBe('new@acme.test');
  });

  it('G4 confirm match overwrites Karbon from Xero (logged), and undoing the link restores Karbon', async () => {
    const c = await setup();
    await c.engine.runSync({ trigger: 'test' });
    const [issue] = await c.engine.openIssues();
    const gamma = karbonOrg(c, 'Gamma Ltd')!;
    expect(issue?.karbonKeys).toEqual([gamma.OrganizationKey]);
    await c.engine.resolveIssue(issue!.id, { action: 'confirm-match', karbonKey: gamma.OrganizationKey! });
    expect(karbonOrg(c, 'Gamma Ltd')?.BusinessCards?.[0]?.EmailAddresses?.[0]).toBe('g@gamma.test');
    const link = await c.db.links.get(`xero:${issue!.remoteId}`);
    expect(link?.how).toBe('confirmed');
    const entry = (await c.engine.recentActivity()).find((a) => a.action === 'link' && a.linkId === link?.id)!;
    await c.engine.undo(entry.id!);
    expect(karbonOrg(c, 'Gamma Ltd')?.BusinessCards?.[0]?.EmailAddresses?.[0]).toBe('other@gamma.test');
    expect(await c.db.links.get(`xero:${issue!.remoteId}`)).toBeUndefined();
    expect((await c.engine.openIssues()).map((i) => i.id)).toEqual([issue!.id]);
  });

  it('G8 Create Contact is idempotent across browsers and reports a name clash', async () => {
    const c = await setup();
    await c.engine.runSync({ trigger: 'test' });
    const zed = ((c.sb.state().karbon?.contacts ?? []) as { ContactKey?: string; FirstName?: string }[]).find(
      (p) => p.FirstName === 'Zed',
    )!;
    const before = c.calls();
    expect((await c.engine.createContactInXero(zed.ContactKey!)).status).toBe('created');
    const after = c.calls();
    // Create Contact: ContactNumber lookup, name-clash lookup, one PUT; one Karbon detail read.
    expect({ xero: after.xero - before.xero, karbon: after.karbon - before.karbon }).toEqual({ xero: 3, karbon: 1 });
    const other = createSyncEngine({
      db: new AppDb('other', { indexedDB: new IDBFactory(), IDBKeyRange }),
      ...createPorts({
        fetch: (i, init) => fetch(i, init),
        endpoints: c.sb.endpoints,
        getXeroToken: async () => c.sb.issueTokens().access_token,
        xeroTenantId: c.sb.credentials.xero.orgTenantId,
        getKarbonCredentials: () => c.sb.credentials.karbon,
      }),
    });
    expect((await other.createContactInXero(zed.ContactKey!)).status).toBe('adopted');
    const zeds = xeroByName(c, 'Zed Zulu') as { ContactNumber?: string }[];
    expect(zeds).toHaveLength(1);
    expect(zeds[0]?.ContactNumber).toBe(zed.ContactKey);

    const gamma = karbonOrg(c, 'Gamma Ltd')!;
    const clash = await c.engine.createContactInXero(gamma.OrganizationKey!);
    expect(clash).toMatchObject({ status: 'name-clash', existing: { name: 'Gamma Ltd' } });
    expect(xeroByName(c, 'Gamma Ltd')).toHaveLength(1);
  });

  it('a record a list cannot parse becomes a sync-error issue naming it; the rest syncs; it closes once fixed', async () => {
    // The sandbox only stores valid contacts, so the bad records are made in transit: list rows lose a required field.
    let corrupt = true;
    const through: FetchLike = async (input, init) => {
      const response = await fetch(input, init);
      if (!corrupt || input.method !== 'GET' || !new URL(input.url).pathname.endsWith('/Contacts')) return response;
      const body = (await response.json()) as { Contacts?: { Name?: string }[]; value?: { FullName?: string }[] };
      for (const contact of body.Contacts ?? []) if (contact.Name === 'Broken Ltd') delete contact.Name;
      for (const row of body.value ?? []) if (row.FullName === 'Zed Zulu') delete row.FullName;
      return new Response(JSON.stringify(body), {
        status: response.status,
        headers: { 'content-type': 'application/json' },
      });
    };
    const dataset = structuredClone(DATASET);
    dataset.xero.contacts.push({ Name: 'Broken Ltd', EmailAddress: 'broken@b.test' });
    const c = await setup(dataset, through);
    const broken = xeroByName(c, 'Broken Ltd')[0]!;
    const zed = ((c.sb.state().karbon?.contacts ?? []) as { ContactKey: string }[])[0]!;

    const first = await c.engine.runSync({ trigger: 'test' });
    expect(first.error).toBeUndefined();
    const firstCalls = c.calls();
    // Everything else synced as without the bad records (same links and call counts as the G1 scenario).
    expect((await c.db.links.toArray()).map((l) => l.how).sort()).toEqual([
      'created-in-karbon',
      'created-in-karbon',
      'full-match',
    ]);
    expect(karbonOrg(c, 'Broken Ltd')).toBeUndefined();
    expect(firstCalls).toEqual({ xero: 1, karbon: 7 });
    const errors = async () =>
      (await c.db.issues.toArray()).filter((i) => i.kind === 'sync-error').sort((a, b) => a.id.localeCompare(b.id));
    expect(await errors()).toEqual([
      expect.objectContaining({
        id: `rejected:karbon:${zed.ContactKey}`,
        state: 'open',
        karbonKeys: [zed.ContactKey],
        message: expect.stringMatching(
          new RegExp(`Karbon contact \\(${zed.ContactKey}\\) skipped: FullName`),
        ) as unknown,
      }),
      expect.objectContaining({
        id: `rejected:xero:${broken.ContactID}`,
        state: 'open',
        remoteId: broken.ContactID,
        message: expect.stringMatching(new RegExp(`Xero contact \\(${broken.ContactID}\\) skipped: Name`)) as unknown,
      }),
    ]);

    // Seen again on a full re-read (a fresh cursor): still one issue each, and no extra reads to retry them.
    await c.db.cursors.clear();
    const again = await c.engine.runSync({ trigger: 'test' });
    expect(again.error).toBeUndefined();
    expect((await errors()).map((i) => [i.id, i.state])).toEqual([
      [`rejected:karbon:${zed.ContactKey}`, 'open'],
      [`rejected:xero:${broken.ContactID}`, 'open'],
    ]);
    const secondCalls = c.calls();
    expect({ xero: secondCalls.xero - firstCalls.xero, karbon: secondCalls.karbon - firstCalls.karbon }).toEqual({
      xero: 1,
      karbon: 2,
    });

    // Fixed at the source: the next pull parses both, closes their issues and syncs Broken Ltd.
    corrupt = false;
    await c.xeroUser.updateContacts([
      { ContactID: broken.ContactID!, Name: 'Broken Ltd', EmailAddress: 'fixed@b.test' },
    ]);
    await c.karbonUser.patchContact(zed.ContactKey, { FirstName: 'Zed' });
    const fixed = await c.engine.runSync({ trigger: 'test' });
    expect(fixed.error).toBeUndefined();
    expect((await errors()).map((i) => [i.id, i.state, i.resolution])).toEqual([
      [`rejected:karbon:${zed.ContactKey}`, 'resolved', 'parsed'],
      [`rejected:xero:${broken.ContactID}`, 'resolved', 'parsed'],
    ]);
    expect(karbonOrg(c, 'Broken Ltd')).toBeDefined();
  });

  it('a run killed after every page ends with the same state as an uninterrupted one, reading no page twice', async () => {
    // 250 more people make the Karbon people list three pages, so a resume that restarted at page 1 would show.
    const dataset = structuredClone(DATASET);
    for (let i = 0; i < 250; i++)
      dataset.karbon.contacts.push({
        FirstName: 'Extra',
        LastName: `Person ${i}`,
        BusinessCards: card([`p${i}@x.test`]),
      });
    const c = await setup(dataset);
    // Kill by throwing when a run asks for its n-th list page (Karbon or Xero), for growing n: every page boundary.
    let pages = 0;
    let budget = Infinity;
    const page = () => {
      if (++pages > budget) throw new Error('killed');
    };
    const karbonListReads = new Map<string, number>();
    const ports = createPorts({
      fetch: (i, init) => {
        const url = new URL(i.url);
        if (
          i.method === 'GET' &&
          url.href.startsWith(c.sb.endpoints.karbonApi) &&
          /\/(Contacts|Organizations)$/.test(url.pathname)
        )
          karbonListReads.set(url.href, (karbonListReads.get(url.href) ?? 0) + 1);
        return fetch(i, init);
      },
      endpoints: c.sb.endpoints,
      getXeroToken: async () => c.sb.issueTokens().access_token,
      xeroTenantId: c.sb.credentials.xero.orgTenantId,
      getKarbonCredentials: () => c.sb.credentials.karbon,
    });
    const killedDb = new AppDb(`k-${Math.random()}`, { indexedDB: new IDBFactory(), IDBKeyRange });
    const killed = createSyncEngine({
      db: killedDb,
      xero: {
        ...ports.xero,
        async *listContactPages(o) {
          for await (const p of ports.xero.listContactPages(o)) {
            page();
            yield p;
          }
        },
      },
      karbon: {
        ...ports.karbon,
        async *listPages(kind, o) {
          for await (const p of ports.karbon.listPages(kind, o)) {
            page();
            yield p;
          }
        },
      },
    });
    let runs = 0;
    for (budget = 0; budget < 50; budget++) {
      pages = 0;
      runs++;
      const res = await killed.runSync({ trigger: 'test' });
      if (!res.error) break;
    }
    expect(runs).toBeGreaterThan(1);
    // A later page is read by the run killed on it and at most once more, by the run resuming at its saved link (a
    // resume from page 1 would read the second page a third time).
    const later = [...karbonListReads].filter(([url]) => new URL(url).searchParams.has('$skip'));
    expect(later.map(([url]) => new URL(url).searchParams.get('$skip')).sort()).toEqual(['100', '200']);
    for (const [url, reads] of later) expect(reads, url).toBeLessThanOrEqual(2);
    const links = (await killedDb.links.toArray()).map((l) => l.how).sort();
    expect(links).toEqual(['created-in-karbon', 'created-in-karbon', 'full-match']);
    const orgs = (c.sb.state().karbon?.organizations ?? []) as { FullName?: string }[];
    expect(orgs.map((o) => o.FullName).sort()).toEqual(['Acme Pty Ltd', 'Beta Holdings Pty Ltd', 'Gamma Ltd']);
    budget = Infinity;
    const again = await killed.runSync({ trigger: 'test' });
    expect(again.writes).toEqual({ karbon: 0, xero: 0, xpm: 0 });
  });

  it.each([21, 55, 89])(
    'injected faults (429, 5xx, drops, malformed bodies) lose and duplicate nothing (seed %i)',
    async (seed) => {
      const run = async (faults: number) => {
        const sb = await startSandbox({ port: 0 });
        sandboxes.push(sb);
        sb.loadDataset(structuredClone(DATASET));
        const token = sb.issueTokens().access_token;
        const response = await fetch(`${sb.origin}/__sandbox/faults`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({
            rate: faults,
            seed,
            kinds: ['429', '500', '503', 'drop', 'malformed'],
            services: ['xero', 'karbon'],
          }),
        });
        expect(response.ok).toBe(true);
        const db = new AppDb(`f-${Math.random()}`, { indexedDB: new IDBFactory(), IDBKeyRange });
        const engine = createSyncEngine({
          db,
          // In-run retries of a failed record wait in sandbox time too.
          sleep: async (ms) => sb.clock.advance(ms),
          ...createPorts({
            fetch: (i, init) => fetch(i, init),
            endpoints: sb.endpoints,
            getXeroToken: async () => token,
            xeroTenantId: sb.credentials.xero.orgTenantId,
            getKarbonCredentials: () => sb.credentials.karbon,
            // Backoff and Retry-After waits move sandbox time instead of sleeping.
            clock: {
              now: () => sb.clock.now(),
              sleep: async (ms) => {
                sb.clock.advance(Math.max(0, ms));
                await new Promise((resolve) => setImmediate(resolve));
              },
            },
          }),
        });
        let runs = 0;
        for (; runs < 30; runs++) {
          const result = await engine.runSync({ trigger: 'test' });
          if (!result.error && result.failedRecords === 0) break;
        }
        const state = sb.state();
        const xero = (state.xero?.contacts ?? []) as { ContactID: string; Name: string }[];
        return {
          runs,
          links: (await db.links.toArray())
            .map((l) => [xero.find((c) => c.ContactID === l.remoteId)?.Name, l.how])
            .sort(),
          orgs: ((state.karbon?.organizations ?? []) as { FullName: string }[]).map((o) => o.FullName).sort(),
          people: ((state.karbon?.contacts ?? []) as { LastName: string }[]).map((p) => p.LastName).sort(),
          xero: xero.map((c) => c.Name).sort(),
          faults: sb.calls().services,
        };
      };
      const clean = await run(0);
      const faulty = await run(0.5);
      const injected = Object.values(faulty.faults).reduce(
        (n, s) => n + Object.values(s?.faults ?? {}).reduce((a, b) => a + b, 0),
        0,
      );
      expect(injected).toBeGreaterThan(0);
      expect({ ...faulty, runs: 0, faults: 0 }).toEqual({ ...clean, runs: 0, faults: 0 });
    },
  );
});
