import { describe, expect, it } from 'vitest';
import { differingFields } from '../../../lib/background/differing-fields';
import type { CanonicalContact } from '../../../lib/model/canonical';

const karbon: CanonicalContact = {
  name: 'Hamish Sutherland',
  email: 'h@example.com',
  phone: { number: '+61 2 6091 2038' },
  address: { lines: '1 George St', city: 'Sydney', region: 'NSW', postalCode: '2000', country: 'Australia' },
};

describe('differingFields', () => {
  it('compares as the sync does: the same number or country written two ways is not a difference', () => {
    const remote = {
      ...karbon,
      email: 'H@Example.com ',
      phone: { number: '02 6091 2038' },
      address: { ...karbon.address!, country: 'AU' },
    };
    expect(differingFields(karbon, remote)).toEqual([]);
  });

  it('names each field whose values really differ', () => {
    const remote = { ...karbon, name: 'Hamish Sutherland Pty Ltd', phone: { number: '02 6091 9999' } };
    expect(differingFields(karbon, remote)).toEqual(['name', 'phone']);
  });

  it('says nothing while one side is unknown', () => {
    expect(differingFields(karbon, undefined)).toEqual([]);
    expect(differingFields(undefined, karbon)).toEqual([]);
  });
});
