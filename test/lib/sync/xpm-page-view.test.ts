// P5 on a page view, against the sandbox over real HTTP: opening a Karbon Organization of a pushed Contact Type pushes
// it to XPM with its People as the client's contacts, and later People of an organization already in XPM follow;
// every create is looked up first, so repeats and dropped answers never make a second client or contact.
import { afterEach, describe, expect, it } from 'vitest';
import type { Sandbox } from '../../sandbox/server';
import { card, urlOf, xpmSandbox } from './helpers/xpm-sandbox';

const sandboxes: Sandbox[] = [];
afterEach(async () => {
  while (sandboxes.length) await sandboxes.pop()!.close();
});

const OMEGA = 'OmegaOrgKey1';

describe('XPM push on a page view (P5)', () => {
  it('pushes the organization and its People once; new People become contacts once, even after a dropped answer', async () => {
    let dropNextContact = false;
    const c = await xpmSandbox(
      {
        clients: [{ Name: 'Acme Pty Ltd', Email: 'accounts@acme.test', BusinessStructure: 'Company' }],
        karbon: {
          organizations: [
            {
              OrganizationKey: OMEGA,
              FullName: 'Omega Ltd',
              ContactType: 'Client',
              BusinessCards: card(['omega@omega.test']),
            },
            { FullName: 'Prospect Ltd', ContactType: 'Prospect', BusinessCards: card(['p@prospect.test']) },
          ],
          contacts: [
            {
              FirstName: 'Ann',
              LastName: 'Lee',
              BusinessCards: card(['ann@omega.test'], { OrganizationKey: OMEGA, RoleOrTitle: 'Director' }),
            },
          ],
        },
        options: { pushContactTypes: ['client'] },
        // The answer to one contact create is lost on the way back (the contact is made).
        wrap: (sb, next) => async (input, init) => {
          const request = input instanceof Request ? input : undefined;
          if (dropNextContact && request?.method === 'POST' && urlOf(input).endsWith('client.api/contact')) {
            dropNextContact = false;
            sb.configureFaults({ queue: ['drop'], services: ['xpm'] });
          }
          return next(input, init);
        },
      },
      sandboxes,
    );
    const omegaClients = () => c.xpmClients().filter((x) => x.Name === 'Omega Ltd');
    const contactsOf = () =>
      ((omegaClients()[0]?.Contacts ?? []) as Record<string, unknown>[]).map((x) => String(x.Name)).sort();

    const status = await c.engine.refreshContact(OMEGA, 'xpm');
    expect(status.link).toMatchObject({ system: 'xpm', how: 'pushed-from-karbon', kind: 'org' });
    expect(omegaClients()).toHaveLength(1);
    expect(omegaClients()[0]!.ExportCode).toBe(OMEGA);
    expect(contactsOf()).toEqual(['Ann Lee']);
    // Looked up before the create: one search, one add.
    expect(c.endpoints()).toMatchObject({ 'GET client.api/search': 1, 'POST client.api/add': 1 });

    // Opening it again pushes nothing more (the pair is only refreshed: one client read).
    const gets = () => c.endpoints()['GET client.api/get/{uuid}'] ?? 0;
    await c.engine.refreshContact(OMEGA, 'xpm');
    expect(c.endpoints()['POST client.api/add']).toBe(1);
    expect(gets()).toBe(1);

    // A person added to the organization in Karbon becomes a contact of its client on the next page view.
    await c.karbonUser.createContact({
      FirstName: 'Bo',
      LastName: 'Chan',
      BusinessCards: [{ IsPrimaryCard: true, EmailAddresses: ['bo@omega.test'], OrganizationKey: OMEGA }],
    } as never);
    await c.engine.refreshContact(OMEGA, 'xpm');
    expect(contactsOf()).toEqual(['Ann Lee', 'Bo Chan']);
    expect(c.endpoints()['POST client.api/contact']).toBe(1);
    // The pair's read, and the client's contacts read before the create.
    expect(gets()).toBe(3);

    // The answer to the next contact create is dropped: the retry finds the contact and makes no second one.
    await c.karbonUser.createContact({
      FirstName: 'Cy',
      LastName: 'Diaz',
      BusinessCards: [{ IsPrimaryCard: true, EmailAddresses: ['cy@omega.test'], OrganizationKey: OMEGA }],
    } as never);
    dropNextContact = true;
    await c.engine.refreshContact(OMEGA, 'xpm');
    expect(contactsOf()).toEqual(['Ann Lee', 'Bo Chan', 'Cy Diaz']);
    expect(c.endpoints()['POST client.api/contact']).toBe(1 + 1);
    expect(c.sb.calls().services.xpm?.faults).toEqual({ drop: 1 });
    await c.engine.refreshContact(OMEGA, 'xpm');
    expect(c.endpoints()['POST client.api/contact']).toBe(2);
    const people = (await c.db.links.toArray()).filter((l) => l.system === 'xpm' && l.kind === 'person');
    expect(people.map((l) => l.base.name).sort()).toEqual(['Ann Lee', 'Bo Chan', 'Cy Diaz']);

    // An organization whose Contact Type is not pushed is left alone.
    const prospect = String(c.karbon().organizations.find((o) => o.FullName === 'Prospect Ltd')!.OrganizationKey);
    const viewed = await c.engine.refreshContact(prospect, 'xpm');
    expect(viewed.link).toBeUndefined();
    expect(c.xpmClients().some((x) => x.Name === 'Prospect Ltd')).toBe(false);
    expect(await c.db.issues.toArray()).toEqual([]);
  });
});
