import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { COMMON_FIELDS, type CanonicalContact } from '../../../lib/model/canonical';
import { applyToKarbonCard, karbonToCanonical, newKarbonCard } from '../../../lib/model/karbon-mapping';
import { sameValue } from '../../../lib/model/normalize';
import type {
  KarbonOrganizationWire,
  KarbonPersonWire,
  XeroContactWire,
  XpmClientWire,
} from '../../../lib/model/wire-types';
import { canonicalToXero, xeroToCanonical } from '../../../lib/model/xero-mapping';
import { canonicalToXpmClient, xpmClientToCanonical, xpmContactToCanonical } from '../../../lib/model/xpm-mapping';
import { fixture, fixtureText } from './load-fixture';

const xeroList = fixture<{ Contacts: XeroContactWire[] }>('contacts-list.json').Contacts;
const xeroFull = fixture<{ Contacts: XeroContactWire[] }>('contact-by-id.json').Contacts[0]!;
const person = fixture<KarbonPersonWire>('contact-get-expanded.json');
const org = fixture<KarbonOrganizationWire>('organization-get-expanded.json');

/** Xero has no street address: a round trip through it keeps the four common fields. */
function expectSame(a: CanonicalContact, b: CanonicalContact): void {
  for (const f of COMMON_FIELDS) expect(sameValue(f, a[f], b[f]), f).toBe(true);
}

describe('xeroToCanonical', () => {
  it.each([
    [
      xeroList[0]!,
      {
        name: 'Katherine Warren',
        email: 'kat.warren@clampett.com',
        phone: { number: '(626) 847-1294' },
        address: { lines: '', city: 'Palo Alto', region: 'CA', postalCode: '94020', country: 'United States' },
      },
    ],
    [
      xeroFull,
      {
        name: 'Acme Parts Co.',
        email: 'bk@krave.co',
        phone: { number: '604 408-0914', country: 'US' },
        address: {
          lines: '1234 Fake Street',
          city: 'Vancouver',
          region: 'British Columbia',
          postalCode: 'V6B 2T4',
          country: '',
        },
      },
    ],
  ])('reads the DEFAULT phone and the POBOX address (%#)', (wire, expected) => {
    expect(xeroToCanonical(wire)).toEqual(expected);
  });

  it('treats the empty POBOX and phone entries Xero always sends as no value', () => {
    const wire: XeroContactWire = {
      Name: 'Empty',
      Addresses: [{ AddressType: 'POBOX', AddressLine1: '', City: '', Region: '', PostalCode: '', Country: '' }],
      Phones: [{ PhoneType: 'DEFAULT', PhoneNumber: '', PhoneAreaCode: '', PhoneCountryCode: '' }],
    };
    expect(xeroToCanonical(wire)).toEqual({ name: 'Empty', email: '', phone: null, address: null });
  });
});

describe('karbonToCanonical', () => {
  it('reads a person: First + Last name, primary card first email, Work phone, Physical address', () => {
    expect(karbonToCanonical({ kind: 'person', record: person })).toEqual({
      name: 'William Connor',
      email: 'sample@example.com',
      phone: { number: '1234567890', country: 'AU' },
      address: { lines: '45 Sample Street', city: 'Alexandria', region: 'NSW', postalCode: '2015', country: 'AU' },
      // A Physical address alone is both the billing and the street address.
      street: { lines: '45 Sample Street', city: 'Alexandria', region: 'NSW', postalCode: '2015', country: 'AU' },
    });
  });

  it('reads an organization by FullName', () => {
    expect(karbonToCanonical({ kind: 'org', record: org }).name).toBe('Sample Company');
  });

  it('prefers a Mailing address over a Physical one and the primary card over others', () => {
    const record: KarbonOrganizationWire = {
      FullName: 'X',
      BusinessCards: [
        { IsPrimaryCard: false, EmailAddresses: ['other@x.test'] },
        {
          IsPrimaryCard: true,
          EmailAddresses: ['billing@x.test'],
          PhoneNumbers: [
            { Number: '0400 000 000', Label: 'Mobile' },
            { Number: '09 123 4567', Label: 'Office', CountryCode: 'NZ' },
          ],
          Addresses: [
            { AddressLines: '1 Street Rd', City: 'Auckland', Label: 'Physical', CountryCode: 'NZ' },
            { AddressLines: 'PO Box 5', City: 'Auckland', Label: 'Mailing', CountryCode: 'NZ' },
          ],
        },
      ],
    };
    const c = karbonToCanonical({ kind: 'org', record });
    expect(c.email).toBe('billing@x.test');
    expect(c.phone).toEqual({ number: '09 123 4567', country: 'NZ' });
    expect(c.address?.lines).toBe('PO Box 5');
  });
});

describe('XPM mapping', () => {
  const parsed = new XMLParser({ parseTagValue: false, isArray: (n) => n === 'Client' || n === 'Contact' }).parse(
    fixtureText('client-list-response.xml'),
  ) as { Response: { Clients: { Client: (XpmClientWire & { Contacts?: { Contact: object[] } })[] } } };
  const client = parsed.Response.Clients.Client[0]!;

  it('reads the postal address of a client, tidying its indented lines', () => {
    expect(xpmClientToCanonical(client)).toEqual({
      name: 'XYZ Australia, NZ Business Unit',
      email: 'someone@example.com',
      phone: { number: '(02) 1723 5265' },
      address: {
        lines: 'Level 32, PWC Building\n188 Quay Street\nAuckland Central',
        city: 'Auckland',
        region: '',
        postalCode: '1001',
        country: '',
      },
      street: null,
    });
  });

  it('reads a client contact (phone, else mobile)', () => {
    expect(xpmContactToCanonical({ Name: 'Sam B', Email: '', Phone: '', Mobile: '021 555 1234' })).toEqual({
      name: 'Sam B',
      email: '',
      phone: { number: '021 555 1234' },
      address: null,
    });
  });

  it('writes country codes as names for XPM', () => {
    const out = canonicalToXpmClient({
      address: { lines: 'PO Box 1', city: 'Sydney', region: 'NSW', postalCode: '2000', country: 'AU' },
    });
    expect(out.PostalCountry).toBe('Australia');
  });
});

describe('round trips keep every value', () => {
  const karbonPerson = karbonToCanonical({ kind: 'person', record: person });

  it('Karbon -> Xero -> canonical', () => {
    const wire = canonicalToXero(karbonPerson, 'person');
    expect(wire.FirstName).toBe('William');
    expect(wire.LastName).toBe('Connor');
    expect(wire.Phones?.[0]).toMatchObject({ PhoneType: 'DEFAULT', PhoneCountryCode: '61' });
    expect(wire.Addresses?.[0]).toMatchObject({ AddressType: 'POBOX', Country: 'Australia' });
    expectSame(xeroToCanonical(wire), karbonPerson);
  });

  it.each(xeroList.map((c) => [c.Name, c] as const))('Xero -> Karbon card -> canonical (%s)', (_, wire) => {
    const c = xeroToCanonical(wire);
    const card = newKarbonCard(c);
    const back = karbonToCanonical({ kind: 'org', record: { FullName: c.name, BusinessCards: [card] } });
    expectSame(back, c);
  });

  it('keeps the other card entries and keys when applying a patch', () => {
    const card = person.BusinessCards![0]!;
    const next = applyToKarbonCard(card, { email: 'new@example.com', phone: { number: '+61 2 9999 0000' } });
    expect(next.EmailAddresses).toEqual(['new@example.com', 'sample.two@example.com']);
    expect(next.PhoneNumbers?.[0]).toMatchObject({
      PhoneNumberKey: '6e0b9ace-24b1-4328-a922-3b8be5ef5052',
      Label: 'Work',
    });
    expect(next.BusinessCardKey).toBe(card.BusinessCardKey);
    expect(next.Addresses).toEqual(card.Addresses);
  });

  it('splits more than four Xero address lines without dropping any', () => {
    const lines = 'a\nb\nc\nd\ne';
    const wire = canonicalToXero({ address: { lines, city: '', region: '', postalCode: '', country: '' } }, 'org');
    expect(wire.Addresses?.[0]?.AddressLine4).toBe('d, e');
  });
});

describe('street and postal addresses apart (XPM, P6)', () => {
  const street = { lines: '1 High St', city: 'Sydney', region: 'NSW', postalCode: '2000', country: 'AU' };
  const postal = { lines: 'PO Box 9', city: 'Sydney', region: 'NSW', postalCode: '2001', country: 'AU' };

  it('reads and writes an XPM client street address from its bare elements', () => {
    const wire = canonicalToXpmClient({ street, address: postal });
    expect(wire).toMatchObject({ Address: '1 High St', City: 'Sydney', PostCode: '2000', Country: 'Australia' });
    expect(wire).toMatchObject({ PostalAddress: 'PO Box 9', PostalPostCode: '2001' });
    const back = xpmClientToCanonical(wire);
    expect(sameValue('street', back.street, street)).toBe(true);
    expect(sameValue('address', back.address, postal)).toBe(true);
  });

  it.each([
    ['the street address', { street }, { address: street, street }],
    ['the billing address', { address: postal }, { address: postal, street: physicalOnly }],
    ['both', { address: postal, street }, { address: postal, street }],
  ] as const)(
    'a card whose only Physical address served as both keeps the other one when %s is written',
    (_label, patch, expected) => {
      const card = {
        IsPrimaryCard: true,
        Addresses: [
          { AddressKey: 'a1', AddressLines: '5 Old Rd', City: 'Sydney', Label: 'Physical', CountryCode: 'AU' },
        ],
      };
      const next = applyToKarbonCard(card, patch, { streetApart: true });
      const read = karbonToCanonical({ kind: 'org', record: { FullName: 'X', BusinessCards: [next] } });
      const old = { lines: '5 Old Rd', city: 'Sydney', region: '', postalCode: '', country: 'AU' };
      const want = {
        address: expected.address === street ? old : expected.address,
        street: expected.street === physicalOnly ? old : expected.street,
      };
      expect(sameValue('address', read.address, want.address)).toBe(true);
      expect(sameValue('street', read.street, want.street)).toBe(true);
      expect(next.Addresses?.find((a) => a.Label === 'Physical')?.AddressKey).toBe('a1');
    },
  );

  it('writes no street address for a system that has none (Xero)', () => {
    const card = { IsPrimaryCard: true, Addresses: [] };
    expect(applyToKarbonCard(card, { street }).Addresses).toEqual([]);
  });
});

const physicalOnly = Symbol('the Physical address as it was');
