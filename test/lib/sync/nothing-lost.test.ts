// Nothing lost, nothing silent (issue 12): refused values, failed batches, empty values and bad names each raise an
// issue on the pair and leave both sides' values in place, against the sandbox over real HTTP.
import { afterEach, describe, expect, it } from 'vitest';
import type { FetchLike } from '../../../lib/api/http-core';
import { startSandbox, type Sandbox } from '../../sandbox/server';
import { sandboxEngine } from './helpers/sandbox-sync';

const sandboxes: Sandbox[] = [];
afterEach(async () => {
  while (sandboxes.length) await sandboxes.pop()!.close();
});

const card = (emails: string[], extra: object = {}) => [{ IsPrimaryCard: true, EmailAddresses: emails, ...extra }];
const ADDRESS = { AddressLines: '1 Quay St', City: 'Auckland', CountryCode: 'NZ', Label: 'Mailing' };

const dataset = () => ({
  xero: {
    contacts: [
      { Name: 'Acme Pty Ltd', EmailAddress: 'accounts@acme.test' },
      { Name: 'Beta Ltd', EmailAddress: 'hello@beta.test' },
    ],
  },
  karbon: {
    organizations: [
      { FullName: 'Acme Pty Ltd', BusinessCards: card(['accounts@acme.test'], { Addresses: [ADDRESS] }) },
      { FullName: 'Beta Ltd', BusinessCards: card(['hello@beta.test']) },
    ],
    contacts: [],
  },
});

async function setup(through?: FetchLike) {
  const sb = await startSandbox({ port: 0 });
  sandboxes.push(sb);
  sb.loadDataset(dataset());
  const c = sandboxEngine(sb, through);
  const first = await c.engine.runSync({ trigger: 'test' });
  expect(first.error).toBeUndefined();
  const xeroId = (name: string) =>
    ((sb.state().xero?.contacts ?? []) as { ContactID: string; Name: string }[]).find((x) => x.Name === name)!
      .ContactID;
  const orgKey = (name: string) => c.db.links.get(`xero:${xeroId(name)}`).then((l) => l!.karbonKey);
  return { sb, ...c, xeroId, orgKey };
}

const openIssues = async (c: Awaited<ReturnType<typeof setup>>) =>
  (await c.db.issues.where('state').equals('open').toArray()).map((i) => ({
    id: i.id,
    kind: i.kind,
    field: i.field,
    karbonValue: i.karbonValue,
    message: i.message,
  }));

describe('nothing lost, nothing silent', () => {
  it('empty Xero address on a first link: Karbon keeps its address and fills Xero (never blanked)', async () => {
    const c = await setup();
    const acme = await c.xeroUser.getContact(c.xeroId('Acme Pty Ltd'));
    const pobox = acme?.Addresses?.find((a) => a.AddressType === 'POBOX');
    expect(pobox?.AddressLine1).toBe('1 Quay St');
    const org = await c.karbonUser.getOrganization(await c.orgKey('Acme Pty Ltd'));
    expect(org?.BusinessCards?.[0]?.Addresses?.[0]?.AddressLines).toBe('1 Quay St');
    const blanked = await c.db.activity.filter((a) => a.system === 'karbon' && a.field === 'address').toArray();
    expect(blanked).toEqual([]);
    expect((await c.engine.runSync({ trigger: 'test' })).writes).toEqual({ karbon: 0, xero: 0, xpm: 0 });
  });

  it.each([
    ['name', 'Beta Ltd', /already assigned to another contact/],
    ['email', 'not-an-email', /Email address must be valid/],
  ] as const)(
    'a %s Xero refuses becomes an issue with its message and value, and is not resent',
    async (field, value, said) => {
      const c = await setup();
      const key = await c.orgKey('Acme Pty Ltd');
      if (field === 'name') await c.karbonUser.patchOrganization(key, { FullName: value });
      else {
        const cardKey = (await c.karbonUser.getOrganization(key))!.BusinessCards![0]!.BusinessCardKey!;
        await c.karbonUser.updateBusinessCard(cardKey, (b) => ({ ...b, EmailAddresses: [value] }));
      }
      const refused = await c.engine.runSync({ trigger: 'test' });
      expect(refused.error).toBeUndefined();
      expect(refused.refused).toBe(1);
      const issues = await openIssues(c);
      expect(issues).toEqual([
        expect.objectContaining({
          kind: 'rejected-write',
          field,
          karbonValue: value,
          message: expect.stringMatching(said),
        }),
      ]);
      // Nothing lost: Karbon keeps the edit, Xero keeps its value.
      const xero = await c.xeroUser.getContact(c.xeroId('Acme Pty Ltd'));
      expect(field === 'name' ? xero?.Name : xero?.EmailAddress).toBe(
        field === 'name' ? 'Acme Pty Ltd' : 'accounts@acme.test',
      );
      // Not resent while neither side changes.
      const again = await c.engine.runSync({ trigger: 'test' });
      expect(again.writes).toEqual({ karbon: 0, xero: 0, xpm: 0 });
      expect(again.refused).toBe(0);
      expect(await openIssues(c)).toEqual(issues);

      // Fixed in Karbon: the new value travels and the issue closes.
      if (field === 'name') await c.karbonUser.patchOrganization(key, { FullName: 'Acme Group Pty Ltd' });
      else {
        const cardKey = (await c.karbonUser.getOrganization(key))!.BusinessCards![0]!.BusinessCardKey!;
        await c.karbonUser.updateBusinessCard(cardKey, (b) => ({ ...b, EmailAddresses: ['billing@acme.test'] }));
      }
      const fixed = await c.engine.runSync({ trigger: 'test' });
      expect(fixed.writes.xero).toBe(1);
      expect(await openIssues(c)).toEqual([]);
    },
  );

  it('a refused value resolved with "Keep Xero value" writes Xero\'s value into Karbon and closes', async () => {
    const c = await setup();
    const key = await c.orgKey('Acme Pty Ltd');
    const cardKey = (await c.karbonUser.getOrganization(key))!.BusinessCards![0]!.BusinessCardKey!;
    await c.karbonUser.updateBusinessCard(cardKey, (b) => ({ ...b, EmailAddresses: ['broken@'] }));
    await c.engine.runSync({ trigger: 'test' });
    const [issue] = await c.db.issues.filter((i) => i.kind === 'rejected-write').toArray();
    await c.engine.resolveIssue(issue!.id, { action: 'keep', side: 'remote' });
    expect((await c.karbonUser.getBusinessCard(cardKey))?.EmailAddresses).toEqual(['accounts@acme.test']);
    expect(await openIssues(c)).toEqual([]);
    expect((await c.engine.runSync({ trigger: 'test' })).writes).toEqual({ karbon: 0, xero: 0, xpm: 0 });
  });

  it('a Xero batch that keeps failing becomes a sync-error issue on each pair; the change is sent next run', async () => {
    let failWrites = false;
    const c = await setup(async (input, init) => {
      const xeroWrite = input.method === 'POST' && new URL(input.url).pathname.endsWith('/Contacts');
      if (failWrites && xeroWrite) return new Response('{"Title":"Service Unavailable"}', { status: 503 });
      return fetch(input, init);
    });
    const key = await c.orgKey('Beta Ltd');
    const cardKey = (await c.karbonUser.getOrganization(key))!.BusinessCards![0]!.BusinessCardKey!;
    await c.karbonUser.updateBusinessCard(cardKey, (b) => ({ ...b, EmailAddresses: ['accounts@beta.test'] }));
    failWrites = true;
    const failed = await c.engine.runSync({ trigger: 'test' });
    expect(failed.error).toBeUndefined();
    expect(failed.failedRecords).toBe(1);
    expect(failed.failedWrites.xero).toBeGreaterThan(0);
    expect(failed.writes.xero).toBe(0);
    const issues = await openIssues(c);
    expect(issues).toEqual([
      expect.objectContaining({
        id: `error:xero:${c.xeroId('Beta Ltd')}`,
        kind: 'sync-error',
        message: expect.stringMatching(/Xero update failed/),
      }),
    ]);
    expect((await c.db.issues.get(issues[0]!.id))?.karbonKeys).toEqual([key]);
    expect((await c.xeroUser.getContact(c.xeroId('Beta Ltd')))?.EmailAddress).toBe('hello@beta.test');

    failWrites = false;
    const next = await c.engine.runSync({ trigger: 'test' });
    expect(next.failedRecords).toBe(0);
    expect((await c.xeroUser.getContact(c.xeroId('Beta Ltd')))?.EmailAddress).toBe('accounts@beta.test');
    expect(await openIssues(c)).toEqual([]);
  });

  it('a removed Karbon card is never propagated as a deletion: each emptied field is a conflict', async () => {
    const c = await setup();
    const key = await c.orgKey('Acme Pty Ltd');
    // The sandbox keeps a primary card, so "removed" is every value on it gone.
    const cardKey = (await c.karbonUser.getOrganization(key))!.BusinessCards![0]!.BusinessCardKey!;
    await c.karbonUser.updateBusinessCard(cardKey, (b) => ({
      ...b,
      EmailAddresses: [],
      PhoneNumbers: [],
      Addresses: [],
    }));
    const run = await c.engine.runSync({ trigger: 'test' });
    expect(run.writes.xero).toBe(0);
    const xero = await c.xeroUser.getContact(c.xeroId('Acme Pty Ltd'));
    expect(xero?.EmailAddress).toBe('accounts@acme.test');
    expect(xero?.Addresses?.find((a) => a.AddressType === 'POBOX')?.AddressLine1).toBe('1 Quay St');
    const fields = (await openIssues(c)).map((i) => [i.kind, i.field]).sort();
    expect(fields).toEqual([
      ['field-conflict', 'address'],
      ['field-conflict', 'email'],
    ]);
  });

  it.each([
    ['only a zero-width space', '\u200b', /only invisible characters/],
    ['a line break', 'Acme Group\nPty Ltd', /control characters/],
    ['300 characters', 'A'.repeat(300), /300 characters long; the limit is 255/],
  ])('a Karbon name with %s is never written to Xero: an issue names the rule', async (_case, name, rule) => {
    const c = await setup();
    await c.karbonUser.patchOrganization(await c.orgKey('Acme Pty Ltd'), { FullName: name });
    const run = await c.engine.runSync({ trigger: 'test' });
    expect(run.writes.xero).toBe(0);
    expect((await c.xeroUser.getContact(c.xeroId('Acme Pty Ltd')))?.Name).toBe('Acme Pty Ltd');
    expect(await openIssues(c)).toEqual([
      expect.objectContaining({
        kind: 'rejected-write',
        field: 'name',
        karbonValue: name,
        message: expect.stringMatching(rule),
      }),
    ]);
  });

  it('a new Xero contact whose name is invisible is not imported: an issue names it until Xero fixes it', async () => {
    const c = await setup();
    const [created] = await c.xeroUser.createContacts([{ Name: 'Gamma\u0007 Ltd', EmailAddress: 'g@gamma.test' }]);
    const contactId = created?.ok ? created.contact.ContactID! : '';
    const run = await c.engine.runSync({ trigger: 'test' });
    expect(run.writes.karbon).toBe(0);
    expect(await openIssues(c)).toEqual([
      expect.objectContaining({
        id: `bad-name:xero:${contactId}`,
        kind: 'sync-error',
        message: expect.stringMatching(/control characters/),
      }),
    ]);
    await c.xeroUser.updateContacts([{ ContactID: contactId, Name: 'Gamma Ltd' }]);
    const fixed = await c.engine.runSync({ trigger: 'test' });
    expect(fixed.writes.karbon).toBe(1);
    expect(await openIssues(c)).toEqual([]);
  });
});
