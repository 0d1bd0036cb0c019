import { describe, expect, it } from 'vitest';
import { countryToIso, dialCodeToIso, isoToCountryName } from '../../../lib/model/countries';
import {
  normalizeAddress,
  normalizeCountry,
  normalizeEmail,
  normalizeName,
  normalizePhone,
  sameValue,
} from '../../../lib/model/normalize';
import { splitPersonName } from '../../../lib/model/person-name';

describe('normalizePhone', () => {
  it.each([
    [{ number: '+61 2 9999 0000' }, '299990000'],
    [{ number: '(02) 9999 0000', country: 'AU' }, '299990000'],
    [{ number: '0299990000' }, '299990000'],
    [{ number: '0061 2 9999 0000' }, '299990000'],
    [{ number: '+64 9 123 4567', country: 'NZ' }, '91234567'],
    [{ number: '+1 (604) 408-0914' }, '6044080914'],
    [{ number: '+44 20 7946 0958' }, '2079460958'],
    [{ number: '' }, ''],
    [null, ''],
  ])('%j -> %s', (phone, key) => {
    expect(normalizePhone(phone)).toBe(key);
  });

  it('tells different numbers apart', () => {
    expect(sameValue('phone', { number: '02 9999 0000' }, { number: '02 9999 0001' })).toBe(false);
  });
});

describe('normalizeCountry / countries', () => {
  it.each([
    ['AU', 'AU'],
    ['Australia', 'AU'],
    ['united kingdom', 'GB'],
    ['U.K.', 'GB'],
    ['USA', 'US'],
    ['New Zealand', 'NZ'],
    ['Narnia', 'narnia'],
    ['', ''],
  ])('%s -> %s', (input, key) => {
    expect(normalizeCountry(input)).toBe(key);
  });

  it('maps names, codes and dial codes both ways', () => {
    expect(countryToIso('Great Britain')).toBe('GB');
    expect(isoToCountryName('NZ')).toBe('New Zealand');
    expect(dialCodeToIso('+61')).toBe('AU');
    expect(dialCodeToIso('')).toBeUndefined();
  });
});

describe('names and emails', () => {
  it.each([
    ['  Acme   Pty Ltd ', 'acme pty ltd'],
    ['ACME PTY LTD', 'acme pty ltd'],
  ])('name %j -> %j', (input, key) => expect(normalizeName(input)).toBe(key));

  it('lower-cases and trims emails', () => expect(normalizeEmail(' Jo@Example.COM ')).toBe('jo@example.com'));

  it.each([
    ['Jane Smith', 'Jane', 'Smith'],
    ['Mary Jane van Dyke', 'Mary Jane van', 'Dyke'],
    ['Cher', 'Cher', ''],
    ['', '', ''],
  ])('splits %j', (full, first, last) => expect(splitPersonName(full)).toEqual({ first, last }));
});

describe('normalizeAddress', () => {
  const base = { lines: '45 Sample Street', city: 'Alexandria', region: 'NSW', postalCode: '2015', country: 'AU' };
  it.each([
    [{ ...base, lines: '45 sample street.' }, true],
    [{ ...base, country: 'Australia' }, true],
    [{ ...base, postalCode: '20 15' }, true],
    [{ ...base, city: 'ALEXANDRIA ' }, true],
    [{ ...base, lines: '47 Sample Street' }, false],
    [{ ...base, country: 'NZ' }, false],
  ])('%j equal to base: %s', (other, equal) => {
    expect(normalizeAddress(other) === normalizeAddress(base)).toBe(equal);
  });

  it('treats an all-blank address as no address', () => {
    expect(normalizeAddress({ lines: ' ', city: '', region: '', postalCode: '', country: '' })).toBe('');
    expect(sameValue('address', null, { lines: '', city: '', region: '', postalCode: '', country: '' })).toBe(true);
  });
});
