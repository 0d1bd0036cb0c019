import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createXpmClient } from '../../../lib/api/xpm-client';
import type { Sandbox } from '../../sandbox/server';
import { control, openSandbox, recordingFetch, sandboxClock } from './helpers/sandbox';

let sb: Sandbox;

beforeAll(async () => {
  sb = await openSandbox();
});
afterAll(() => sb.close());
beforeEach(() => sb.reset({ seed: 'empty' }));

function client() {
  const http = recordingFetch();
  const token = sb.issueTokens().access_token;
  const xpm = createXpmClient({
    fetch: http.fetch,
    baseUrl: sb.endpoints.xpm,
    tenantId: sb.credentials.xero.practiceTenantId,
    clock: sandboxClock(sb),
    getToken: async () => token,
  });
  return { xpm, sent: http.sent };
}

const CLIENTS = [
  {
    UUID: '0b7a8a4e-3a5c-4f7e-9f0e-000000000001',
    Name: 'Tasman Trust',
    Email: 'admin@tasman.test',
    BusinessStructure: 'Trust',
    Contacts: [
      {
        UUID: '0b7a8a4e-3a5c-4f7e-9f0e-0000000000c1',
        Name: 'Aroha Ngata',
        Email: 'aroha@tasman.test',
        IsPrimary: 'Yes',
      },
      { UUID: '0b7a8a4e-3a5c-4f7e-9f0e-0000000000c2', Name: 'Ben Ngata', Position: 'Trustee', IsPrimary: 'No' },
    ],
  },
  { UUID: '0b7a8a4e-3a5c-4f7e-9f0e-000000000002', Name: 'Jo Bloggs', BusinessStructure: 'Individual' },
];

describe('XPM client against the sandbox', () => {
  it('lists clients with their contacts (detailed) and since a time (modifiedsince)', async () => {
    await control(sb, 'dataset', { xpm: { clients: CLIENTS } });
    const { xpm, sent } = client();
    const { records, rejected } = await xpm.listClients({ detailed: true });
    expect(rejected).toEqual([]);
    expect(records.map((c) => [c.Name, c.BusinessStructure, c.Contacts.length])).toEqual([
      ['Tasman Trust', 'Trust', 2],
      ['Jo Bloggs', 'Individual', 0],
    ]);
    expect(records[0]?.Contacts.find((c) => c.Name === 'Ben Ngata')?.Position).toBe('Trustee');
    sb.clock.advance(60_000);
    const later = await xpm.listClients({ modifiedSince: new Date(sb.clock.now()) });
    expect(later.records).toEqual([]);
    expect(sent[1]?.url.searchParams.get('modifiedsince')).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d$/);
  });

  it('adds a client with an inline contact, updates and archives it', async () => {
    const { xpm } = client();
    const added = await xpm.addClient({
      Name: 'Smith & Sons Ltd',
      Email: 'office@smith.test',
      BusinessStructure: 'Company',
      Contacts: [{ Name: 'Jane Smith', IsPrimary: 'Yes' }],
    });
    expect(added).toMatchObject({ Name: 'Smith & Sons Ltd', BusinessStructure: 'Company' });
    expect(added.Contacts.map((c) => c.Name)).toEqual(['Jane Smith']);
    const updated = await xpm.updateClient({ UUID: added.UUID, Name: 'Smith & Sons Limited', Phone: '09 555 0101' });
    expect(updated).toMatchObject({ Name: 'Smith & Sons Limited', Phone: '09 555 0101', Email: 'office@smith.test' });
    await xpm.archiveClient(added.UUID);
    expect((await xpm.getClient(added.UUID))?.IsArchived).toBe('Yes');
  });

  it('creates, reads and updates a contact linked to a client', async () => {
    await control(sb, 'dataset', { xpm: { clients: CLIENTS } });
    const { xpm } = client();
    const clientUuid = CLIENTS[0]?.UUID ?? '';
    const made = await xpm.addContact(clientUuid, { Name: 'Wyett E Coyote', Email: 'w@acme.test', IsPrimary: 'No' });
    const changed = await xpm.updateContact(made.UUID, { Name: 'Wyett E Coyote', Mobile: '021 555 0199' }, clientUuid);
    expect(changed.Mobile).toBe('021 555 0199');
    expect((await xpm.getContact(made.UUID, clientUuid))?.Email).toBe('w@acme.test');
  });

  it('answers undefined for unknown clients and contacts (ERROR "not found" with HTTP 200)', async () => {
    const { xpm, sent } = client();
    expect(await xpm.getClient('0b7a8a4e-3a5c-4f7e-9f0e-00000000dead')).toBeUndefined();
    expect(await xpm.getContact('0b7a8a4e-3a5c-4f7e-9f0e-00000000beef')).toBeUndefined();
    expect(sent).toHaveLength(2);
  });

  it('turns <Status>ERROR</Status> into an ApiError even though HTTP says 200', async () => {
    const { xpm, sent } = client();
    await expect(xpm.addClient({ Name: '  ' })).rejects.toMatchObject({
      service: 'xpm',
      kind: 'rejected',
      status: 200,
      message: 'Name is required',
    });
    expect(sent).toHaveLength(1);
  });

  it('retries reads through faults but never repeats an add after a dropped connection', async () => {
    const { xpm, sent } = client();
    await control(sb, 'faults', { queue: ['429', '503', 'malformed'] });
    expect((await xpm.listClients()).records).toEqual([]);
    expect(sent).toHaveLength(4);
    await control(sb, 'faults', { queue: ['drop'] });
    expect((await xpm.listClients()).records).toEqual([]);
    expect(sent).toHaveLength(6);
    await control(sb, 'faults', { queue: ['drop'] });
    await expect(xpm.addClient({ Name: 'Maybe Created Ltd' })).rejects.toMatchObject({ kind: 'network' });
    expect(sent.filter((r) => r.method === 'POST')).toHaveLength(1);
  });
});
