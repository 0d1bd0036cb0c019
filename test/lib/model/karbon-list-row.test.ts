import { describe, expect, it } from 'vitest';
import type { CanonicalContact } from '../../../lib/model/canonical';
import { addressLineKey, listVerdicts, type KarbonListRow } from '../../../lib/model/karbon-list-row';

const xero: CanonicalContact = {
  name: 'Jane Smith',
  email: 'Jane@Smith.test',
  phone: { number: '02 9999 0000', country: 'AU' },
  address: { lines: '1 George St', city: 'Sydney', region: 'NSW', postalCode: '2000', country: 'Australia' },
};
// As the sandbox serves a person's row (one string for the address, the card's first phone as typed).
const row: KarbonListRow = {
  FullName: 'Jane Smith',
  EmailAddress: 'jane@smith.test',
  PhoneNumber: '+61 2 9999 0000',
  Address: '1 George St, Sydney NSW 2000, AU',
};

describe('what a Karbon list row proves', () => {
  it('proves a person equal on every field when the row shows the same values', () => {
    expect(listVerdicts(row, 'person', xero)).toEqual({
      name: 'same',
      email: 'same',
      phone: 'same',
      address: 'same',
    });
  });

  it.each([
    ['an organization row (no address in it)', 'org' as const, {}, { address: 'unknown' }],
    ['another email (shown exactly)', 'person' as const, { EmailAddress: 'new@smith.test' }, { email: 'differs' }],
    ['another organization name (shown exactly)', 'org' as const, { FullName: 'Smith Ltd' }, { name: 'differs' }],
    ['a person name with a middle name', 'person' as const, { FullName: 'Jane M Smith' }, { name: 'unknown' }],
    [
      'another first phone (maybe not the Work one)',
      'person' as const,
      { PhoneNumber: '0400 000 000' },
      { phone: 'unknown' },
    ],
    ['an address in another format', 'person' as const, { Address: '1 George Street Sydney' }, { address: 'unknown' }],
  ])('%s', (_, kind, change, verdicts) => {
    const expected = { name: 'same', email: 'same', phone: 'same', address: kind === 'org' ? 'unknown' : 'same' };
    expect(listVerdicts({ ...row, ...change }, kind, xero)).toEqual({ ...expected, ...verdicts });
  });

  it('compares empty values as equal and keys an address in Karbon order with an ISO country', () => {
    const empty: CanonicalContact = { name: 'A B', email: '', phone: null, address: null };
    expect(listVerdicts({ FullName: 'A B' }, 'person', empty)).toEqual({
      name: 'same',
      email: 'same',
      phone: 'same',
      address: 'same',
    });
    expect(addressLineKey(xero.address)).toBe('1 george st sydney nsw 2000 au');
  });
});
