// The CLI in-process against the sandbox: its report must describe the sandbox state it leaves behind.
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCliArgs } from '../../../lib/cli/parse-args';
import { runCli } from '../../../lib/cli/run-cli';
import type { SyncReport } from '../../../lib/sync/report';
import { startSandbox, type Sandbox } from '../../sandbox/server';

let sb: Sandbox;
beforeAll(async () => {
  sb = await startSandbox({ port: 0 });
  sb.loadDataset({
    xero: {
      contacts: [
        { Name: 'Acme Pty Ltd', EmailAddress: 'accounts@acme.test' },
        { Name: 'Jane Smith', FirstName: 'Jane', LastName: 'Smith', EmailAddress: 'jane@smith.test' },
        { Name: 'Gamma Ltd', EmailAddress: 'g@gamma.test' },
      ],
    },
    karbon: {
      organizations: [
        { FullName: 'Acme Pty Ltd', BusinessCards: [{ IsPrimaryCard: true, EmailAddresses: ['accounts@acme.test'] }] },
        { FullName: 'Gamma Ltd', BusinessCards: [{ IsPrimaryCard: true, EmailAddresses: ['other@gamma.test'] }] },
      ],
      contacts: [],
    },
    xpm: {
      clients: [
        {
          UUID: '5e7a0000-0000-4000-8000-000000000001',
          Name: 'Zeta Trust',
          Email: 'z@zeta.test',
          BusinessStructure: 'Trust',
          Contacts: [{ UUID: '5e7a0000-0000-4000-8000-0000000000c1', Name: 'Zoe Zed', Email: 'zoe@zeta.test' }],
        },
      ],
    },
  });
});
afterAll(() => sb.close());

const io = { fetch: (i: Request, init?: RequestInit) => fetch(i, init), log: () => undefined };

describe('npm run sync', () => {
  it('parses the documented flags', () => {
    expect(parseCliArgs(['--dry-run', '--report', 'r.json'])).toEqual({
      sandbox: 'http://127.0.0.1:4010',
      xpm: false,
      dryRun: true,
      report: 'r.json',
    });
    expect(() => parseCliArgs(['--xero-client-id', 'x'])).toThrow(/karbon-bearer/);
  });

  it('--dry-run reports what it would link, create and flag without changing the sandbox', async () => {
    const before = sb.state();
    const report = await runCli(parseCliArgs(['--sandbox', sb.origin, '--dry-run']), io);
    expect(report.dryRun).toBe(true);
    expect(report.links.map((l) => l.how).sort()).toEqual(['created-in-karbon', 'full-match']);
    expect(report.issues.map((i) => i.kind)).toEqual(['name-only']);
    expect(report.created.karbon.map((c) => c.type)).toEqual(['contact']);
    expect(sb.state()).toEqual(before);
  });

  it('writes a report that matches the sandbox state, and a --state run continues from it', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'sync-cli-'));
    const state = join(dir, 'state.json');
    const reportFile = join(dir, 'report.json');
    const options = parseCliArgs(['--sandbox', sb.origin, '--state', state, '--report', reportFile]);
    const report = await runCli(options, io);
    expect(JSON.parse(await readFile(reportFile, 'utf8'))).toEqual(report);

    const xero = (sb.state().xero?.contacts ?? []) as { ContactID: string; Name: string }[];
    const karbon = [
      ...((sb.state().karbon?.contacts ?? []) as { ContactKey: string }[]).map((c) => c.ContactKey),
      ...((sb.state().karbon?.organizations ?? []) as { OrganizationKey: string }[]).map((o) => o.OrganizationKey),
    ];
    for (const link of report.links) {
      expect(xero.map((c) => c.ContactID)).toContain(link.remoteId);
      expect(karbon).toContain(link.karbonKey);
    }
    expect(report.links.map((l) => [xero.find((c) => c.ContactID === l.remoteId)?.Name, l.how]).sort()).toEqual([
      ['Acme Pty Ltd', 'full-match'],
      ['Jane Smith', 'created-in-karbon'],
    ]);
    expect(report.issues.map((i) => [i.kind, xero.find((c) => c.ContactID === i.remoteId)?.Name])).toEqual([
      ['name-only', 'Gamma Ltd'],
    ]);
    expect(report.created.karbon).toHaveLength(1);
    expect(karbon).toContain(report.created.karbon[0]?.key);
    expect(report.apiCalls.xero).toBe(1);

    const second: SyncReport = await runCli(options, io);
    expect(second.links).toEqual(report.links);
    expect(second.writes).toEqual({ karbon: 0, xero: 0, xpm: 0 });
    expect(second.apiCalls).toEqual({ xero: 1, xpm: 0, karbon: 2 });
  });

  it('--xpm-mode clients-and-contacts syncs XPM too: links, creations and calls under system xpm', async () => {
    expect(parseCliArgs(['--xpm-mode', 'clients-and-contacts'])).toMatchObject({
      xpm: true,
      xpmMode: 'clients-and-contacts',
    });
    expect(parseCliArgs(['--xpm'])).toMatchObject({ xpm: true });
    expect(() => parseCliArgs(['--xpm-mode', 'contacts'])).toThrow(/clients-and-contacts/);
    const report = await runCli(parseCliArgs(['--sandbox', sb.origin, '--xpm-mode', 'clients-and-contacts']), io);
    expect(report.error).toBeUndefined();
    const xpmLinks = report.links.filter((l) => l.system === 'xpm');
    expect(xpmLinks.map((l) => [l.remoteId, l.karbonType, l.how]).sort()).toEqual([
      ['5e7a0000-0000-4000-8000-000000000001', 'organization', 'created-in-karbon'],
      ['5e7a0000-0000-4000-8000-0000000000c1', 'contact', 'created-in-karbon'],
    ]);
    expect(report.created.karbon.map((k) => k.fromRemoteId).sort()).toEqual([
      '5e7a0000-0000-4000-8000-000000000001',
      '5e7a0000-0000-4000-8000-0000000000c1',
    ]);
    expect(report.apiCalls.xpm).toBe(1);
    expect(report.writes.xpm).toBe(0);
  });
});
