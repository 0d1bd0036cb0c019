// Karbon refusals (issue 12): a value Karbon answers with a 4xx validation error becomes a `rejected-write` issue on
// the pair with Karbon's own message and the value it refused, the rest of the record still syncs, and the value is
// not sent again until one side changes. Against the sandbox over real HTTP (its Karbon checks field lengths).
import { afterEach, describe, expect, it } from 'vitest';
import { issueTitle } from '../../../lib/state/format';
import { startSandbox, type Sandbox } from '../../sandbox/server';
import { sandboxEngine } from './helpers/sandbox-sync';

const sandboxes: Sandbox[] = [];
afterEach(async () => {
  while (sandboxes.length) await sandboxes.pop()!.close();
});

/** 25 characters: Xero keeps it (50), Karbon's phone Number holds 20. */
const LONG_PHONE = '+64 21 555 0100 ext 12345';
const phones = (n: string) => [{ PhoneType: 'DEFAULT', PhoneNumber: n }];
const card = (emails: string[], extra: object = {}) => [{ IsPrimaryCard: true, EmailAddresses: emails, ...extra }];
const KARBON_PHONE = { Number: '09 555 0000', Label: 'Work' };
const KARBON_SAYS = /^Karbon refused it: The field Number must be a string with a maximum length of 20\.$/;

async function setup(xero: object[], organizations: object[]) {
  const sb = await startSandbox({ port: 0 });
  sandboxes.push(sb);
  sb.loadDataset({ xero: { contacts: xero }, karbon: { organizations, contacts: [] } });
  const c = sandboxEngine(sb);
  const xeroId = (name: string) =>
    ((sb.state().xero?.contacts ?? []) as { ContactID: string; Name: string }[]).find((x) => x.Name === name)!
      .ContactID;
  const karbonOrg = (name: string) =>
    ((sb.state().karbon?.organizations ?? []) as { FullName: string; BusinessCards: KarbonCard[] }[]).find(
      (o) => o.FullName === name,
    );
  const openIssues = () => c.db.issues.where('state').equals('open').toArray();
  return { sb, ...c, xeroId, karbonOrg, openIssues };
}

interface KarbonCard {
  EmailAddresses?: string[];
  PhoneNumbers?: { Number: string }[];
}

const noWrites = { karbon: 0, xero: 0, xpm: 0 };

describe('a value Karbon refuses', () => {
  it("in a sync: an issue with Karbon's message and the value, the other fields go, nothing resent until it changes", async () => {
    const c = await setup(
      [{ Name: 'Acme Pty Ltd', EmailAddress: 'accounts@acme.test', Phones: phones('09 555 0000') }],
      [{ FullName: 'Acme Pty Ltd', BusinessCards: card(['accounts@acme.test'], { PhoneNumbers: [KARBON_PHONE] }) }],
    );
    expect((await c.engine.runSync({ trigger: 'test' })).error).toBeUndefined();
    const id = c.xeroId('Acme Pty Ltd');
    await c.xeroUser.updateContacts([
      { ContactID: id, Name: 'Acme Pty Ltd', EmailAddress: 'billing@acme.test', Phones: phones(LONG_PHONE) as never },
    ]);
    const run = await c.engine.runSync({ trigger: 'test' });
    expect(run.error).toBeUndefined();
    expect(run.refused).toBe(1);
    expect(run.failedRecords).toBe(0);
    const [issue, ...others] = await c.openIssues();
    expect(others).toEqual([]);
    expect(issue).toMatchObject({
      id: `refused:xero:${id}:phone`,
      kind: 'rejected-write',
      refusedBy: 'karbon',
      field: 'phone',
      remoteValue: { number: LONG_PHONE },
      karbonValue: { number: '09 555 0000' },
      message: expect.stringMatching(KARBON_SAYS) as unknown,
    });
    // The popup and panel head it as Karbon's refusal (its card offers "Keep Karbon value" or an edit in Xero).
    expect(issueTitle(issue!)).toBe('Not synced: Karbon refused the Phone Number');
    // The email went; the phone stays as Karbon had it (never cut to fit).
    const karbonCard = c.karbonOrg('Acme Pty Ltd')!.BusinessCards[0]!;
    expect(karbonCard.EmailAddresses).toEqual(['billing@acme.test']);
    expect(karbonCard.PhoneNumbers?.map((p) => p.Number)).toEqual(['09 555 0000']);

    const again = await c.engine.runSync({ trigger: 'test' });
    expect(again.writes).toEqual(noWrites);
    expect(again.failedWrites).toEqual(noWrites);
    expect(again.refused).toBe(0);

    // Fixed in Xero: the new value travels and the issue closes.
    await c.xeroUser.updateContacts([{ ContactID: id, Name: 'Acme Pty Ltd', Phones: phones('09 555 0101') as never }]);
    const fixed = await c.engine.runSync({ trigger: 'test' });
    expect(fixed.writes.karbon).toBe(1);
    expect(c.karbonOrg('Acme Pty Ltd')!.BusinessCards[0]!.PhoneNumbers?.map((p) => p.Number)).toEqual(['09 555 0101']);
    expect(await c.openIssues()).toEqual([]);
  });

  it('"Keep Karbon value" writes Karbon\'s value to Xero and closes the issue', async () => {
    const c = await setup(
      [{ Name: 'Acme Pty Ltd', EmailAddress: 'accounts@acme.test', Phones: phones('09 555 0000') }],
      [{ FullName: 'Acme Pty Ltd', BusinessCards: card(['accounts@acme.test'], { PhoneNumbers: [KARBON_PHONE] }) }],
    );
    await c.engine.runSync({ trigger: 'test' });
    const id = c.xeroId('Acme Pty Ltd');
    await c.xeroUser.updateContacts([{ ContactID: id, Name: 'Acme Pty Ltd', Phones: phones(LONG_PHONE) as never }]);
    await c.engine.runSync({ trigger: 'test' });
    await c.engine.resolveIssue(`refused:xero:${id}:phone`, { action: 'keep', side: 'karbon' });
    const phone = (await c.xeroUser.getContact(id))?.Phones?.find((p) => p.PhoneType === 'DEFAULT');
    expect(phone?.PhoneNumber).toBe('09 555 0000');
    expect(await c.openIssues()).toEqual([]);
    expect((await c.engine.runSync({ trigger: 'test' })).writes).toEqual(noWrites);
  });

  it('on a first link (Xero overwrites Karbon): linked anyway, the refused value held back with an issue', async () => {
    const c = await setup(
      [{ Name: 'Acme Pty Ltd', EmailAddress: 'accounts@acme.test', Phones: phones(LONG_PHONE) }],
      [{ FullName: 'Acme Pty Ltd', BusinessCards: card(['accounts@acme.test'], { PhoneNumbers: [KARBON_PHONE] }) }],
    );
    const run = await c.engine.runSync({ trigger: 'test' });
    expect(run.error).toBeUndefined();
    expect(run.failedRecords).toBe(0);
    expect(run.refused).toBe(1);
    const id = c.xeroId('Acme Pty Ltd');
    expect(await c.db.links.get(`xero:${id}`)).toMatchObject({ how: 'full-match', state: 'linked' });
    expect(await c.openIssues()).toEqual([
      expect.objectContaining({ kind: 'rejected-write', field: 'phone', remoteValue: { number: LONG_PHONE } }),
    ]);
    expect(c.karbonOrg('Acme Pty Ltd')!.BusinessCards[0]!.PhoneNumbers?.map((p) => p.Number)).toEqual(['09 555 0000']);
    // Xero keeps its value too: neither side is overwritten while the refusal stands, and nothing is resent.
    const again = await c.engine.runSync({ trigger: 'test' });
    expect(again.writes).toEqual(noWrites);
    expect((await c.xeroUser.getContact(id))?.Phones?.find((p) => p.PhoneType === 'DEFAULT')?.PhoneNumber).toBe(
      LONG_PHONE,
    );
  });

  it('on a create in Karbon: the contact is made without the refused value, linked, and the value waits in an issue', async () => {
    const long = { AddressType: 'POBOX', AddressLine1: 'Level 12, '.repeat(25), City: 'Auckland', Country: 'NZ' };
    const c = await setup(
      [{ Name: 'Gamma Holdings Ltd', EmailAddress: 'g@gamma.test', Phones: phones('09 555 0200'), Addresses: [long] }],
      [],
    );
    const run = await c.engine.runSync({ trigger: 'test' });
    expect(run.error).toBeUndefined();
    expect(run.failedRecords).toBe(0);
    expect(run.created.karbon).toHaveLength(1);
    const made = c.karbonOrg('Gamma Holdings Ltd') as unknown as {
      BusinessCards: (KarbonCard & { Addresses?: unknown[] })[];
    };
    expect(made.BusinessCards[0]?.EmailAddresses).toEqual(['g@gamma.test']);
    expect(made.BusinessCards[0]?.PhoneNumbers?.map((p) => p.Number)).toEqual(['09 555 0200']);
    expect(made.BusinessCards[0]?.Addresses ?? []).toEqual([]);
    const id = c.xeroId('Gamma Holdings Ltd');
    expect(await c.openIssues()).toEqual([
      expect.objectContaining({
        id: `refused:xero:${id}:address`,
        kind: 'rejected-write',
        refusedBy: 'karbon',
        karbonValue: null,
        remoteValue: expect.objectContaining({ lines: long.AddressLine1.trim() }) as unknown,
        message: expect.stringMatching(/AddressLines must be a string with a maximum length of 200/) as unknown,
      }),
    ]);
    const again = await c.engine.runSync({ trigger: 'test' });
    expect(again.writes).toEqual(noWrites);
    expect(again.created.karbon).toEqual([]);
    // Shortened in Xero: the address reaches Karbon and the issue closes.
    await c.xeroUser.updateContacts([
      {
        ContactID: id,
        Name: 'Gamma Holdings Ltd',
        Addresses: [{ ...long, AddressLine1: 'Level 12, 1 Quay St' }] as never,
      },
    ]);
    await c.engine.runSync({ trigger: 'test' });
    expect(await c.openIssues()).toEqual([]);
    expect(
      (c.karbonOrg('Gamma Holdings Ltd') as unknown as { BusinessCards: { Addresses: unknown[] }[] }).BusinessCards[0]
        ?.Addresses,
    ).toHaveLength(1);
  });
});
