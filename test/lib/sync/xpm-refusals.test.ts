// XPM bad input, refusals and the name check, against the sandbox over real HTTP: one bad record is that record's issue
// (with XPM's own words), the rest syncs, nothing is deleted, and a refused value is not sent again until it changes.
import { afterEach, describe, expect, it } from 'vitest';
import type { IssueRow } from '../../../lib/db/rows';
import type { Sandbox } from '../../sandbox/server';
import { card, names, personNames, urlOf, xpmErrorAnswer, xpmSandbox } from './helpers/xpm-sandbox';

const sandboxes: Sandbox[] = [];
afterEach(async () => {
  while (sandboxes.length) await sandboxes.pop()!.close();
});

const LONG_EMAIL = `${'a'.repeat(250)}@acme.test`;

const openIssues = async (db: { issues: { toArray(): Promise<IssueRow[]> } }) =>
  (await db.issues.toArray()).filter((i) => i.state === 'open');

describe('XPM bad input: an issue for that record, the rest syncs, nothing deleted', () => {
  it('a client with no name, no Business Type or a record that does not parse; odd and unknown types import', async () => {
    const c = await xpmSandbox(
      {
        clients: [
          { Name: 'Good Co', Email: 'good@co.test', BusinessStructure: 'Company' },
          { Name: 'Nameless Co', Email: 'nameless@co.test', BusinessStructure: 'Company' },
          { Name: 'NoType Co', Email: 'notype@co.test' },
          { Name: 'Broken Co', Email: 'broken@co.test', BusinessStructure: 'Company' },
          { Name: 'Club House', Email: 'club@house.test', BusinessStructure: 'Sporting Club' },
          { Name: 'Lee Wong', Email: 'lee@wong.test', BusinessStructure: ' INDIVIDUAL ' },
          { Name: 'Pat Doe', Email: 'pat@doe.test', BusinessStructure: 'sole trader' },
        ],
        karbon: { organizations: [], contacts: [] },
        // XPM answers (the list and a client's own read) with one nameless client and one whose <Name> is not text.
        wrap: (_sb, next) => async (input, init) => {
          const res = await next(input, init);
          if (!urlOf(input).includes('client.api/')) return res;
          const text = (await res.text())
            .replace('<Name>Nameless Co</Name>', '<Name></Name>')
            .replace('<Name>Broken Co</Name>', '<Name><First>Broken</First></Name>');
          return new Response(text, { status: res.status, headers: res.headers });
        },
      },
      sandboxes,
    );
    // The first answer is cut mid-body: the read is retried and the run goes on.
    c.sb.configureFaults({ queue: ['malformed'], services: ['xpm'] });
    const run = await c.engine.runSync({ trigger: 'test' });
    expect(run.error).toBeUndefined();
    // A type that is not in the "become People" list (even one the practice made up) is an Organization.
    expect(names(c.karbon().organizations)).toEqual(['Club House', 'Good Co']);
    expect(personNames(c.karbon().contacts)).toEqual(['Lee Wong', 'Pat Doe']);
    const issues = await openIssues(c.db);
    expect(issues.every((i) => i.system === 'xpm' && i.kind === 'sync-error')).toBe(true);
    const messages = issues.map((i) => i.message ?? '');
    expect(messages).toHaveLength(3);
    expect(messages.some((m) => /no name/i.test(m))).toBe(true);
    expect(messages.some((m) => /NoType Co.*no Business Type/.test(m))).toBe(true);
    expect(messages.some((m) => /XPM client/.test(m) && /Name/.test(m) && !/no name/i.test(m))).toBe(true);
    expect(c.endpoints()['GET client.api/list']).toBe(2);

    // Fixed in XPM: the client imports on the next run, its issue closes, nothing else is touched.
    const noType = c.xpmClients().find((x) => x.Name === 'NoType Co')!;
    await c.xpmUser.updateClient({ UUID: String(noType.UUID), BusinessStructure: 'Trust' });
    const next = await c.engine.runSync({ trigger: 'test' });
    expect(next.error).toBeUndefined();
    expect(names(c.karbon().organizations)).toEqual(['Club House', 'Good Co', 'NoType Co']);
    expect((await openIssues(c.db)).some((i) => /NoType Co/.test(i.message ?? ''))).toBe(false);
  });

  it('an XML answer that never parses stops only the XPM part of the run; Karbon keeps everything', async () => {
    const c = await xpmSandbox(
      {
        clients: [{ Name: 'Good Co', Email: 'good@co.test', BusinessStructure: 'Company' }],
        karbon: { organizations: [{ FullName: 'Kept Ltd', BusinessCards: card(['kept@ltd.test']) }], contacts: [] },
      },
      sandboxes,
    );
    c.sb.configureFaults({ rate: 1, kinds: ['malformed'], services: ['xpm'] });
    const broken = await c.engine.runSync({ trigger: 'test' });
    expect(broken.error).toMatch(/Xero Practice Manager sent an answer we could not read/);
    expect(names(c.karbon().organizations)).toEqual(['Kept Ltd']);
    c.sb.configureFaults({ rate: 0, kinds: [], services: [] });
    const fixed = await c.engine.runSync({ trigger: 'test' });
    expect(fixed.error).toBeUndefined();
    expect(names(c.karbon().organizations)).toEqual(['Good Co', 'Kept Ltd']);
  });
});

describe('XPM refusals become rejected-write issues, held back until one side changes', () => {
  const scenario = {
    clients: [
      { Name: 'Acme Pty Ltd', Email: 'accounts@acme.test', BusinessStructure: 'Company' },
      { Name: 'Zeta Ltd', Email: 'zeta@zeta.test', BusinessStructure: 'Company' },
    ],
    karbon: {
      organizations: [
        { FullName: 'Acme Pty Ltd', BusinessCards: card(['accounts@acme.test']) },
        { FullName: 'Zeta Ltd', BusinessCards: card(['zeta@zeta.test']) },
        // Pushed automatically: one XPM refuses (its email is too long for XPM), one it takes.
        { FullName: 'Long Mail Ltd', ContactType: 'Client', BusinessCards: card([LONG_EMAIL]) },
        { FullName: 'Omega Ltd', ContactType: 'Client', BusinessCards: card(['omega@omega.test']) },
        // Its name holds a tab: never sent.
        { FullName: 'Tab\tName Ltd', ContactType: 'Client', BusinessCards: card(['tab@name.test']) },
      ],
      contacts: [],
    },
    options: { pushContactTypes: ['Client'] },
  };

  it('a refused create and a name that must not travel are issues; the rest is pushed, once', async () => {
    const c = await xpmSandbox(scenario, sandboxes);
    const first = await c.engine.runSync({ trigger: 'test' });
    expect(first.error).toBeUndefined();
    expect(names(c.xpmClients(), 'Name')).toEqual(['Acme Pty Ltd', 'Omega Ltd', 'Zeta Ltd']);
    const issues = await openIssues(c.db);
    const refused = issues.find((i) => i.karbonKeys[0] === c.orgKey('Long Mail Ltd'))!;
    expect(refused).toMatchObject({ system: 'xpm', kind: 'rejected-write', refusedBy: 'xpm' });
    expect(refused.message).toMatch(/XPM refused.*Email.*longer than 255/);
    expect((refused.karbonValue as { email: string }).email).toBe(LONG_EMAIL);
    const badName = issues.find((i) => i.karbonKeys[0] === c.orgKey('Tab\tName Ltd'))!;
    expect(badName).toMatchObject({ system: 'xpm', kind: 'sync-error' });
    expect(badName.message).toMatch(/Not sent to XPM: the name contains control characters/);
    // Two adds were sent (Omega and the refused one); the tab name never travelled.
    expect(c.endpoints()['POST client.api/add']).toBe(2);

    // Nothing changed: neither is tried again (one list read, no writes).
    const before = c.calls();
    const quiet = await c.engine.runSync({ trigger: 'test' });
    expect(quiet.writes).toEqual({ karbon: 0, xero: 0, xpm: 0 });
    expect(c.calls().xpm - before.xpm).toBe(1);
    expect(c.endpoints()['POST client.api/add']).toBe(2);

    // Fixed in Karbon: both are pushed on the next run and their issues close.
    const longMail = (await c.karbonUser.getOrganization(c.orgKey('Long Mail Ltd')))!;
    await c.karbonUser.updateBusinessCard(longMail.BusinessCards![0]!.BusinessCardKey!, (b) => ({
      ...b,
      EmailAddresses: ['short@mail.test'],
    }));
    await c.karbonUser.patchOrganization(c.orgKey('Tab\tName Ltd'), { FullName: 'Tab Name Ltd' });
    const fixed = await c.engine.runSync({ trigger: 'test' });
    expect(fixed.error).toBeUndefined();
    expect(names(c.xpmClients(), 'Name')).toEqual([
      'Acme Pty Ltd',
      'Long Mail Ltd',
      'Omega Ltd',
      'Tab Name Ltd',
      'Zeta Ltd',
    ]);
    expect(await openIssues(c.db)).toEqual([]);
  });

  it('a refused update keeps XPM message and value, is not resent, and goes once the value changes', async () => {
    const c = await xpmSandbox({ ...scenario, options: {} }, sandboxes);
    await c.engine.runSync({ trigger: 'test' });
    const acme = (await c.karbonUser.getOrganization(c.orgKey('Acme Pty Ltd')))!;
    await c.karbonUser.updateBusinessCard(acme.BusinessCards![0]!.BusinessCardKey!, (b) => ({
      ...b,
      EmailAddresses: [LONG_EMAIL],
    }));
    // Zeta's new name is a blank of zero-width spaces: checked before it travels.
    await c.karbonUser.patchOrganization(c.orgKey('Zeta Ltd'), { FullName: '\u200b\u200b' });
    const refusedRun = await c.engine.runSync({ trigger: 'test' });
    expect(refusedRun.error).toBeUndefined();
    expect(refusedRun.refused).toBe(2);
    const issues = await openIssues(c.db);
    const email = issues.find((i) => i.field === 'email')!;
    expect(email).toMatchObject({ system: 'xpm', kind: 'rejected-write', refusedBy: 'xpm', karbonValue: LONG_EMAIL });
    expect(email.message).toMatch(/^XPM refused it: <Email> is longer than 255 characters/);
    const name = issues.find((i) => i.field === 'name')!;
    expect(name).toMatchObject({ system: 'xpm', kind: 'rejected-write', refusedBy: 'xpm' });
    expect(name.message).toMatch(/Not sent to XPM: the name is empty or only invisible characters/);
    expect(c.xpmClients().find((x) => x.Name === 'Zeta Ltd')).toBeDefined();
    const puts = c.endpoints()['PUT client.api/update'] ?? 0;
    expect(puts).toBe(1);

    // Not resent while nothing changed.
    const quiet = await c.engine.runSync({ trigger: 'test' });
    expect(quiet.writes.xpm).toBe(0);
    expect(c.endpoints()['PUT client.api/update'] ?? 0).toBe(puts);

    // A new value in Karbon goes through and closes the refusal.
    await c.karbonUser.updateBusinessCard(acme.BusinessCards![0]!.BusinessCardKey!, (b) => ({
      ...b,
      EmailAddresses: ['billing@acme.test'],
    }));
    const fixed = await c.engine.runSync({ trigger: 'test' });
    expect(fixed.writes.xpm).toBe(1);
    expect(c.xpmClients().find((x) => x.Name === 'Acme Pty Ltd')!.Email).toBe('billing@acme.test');
    expect((await c.db.issues.get(email.id))?.state).toBe('resolved');
  });

  it('a <Status>ERROR</Status> answer with HTTP 200 on an update is XPM refusing that record only', async () => {
    const c = await xpmSandbox(
      {
        ...scenario,
        options: {},
        wrap: (_sb, next) => async (input, init) => {
          const body = input instanceof Request ? await input.clone().text() : '';
          // This practice refuses one phone number (and so the whole update carrying it).
          if (urlOf(input).includes('client.api/update') && body.includes('0400 000 000')) {
            return xpmErrorAnswer('Phone number is not valid for this practice');
          }
          return next(input, init);
        },
      },
      sandboxes,
    );
    await c.engine.runSync({ trigger: 'test' });
    for (const [name, phone] of [
      ['Acme Pty Ltd', '0400 000 000'],
      ['Zeta Ltd', '0400 111 111'],
    ] as const) {
      const org = (await c.karbonUser.getOrganization(c.orgKey(name)))!;
      await c.karbonUser.updateBusinessCard(org.BusinessCards![0]!.BusinessCardKey!, (b) => ({
        ...b,
        EmailAddresses: [name === 'Acme Pty Ltd' ? 'new@acme.test' : 'zeta@zeta.test'],
        PhoneNumbers: [{ Number: phone, Label: 'Work' }],
      }));
    }
    const run = await c.engine.runSync({ trigger: 'test' });
    expect(run.error).toBeUndefined();
    // Zeta synced; Acme's phone is refused (XPM named it); its email went in the same refused call, so it waits.
    expect(c.xpmClients().find((x) => x.Name === 'Zeta Ltd')!.Phone).toBe('0400 111 111');
    const refused = (await openIssues(c.db)).filter((i) => i.kind === 'rejected-write');
    expect(refused.map((i) => [i.system, i.field, i.karbonValue])).toEqual([
      ['xpm', 'phone', { number: '0400 000 000' }],
    ]);
    expect(refused[0]!.message).toBe('XPM refused it: Phone number is not valid for this practice');

    // The next run sends the email alone; the refused phone stays held back.
    const next = await c.engine.runSync({ trigger: 'test' });
    expect(next.writes.xpm).toBe(1);
    const acme = c.xpmClients().find((x) => x.Name === 'Acme Pty Ltd')!;
    expect([acme.Email, acme.Phone ?? '']).toEqual(['new@acme.test', '']);
    const again = await c.engine.runSync({ trigger: 'test' });
    expect(again.writes.xpm).toBe(0);
  });
});
