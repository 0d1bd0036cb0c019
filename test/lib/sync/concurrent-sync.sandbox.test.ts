// Several browsers of one firm (separate databases, one Xero organisation, one Karbon firm) syncing at the same time
// against the sandbox over real HTTP: the outcome must be the one of a single run, with no duplicate anywhere.
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, describe, expect, it } from 'vitest';
import { AppDb } from '../../../lib/db/app-db';
import { createKarbonClient } from '../../../lib/api/karbon-client';
import { createPorts } from '../../../lib/sync/adapters/create-ports';
import { karbonPortFromClient } from '../../../lib/sync/adapters/karbon-port';
import { createSyncEngine, type RunResult } from '../../../lib/sync/engine';
import type { Sandbox } from '../../sandbox/server';
import { openSandbox, sandboxClock } from '../api/helpers/sandbox';

const sandboxes: Sandbox[] = [];
afterEach(async () => {
  while (sandboxes.length) await sandboxes.pop()!.close();
});

interface KarbonRow {
  ContactKey?: string;
  OrganizationKey?: string;
  FullName?: string;
  FirstName?: string;
  LastName?: string;
  UserDefinedIdentifier?: string;
}

async function firm(dataset?: Parameters<Sandbox['loadDataset']>[0]) {
  const sb = await openSandbox({ port: 0, seed: dataset ? 'empty' : 'demo' });
  sandboxes.push(sb);
  if (dataset) sb.loadDataset(structuredClone(dataset));
  const token = sb.issueTokens().access_token;
  let n = 0;
  /** One member of staff's browser: its own database and its own clients (so its own rate limiters). */
  function browser(options: { clientIdentifiers?: boolean } = {}) {
    const db = new AppDb(`browser-${n++}-${Math.random()}`, { indexedDB: new IDBFactory(), IDBKeyRange });
    const ports = createPorts({
      fetch: (input, init) => fetch(input, init),
      endpoints: sb.endpoints,
      getXeroToken: async () => token,
      xeroTenantId: sb.credentials.xero.orgTenantId,
      getKarbonCredentials: () => sb.credentials.karbon,
      clock: sandboxClock(sb),
    });
    const engine = createSyncEngine({
      db,
      ...ports,
      now: () => sb.clock.now(),
      ...(options.clientIdentifiers === undefined ? {} : { clientIdentifiers: () => options.clientIdentifiers! }),
    });
    return { db, engine };
  }
  return { sb, browser };
}

type Firm = Awaited<ReturnType<typeof firm>>;
type Browser = ReturnType<Firm['browser']>;

const karbonRows = (sb: Sandbox): KarbonRow[] => {
  const k = sb.state().karbon ?? {};
  return [...((k.contacts ?? []) as KarbonRow[]), ...((k.organizations ?? []) as KarbonRow[])];
};
const karbonName = (r: KarbonRow) => (r.FullName ?? `${r.FirstName ?? ''} ${r.LastName ?? ''}`).trim();

/** What a firm ends with, independent of generated keys: Karbon records, Xero contacts, links and open issues. */
async function outcome(sb: Sandbox, b: Browser) {
  const rows = karbonRows(sb);
  const byKey = new Map(rows.map((r) => [r.ContactKey ?? r.OrganizationKey ?? '', r]));
  const links = (await b.db.links.toArray())
    .map((l) => `${l.remoteId} -> ${karbonName(byKey.get(l.karbonKey) ?? {})} [${l.state}]`)
    .sort();
  const issues = (await b.db.issues.where('state').equals('open').toArray()).map((i) => `${i.kind}:${i.remoteId}`);
  return {
    karbon: rows.map((r) => `${karbonName(r)}|${r.UserDefinedIdentifier ?? ''}`).sort(),
    xero: ((sb.state().xero?.contacts ?? []) as { Name?: string }[]).map((c) => c.Name ?? '').sort(),
    links,
    issues: issues.sort(),
  };
}

/** Every Client Identifier the sync gave is held by exactly one Karbon record (no duplicate creates). */
function duplicatedIdentifiers(sb: Sandbox): string[] {
  const seen = new Map<string, number>();
  for (const r of karbonRows(sb)) {
    const udi = r.UserDefinedIdentifier?.toLowerCase();
    if (udi) seen.set(udi, (seen.get(udi) ?? 0) + 1);
  }
  return [...seen].filter(([, count]) => count > 1).map(([udi]) => udi);
}

const writeCalls = (sb: Sandbox) => {
  const services = sb.calls().services;
  let writes = 0;
  for (const s of [services.xero, services.karbon]) {
    for (const [endpoint, count] of Object.entries(s?.endpoints ?? {}))
      if (!endpoint.startsWith('GET ')) writes += count;
  }
  return writes;
};

const limits = (sb: Sandbox) => {
  const s = sb.calls().services;
  return {
    xero: { calls: s.xero?.total ?? 0, limited: s.xero?.rateLimited ?? 0, served429: s.xero?.served429 ?? 0 },
    karbon: { calls: s.karbon?.total ?? 0, limited: s.karbon?.rateLimited ?? 0, served429: s.karbon?.served429 ?? 0 },
  };
};

const clean = (r: RunResult) => ({ error: r.error });

describe('several browsers of one firm', () => {
  let reference: Promise<Awaited<ReturnType<typeof outcome>>> | undefined;
  /** The outcome of one browser syncing the demo firm alone (computed once). */
  const singleRun = () =>
    (reference ??= (async () => {
      const single = await firm();
      const alone = single.browser();
      expect(clean(await alone.engine.runSync({ trigger: 'test' }))).toEqual({ error: undefined });
      // One browser alone never exceeds a limit: any 429 in the shared runs comes from browsers adding up.
      expect(limits(single.sb).xero.served429 + limits(single.sb).karbon.served429).toBe(0);
      return outcome(single.sb, alone);
    })());

  it.each([2, 5])(
    '%i concurrent first syncs end like a single run: no duplicate, 429s only past the shared limit, waited out',
    async (count) => {
      const expected = await singleRun();
      expect(expected.karbon.filter((r) => /\|XERO-/i.test(r)).length).toBeGreaterThan(0);

      const shared = await firm();
      const browsers = Array.from({ length: count }, () => shared.browser());
      const runs = await Promise.all(browsers.map((b) => b.engine.runSync({ trigger: 'test' })));
      for (const run of runs) expect(clean(run)).toEqual({ error: undefined });

      expect(duplicatedIdentifiers(shared.sb)).toEqual([]);
      for (const b of browsers) expect(await outcome(shared.sb, b)).toEqual(expected);
      const used = limits(shared.sb);
      // Every 429 was the shared limit really exceeded (no injected fault), and each was waited out (no run failed).
      expect(used.xero.served429).toBe(used.xero.limited);
      expect(used.karbon.served429).toBe(used.karbon.limited);
      console.info(`${count} browsers: ${JSON.stringify(used)}; Karbon records ${expected.karbon.length}`);
    },
    240_000,
  );

  it("a second browser's first sync finds every link through the keys: no write, no new issue", async () => {
    const { sb, browser } = await firm();
    const first = browser();
    await first.engine.runSync({ trigger: 'test' });
    const before = await outcome(sb, first);
    const writesBefore = writeCalls(sb);

    const second = browser();
    const run = await second.engine.runSync({ trigger: 'test' });
    expect(clean(run)).toEqual({ error: undefined });
    expect(run.writes).toEqual({ karbon: 0, xero: 0, xpm: 0 });
    expect(writeCalls(sb)).toBe(writesBefore);
    expect(await outcome(sb, second)).toEqual(before);
  }, 60_000);

  it('a keyed create finds the record holding its key, even of the other kind', async () => {
    const { sb } = await firm({ xero: { contacts: [] }, karbon: { contacts: [], organizations: [] } });
    const port = karbonPortFromClient(
      createKarbonClient({
        fetch: (input, init) => fetch(input, init),
        baseUrl: sb.endpoints.karbonApi,
        getCredentials: () => sb.credentials.karbon,
      }),
    );
    const first = await port.create('org', { FullName: 'Jane Smith', UserDefinedIdentifier: 'XERO-1' }, {});
    expect(first.existed).toBe(false);
    const again = await port.create(
      'person',
      { FirstName: 'Jane', LastName: 'Smith', UserDefinedIdentifier: 'xero-1' },
      {},
    );
    expect(again).toEqual({ entity: first.entity, existed: true });
    expect(await port.findByIdentifier('Xero-1')).toEqual(first.entity);
    expect(karbonRows(sb)).toHaveLength(1);
  });

  it('never overwrites a Client Identifier, and with identifiers off creates carry none', async () => {
    const dataset = {
      xero: {
        contacts: [
          { Name: 'Acme Pty Ltd', EmailAddress: 'accounts@acme.test' },
          { Name: 'Beta Holdings Pty Ltd', EmailAddress: 'hello@beta.test' },
        ],
      },
      karbon: {
        organizations: [
          {
            FullName: 'Acme Pty Ltd',
            UserDefinedIdentifier: 'ACME01',
            BusinessCards: [{ IsPrimaryCard: true, EmailAddresses: ['accounts@acme.test'] }],
          },
        ],
        contacts: [],
      },
    };
    const keyed = await firm(dataset);
    await keyed.browser().engine.runSync({ trigger: 'test' });
    const ids = karbonRows(keyed.sb).map((r) => `${karbonName(r)}|${r.UserDefinedIdentifier}`);
    const beta = ((keyed.sb.state().xero?.contacts ?? []) as { Name?: string; ContactID?: string }[]).find(
      (c) => c.Name === 'Beta Holdings Pty Ltd',
    );
    expect(ids.sort()).toEqual(['Acme Pty Ltd|ACME01', `Beta Holdings Pty Ltd|XERO-${beta?.ContactID}`]);

    const off = await firm(dataset);
    await off.browser({ clientIdentifiers: false }).engine.runSync({ trigger: 'test' });
    expect(
      karbonRows(off.sb)
        .map((r) => `${karbonName(r)}|${r.UserDefinedIdentifier ?? ''}`)
        .sort(),
    ).toEqual(['Acme Pty Ltd|ACME01', 'Beta Holdings Pty Ltd|']);
  });
});
