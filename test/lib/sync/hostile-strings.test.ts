// Hostile strings beyond names (issue 12), through syncs against the sandbox over real HTTP: emoji and right-to-left
// text travel exactly and never loop; invisible, 5,000-character and whitespace names, invalid emails and 20-line
// addresses never crash a run, raise an issue where the target system would refuse, and lose nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatFieldValue, issueTitle } from '../../../lib/state/format';
import { startSandbox, type Sandbox } from '../../sandbox/server';
import { sandboxEngine } from './helpers/sandbox-sync';

const EMOJI = '😀 Café ☕ Holdings Ltd';
const ARABIC = 'شركة الأمل للتجارة';
const RLO = '\u202egnp.exe Trading Ltd';
const INVISIBLE = '\u200b\u2060\u200b';
const LONG_NAME = 'Z'.repeat(5000);
const TWENTY_LINES = Array.from({ length: 20 }, (_, i) => `Line ${i + 1}`).join('\n');
const card = (emails: string[], extra: object = {}) => [{ IsPrimaryCard: true, EmailAddresses: emails, ...extra }];

let sb: Sandbox;
beforeAll(async () => {
  sb = await startSandbox({ port: 0 });
});
afterAll(() => sb.close());

function load() {
  sb.reset({ seed: 'empty' });
  sb.loadDataset({
    xero: {
      contacts: [
        { Name: EMOJI, EmailAddress: 'emoji@cafe.test' },
        { Name: ARABIC, EmailAddress: 'rtl@amal.test' },
        { Name: RLO, EmailAddress: 'rlo@gnp.test' },
        { Name: INVISIBLE, EmailAddress: 'invisible@x.test' },
        { Name: 'Acme Pty Ltd', EmailAddress: 'accounts@acme.test' },
        { Name: 'Bad Email Ltd', EmailAddress: 'billing@bad.test' },
      ],
    },
    karbon: {
      organizations: [
        { FullName: 'Acme Pty Ltd', BusinessCards: card(['accounts@acme.test']) },
        { FullName: LONG_NAME, BusinessCards: card(['long@x.test']) },
        { FullName: INVISIBLE, BusinessCards: card(['also-invisible@x.test']) },
        { FullName: 'Bad Email Ltd', BusinessCards: card(['not an email']) },
      ],
      contacts: [{ FirstName: 'Y'.repeat(5000), LastName: '🙂', BusinessCards: card(['@@']) }],
    },
  });
  const c = sandboxEngine(sb);
  const xero = () => (sb.state().xero?.contacts ?? []) as { ContactID: string; Name: string }[];
  const orgs = () => (sb.state().karbon?.organizations ?? []) as { OrganizationKey: string; FullName: string }[];
  const people = () => (sb.state().karbon?.contacts ?? []) as { FirstName: string; LastName: string }[];
  return { ...c, xero, orgs, people };
}

const noWrites = { karbon: 0, xero: 0, xpm: 0 };

describe('hostile strings through a sync', () => {
  it('imports emoji and right-to-left names exactly, holds back invisible ones, leaves hostile Karbon records be', async () => {
    const c = load();
    const run = await c.engine.runSync({ trigger: 'test' });
    expect(run.error).toBeUndefined();
    expect(run.failedRecords).toBe(0);
    const names = c.orgs().map((o) => o.FullName);
    for (const name of [EMOJI, ARABIC, RLO]) expect(names).toContain(name);
    // Karbon's own hostile records are still there, untouched; nothing was created twice or deleted.
    expect(names.filter((n) => n === LONG_NAME || n === INVISIBLE)).toEqual([LONG_NAME, INVISIBLE]);
    expect(c.people()).toEqual([expect.objectContaining({ FirstName: 'Y'.repeat(5000), LastName: '🙂' })]);
    expect(c.orgs()).toHaveLength(7);
    const issues = await c.db.issues.where('state').equals('open').toArray();
    const invisibleId = c.xero().find((x) => x.Name === INVISIBLE)!.ContactID;
    expect(issues.map((i) => [i.kind, i.id]).sort()).toEqual(
      [
        ['sync-error', `bad-name:xero:${invisibleId}`],
        // Same name, different email: a person decides.
        ['name-only', `match:xero:${c.xero().find((x) => x.Name === 'Bad Email Ltd')!.ContactID}`],
      ].sort(),
    );
    // Every issue reads as text in the popup and panel, whatever the strings in it.
    for (const issue of issues) {
      expect(issueTitle(issue)).not.toBe('');
      expect(formatFieldValue(issue.remote?.name)).not.toMatch(/undefined|\[object/);
    }
    // Exact copies never loop.
    expect((await c.engine.runSync({ trigger: 'test' })).writes).toEqual(noWrites);
  });

  it('a linked pair edited in Karbon to a 5,000-character name, an invalid email and a 20-line address', async () => {
    const c = load();
    await c.engine.runSync({ trigger: 'test' });
    const acme = c.xero().find((x) => x.Name === 'Acme Pty Ltd')!.ContactID;
    const key = (await c.db.links.get(`xero:${acme}`))!.karbonKey;
    await c.karbonUser.patchOrganization(key, { FullName: LONG_NAME });
    const cardKey = (await c.karbonUser.getOrganization(key))!.BusinessCards![0]!.BusinessCardKey!;
    await c.karbonUser.updateBusinessCard(cardKey, (b) => ({
      ...b,
      EmailAddresses: ['accounts at acme'],
      Addresses: [{ AddressLines: TWENTY_LINES, City: 'Auckland', CountryCode: 'NZ', Label: 'Mailing' }],
    }));
    const run = await c.engine.runSync({ trigger: 'test' });
    expect(run.error).toBeUndefined();
    expect(run.failedRecords).toBe(0);
    const issues = await c.db.issues
      .where('state')
      .equals('open')
      .filter((i) => i.linkId === `xero:${acme}`)
      .toArray();
    expect(issues.map((i) => [i.kind, i.field, i.message]).sort()).toEqual([
      ['rejected-write', 'email', expect.stringMatching(/Xero refused it: Email address must be valid/)],
      ['rejected-write', 'name', 'Not sent to Xero: the name is 5000 characters long; the limit is 255.'],
    ]);
    for (const issue of issues) expect(formatFieldValue(issue.karbonValue)).toBe(issue.karbonValue);
    // Xero keeps its name and email. Xero refused the whole contact for its email, so the address (held by nothing)
    // goes on the next run, with every line (past the fourth on the last one).
    const contact = await c.xeroUser.getContact(acme);
    expect(contact?.Name).toBe('Acme Pty Ltd');
    expect(contact?.EmailAddress).toBe('accounts@acme.test');
    const next = await c.engine.runSync({ trigger: 'test' });
    expect(next.writes).toEqual({ karbon: 0, xero: 1, xpm: 0 });
    const pobox = (await c.xeroUser.getContact(acme))?.Addresses?.find((a) => a.AddressType === 'POBOX');
    const xeroLines = [pobox?.AddressLine1, pobox?.AddressLine2, pobox?.AddressLine3, pobox?.AddressLine4].join('\n');
    for (let i = 1; i <= 20; i++) expect(xeroLines).toContain(`Line ${i}`);
    // Karbon keeps what was typed; nothing is resent and nothing loops.
    const org = await c.karbonUser.getOrganization(key);
    expect(org?.FullName).toBe(LONG_NAME);
    expect(org?.BusinessCards?.[0]?.Addresses?.[0]?.AddressLines).toBe(TWENTY_LINES);
    const again = await c.engine.runSync({ trigger: 'test' });
    expect(again.writes).toEqual(noWrites);
    expect(again.refused).toBe(0);
  });
});
