import type { CanonicalAddress, CanonicalContact, CanonicalPhone, SyncedField } from './canonical';
import { DIAL_CODES, countryToIso, isoToDialCode } from './countries';

const collapse = (s: string): string => s.normalize('NFKC').trim().replace(/\s+/g, ' ');

/** Comparison key of a name: case- and whitespace-insensitive (the user's spelling is kept when writing). */
export function normalizeName(name: string): string {
  return collapse(name).toLowerCase();
}

/** Comparison key of an email address: trimmed and lower-cased. */
export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

/** Comparison key of a country (ISO alpha-2 when known, else the squashed text). */
export function normalizeCountry(country: string | null | undefined): string {
  const text = country ?? '';
  return countryToIso(text) ?? text.toLowerCase().replace(/[^\p{L}]/gu, '');
}

/**
 * Comparison key of a phone: the national significant digits, so "+61 2 9999 0000", "(02) 9999 0000" and
 * "0299990000" with country AU compare equal.
 */
export function normalizePhone(phone: CanonicalPhone | null): string {
  if (!phone) return '';
  const raw = phone.number.trim();
  let digits = raw.replace(/\D/g, '');
  const international = raw.startsWith('+') || digits.startsWith('00');
  if (international) {
    digits = digits.replace(/^00/, '');
    const own = isoToDialCode(phone.country);
    const code = own && digits.startsWith(own) ? own : DIAL_CODES.find((c) => digits.startsWith(c));
    if (code) digits = digits.slice(code.length);
  }
  return digits.replace(/^0+/, '');
}

const squashText = (s: string): string => collapse(s.replace(/[.,;#]/g, ' ')).toLowerCase();

/** Comparison key of an address: case, punctuation, line breaks and postcode spacing ignored; country as ISO. */
export function normalizeAddress(address: CanonicalAddress | null): string {
  if (!address || isEmptyAddress(address)) return '';
  return [
    squashText(address.lines),
    squashText(address.city),
    squashText(address.region),
    address.postalCode.replace(/\s+/g, '').toLowerCase(),
    normalizeCountry(address.country),
  ].join('|');
}

/** True when every part of the address is blank (Xero sends empty POBOX entries for contacts without one). */
export function isEmptyAddress(address: CanonicalAddress): boolean {
  return [address.lines, address.city, address.region, address.postalCode, address.country].every(
    (part) => part.trim() === '',
  );
}

/** Comparison key of one synced field's value. */
export function fieldKey<F extends SyncedField>(field: F, value: CanonicalContact[F]): string {
  switch (field) {
    case 'name':
      return normalizeName(value as string);
    case 'email':
      return normalizeEmail(value as string);
    case 'phone':
      return normalizePhone(value as CanonicalPhone | null);
    default:
      return normalizeAddress(value as CanonicalAddress | null);
  }
}

/** Whether two values of a field are the same once normalized. */
export function sameValue<F extends SyncedField>(field: F, a: CanonicalContact[F], b: CanonicalContact[F]): boolean {
  return fieldKey(field, a) === fieldKey(field, b);
}
