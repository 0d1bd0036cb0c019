import { createIdSource } from '../core/ids';
import { createPrng } from '../core/prng';
import { karbonOrganization, karbonPerson, xeroContact, xpmClient, type XpmContactSeed } from './emit';
import { createPartyFactory, type Party } from './party';
import type { Dataset } from '../core/types';

/** Seeded data is dated before this instant (2026-10-01), one record a few hours apart. */
export const DEMO_BASE_MS = Date.UTC(2026, 9, 1);

/** Karbon Contact Type the demo's integration settings push to XPM automatically (MISSION P5). */
export const PUSHED_CONTACT_TYPE = 'XPM Client';

/** Name pairs equal only after normalization (case, spacing, punctuation, legal suffixes, "&"/"and"). */
const NEAR_MATCHES: [xero: string, karbon: string][] = [
  ['Smith Plumbing Pty Ltd', 'Smith Plumbing Pty. Limited'],
  ['Jones & Co Ltd', 'Jones and Co Limited'],
  ['Harbour View Cafe Pty Ltd', 'Harbour View Cafe Proprietary Limited'],
  ['Kauri Joinery Limited', 'Kauri Joinery Ltd'],
  ["O'Brien Electrical Pty Ltd", 'OBrien Electrical Pty Ltd'],
  ['Te Whare Landscaping Ltd', 'Te Whare Landscaping Limited'],
  ['Mitchell & Sons Building Pty Ltd', 'Mitchell and Sons Building Pty Ltd'],
  ['Pennine Design LLP', 'Pennine Design L.L.P.'],
];

/** Email-only conflicts: the same mailbox under a name that differs on the Karbon side. */
const RENAMED_ORG = (name: string) => name.replace(/ (Pty Ltd|Ltd|Limited|LLP|plc|& Co|Partners)$/, ' Group $1');
const RENAMED_PERSON: Record<string, string> = {
  Olivia: 'Liv',
  Jack: 'Jackson',
  Charlotte: 'Charlie',
  Oliver: 'Ollie',
  William: 'Bill',
  Thomas: 'Tom',
  James: 'Jim',
};

/** The demo firm: every case in MISSION.md, deterministic (same records and ids on every run). */
export function buildDemoDataset(): Dataset {
  const prng = createPrng('harbourside-demo-firm');
  const id = createIdSource('harbourside-demo-ids');
  const parties = createPartyFactory(prng);
  const xero: Record<string, unknown>[] = [];
  const karbonContacts: Record<string, unknown>[] = [];
  const karbonOrgs: Record<string, unknown>[] = [];
  const xpm: Record<string, unknown>[] = [];
  let clock = DEMO_BASE_MS - 400 * 3_600_000;
  const at = () => (clock += 3_600_000 + prng.int(3_000_000));

  const addXero = (p: Party, o: Partial<Parameters<typeof xeroContact>[1]> = {}) =>
    xero.push(xeroContact(p, { id: id('uuid'), updatedMs: at(), ...o }));
  const addKarbon = (
    p: Party,
    o: { name?: string; email?: string; contactType?: string; organizationKey?: string; role?: string } = {},
  ) => {
    const key = id('karbon-key');
    const options = { key, cardKey: id('karbon-key'), modifiedMs: at(), ...o };
    if (p.kind === 'org') karbonOrgs.push(karbonOrganization(p, options));
    else karbonContacts.push(karbonPerson(p, options));
    return key;
  };

  // G3 full matches: same name and billing email in Xero and Karbon (people and organizations).
  const fullOrgs = Array.from({ length: 24 }, () => parties.org());
  const fullOrgKeys = fullOrgs.map((p) => {
    addXero(p);
    return addKarbon(p);
  });
  for (let i = 0; i < 16; i++) {
    const p = parties.person();
    addXero(p);
    addKarbon(p);
  }
  // G4 name-only conflicts: same name, a different email on each side.
  for (let i = 0; i < 10; i++) {
    const p = i < 6 ? parties.org() : parties.person();
    addXero(p);
    addKarbon(p, { email: parties.email(`billing${i}`, p.place) });
  }
  // G4 email-only conflicts: the same email under a different name.
  for (let i = 0; i < 10; i++) {
    const p = i < 6 ? parties.org() : parties.person();
    addXero(p);
    const renamed =
      p.kind === 'org' ? RENAMED_ORG(p.name) : `${RENAMED_PERSON[p.first ?? ''] ?? `${p.first}ie`} ${p.last}`;
    parties.reserve(renamed);
    addKarbon(p, { name: renamed });
  }
  // Normalized-name near matches (flagged, never linked silently).
  NEAR_MATCHES.forEach(([xeroName, karbonName], i) => {
    const p = parties.named('org', xeroName, i * 3, i === 7 ? 'Partnership' : 'Company');
    addXero(p);
    addKarbon(p, { name: karbonName });
  });
  // G5 no match: Xero-only people and organizations (the classifier decides which Karbon kind to create).
  for (let i = 0; i < 25; i++) addXero(parties.person(), i % 5 === 0 ? { accountNumber: `AC${1000 + i}` } : {});
  for (let i = 0; i < 48; i++) addXero(parties.org(), i % 6 === 0 ? { contactNumber: `EXT-${2000 + i}` } : {});
  // G10 archived in Xero: some still in Karbon, one sharing its name with an active contact (allowed for archived).
  for (let i = 0; i < 12; i++) {
    const p = i % 2 === 0 ? parties.org() : parties.person();
    addXero(p, { status: 'ARCHIVED' });
    if (i < 6) addKarbon(p);
  }
  const reused = fullOrgs[0] as Party;
  addXero({ ...reused, email: parties.email('old.accounts', reused.place) }, { status: 'ARCHIVED' });

  // G8 Karbon-only people and organizations (pushed on demand with Create Contact).
  const karbonOnlyOrgs = Array.from({ length: 15 }, () => parties.org());
  const karbonOnlyOrgKeys = karbonOnlyOrgs.map((p, i) =>
    addKarbon(p, { contactType: i % 5 === 4 ? 'Prospect' : 'Client' }),
  );
  for (let i = 0; i < 15; i++) addKarbon(parties.person(), { contactType: i % 7 === 6 ? 'Supplier' : 'Client' });
  // People working for Karbon organizations (their card links the organization).
  const roles = ['Director', 'Finance Manager', 'Office Manager', 'Owner', 'Bookkeeper', 'Trustee'];
  const staffOf = new Map<string, Party[]>();
  [...fullOrgKeys.slice(0, 12), ...karbonOnlyOrgKeys.slice(0, 8)].forEach((orgKey, i) => {
    const people = Array.from({ length: 1 + (i % 3 === 0 ? 1 : 0) }, () => parties.person());
    staffOf.set(orgKey, people);
    people.forEach((p, j) => addKarbon(p, { organizationKey: orgKey, role: roles[(i + j) % roles.length] }));
  });
  // P5: an organization whose Contact Type is pushed to XPM, with two people linked to it.
  const pushed = parties.named('org', 'Southern Cross Vineyards Pty Ltd', 8, 'Company');
  const pushedKey = addKarbon(pushed, { contactType: PUSHED_CONTACT_TYPE });
  for (const role of ['Director', 'Winemaker']) addKarbon(parties.person(), { organizationKey: pushedKey, role });

  // XPM clients. Contacts of matched clients are the Karbon staff above, so P3 links them.
  const contactSeeds = (people: Party[], extra: number): XpmContactSeed[] =>
    [...people, ...Array.from({ length: extra }, () => parties.person())].map((party, j) => ({
      party,
      uuid: id('uuid'),
      position: roles[j % roles.length] ?? 'Director',
      primary: j === 0,
    }));
  const orgKeysForXpm = [...fullOrgKeys.slice(0, 12)];
  orgKeysForXpm.forEach((orgKey, i) => {
    const p = fullOrgs[i] as Party;
    xpm.push(
      xpmClient(p, { uuid: id('uuid'), contacts: contactSeeds(staffOf.get(orgKey) ?? [], i % 4 === 1 ? 2 : 0) }),
    );
  });
  karbonOnlyOrgs.slice(8, 15).forEach((p, i) => {
    // P4 partial matches: 4 by name only, 3 by email only.
    const partial = i < 4 ? { email: parties.email(`xpm.accounts${i}`, p.place) } : { name: RENAMED_ORG(p.name) };
    xpm.push(xpmClient(p, { uuid: id('uuid'), ...partial, contacts: contactSeeds([], 1) }));
  });
  const unmatched: [string, number][] = [
    ['Individual', 5],
    ['Sole Trader', 5],
    ['Company', 6],
    ['Trust', 4],
    ['Partnership', 3],
    ['Self Managed Superannuation Fund', 1],
  ];
  for (const [structure, count] of unmatched) {
    for (let i = 0; i < count; i++) {
      const person = structure === 'Individual' || structure === 'Sole Trader';
      const p = person
        ? parties.person(structure)
        : parties.org(
            structure === 'Company' || structure === 'Trust' || structure === 'Partnership' ? structure : undefined,
          );
      if (!person) p.structure = structure;
      xpm.push(xpmClient(p, { uuid: id('uuid'), contacts: contactSeeds([], person ? i % 2 : 1 + (i % 3)) }));
    }
  }
  for (let i = 0; i < 2; i++)
    xpm.push(xpmClient(parties.org('Company'), { uuid: id('uuid'), archived: true, contacts: [] }));

  return {
    xero: { contacts: xero },
    xpm: { clients: xpm },
    karbon: { contacts: karbonContacts, organizations: karbonOrgs },
  };
}
