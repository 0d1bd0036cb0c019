import type { CanonicalAddress, CanonicalContact, CanonicalPatch, CanonicalPhone, ContactKind } from './canonical';
import { dialCodeToIso, isoToCountryName, isoToDialCode } from './countries';
import { isEmptyAddress } from './normalize';
import { splitPersonName } from './person-name';
import type { XeroAddressWire, XeroContactWire, XeroPhoneWire } from './wire-types';

/** The phone type that carries the canonical phone (DESIGN.md §4). */
export const XERO_PHONE_TYPE = 'DEFAULT';
/** The address type that carries the billing address (Xero's "postal address"). */
export const XERO_ADDRESS_TYPE = 'POBOX';
const XERO_ADDRESS_LINES = 4;

const text = (v: string | null | undefined): string => (v ?? '').trim();

function phoneFromXero(phone: XeroPhoneWire | undefined): CanonicalPhone | null {
  if (!phone) return null;
  const number = [text(phone.PhoneAreaCode), text(phone.PhoneNumber)].filter(Boolean).join(' ');
  if (!number) return null;
  const country = dialCodeToIso(phone.PhoneCountryCode);
  return country ? { number, country } : { number };
}

function addressFromXero(address: XeroAddressWire | undefined): CanonicalAddress | null {
  if (!address) return null;
  const lines = [address.AddressLine1, address.AddressLine2, address.AddressLine3, address.AddressLine4]
    .map(text)
    .filter(Boolean)
    .join('\n');
  const result = {
    lines,
    city: text(address.City),
    region: text(address.Region),
    postalCode: text(address.PostalCode),
    country: text(address.Country),
  };
  return isEmptyAddress(result) ? null : result;
}

/** Reads the four synced fields off a Xero Contact. */
export function xeroToCanonical(contact: XeroContactWire): CanonicalContact {
  return {
    name: text(contact.Name),
    email: text(contact.EmailAddress),
    phone: phoneFromXero(contact.Phones?.find((p) => p.PhoneType === XERO_PHONE_TYPE)),
    address: addressFromXero(contact.Addresses?.find((a) => a.AddressType === XERO_ADDRESS_TYPE)),
  };
}

/** Whether a Xero contact is a person by its own fields (FirstName/LastName set and Name equal to them). */
export function xeroLooksLikePerson(contact: XeroContactWire): boolean {
  const full = [text(contact.FirstName), text(contact.LastName)].filter(Boolean).join(' ');
  return full !== '' && full.toLowerCase() === text(contact.Name).toLowerCase();
}

function phoneToXero(phone: CanonicalPhone | null): XeroPhoneWire {
  // Clearing a phone means sending its PhoneType with empty strings (calcinai/xero-php#736).
  return {
    PhoneType: XERO_PHONE_TYPE,
    PhoneNumber: phone?.number ?? '',
    PhoneAreaCode: '',
    PhoneCountryCode: isoToDialCode(phone?.country) ?? '',
  };
}

function addressToXero(address: CanonicalAddress | null): XeroAddressWire {
  const lines = (address?.lines ?? '')
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
  // Xero has four address lines: anything past the fourth is kept on the last one rather than dropped.
  const fitted = lines.slice(0, XERO_ADDRESS_LINES - 1);
  const rest = lines.slice(XERO_ADDRESS_LINES - 1).join(', ');
  if (rest) fitted.push(rest);
  const country = address?.country ?? '';
  return {
    AddressType: XERO_ADDRESS_TYPE,
    AddressLine1: fitted[0] ?? '',
    AddressLine2: fitted[1] ?? '',
    AddressLine3: fitted[2] ?? '',
    AddressLine4: fitted[3] ?? '',
    City: address?.city ?? '',
    Region: address?.region ?? '',
    PostalCode: address?.postalCode ?? '',
    Country: /^[A-Za-z]{2}$/.test(country) ? isoToCountryName(country) : country,
  };
}

/** The Xero Contact fields that carry a canonical patch (for a create or a partial update). */
export function canonicalToXero(patch: CanonicalPatch, kind: ContactKind): XeroContactWire {
  const out: XeroContactWire = {};
  if (patch.name !== undefined) {
    out.Name = patch.name;
    if (kind === 'person') {
      const { first, last } = splitPersonName(patch.name);
      out.FirstName = first;
      out.LastName = last;
    }
  }
  if (patch.email !== undefined) out.EmailAddress = patch.email;
  if (patch.phone !== undefined) out.Phones = [phoneToXero(patch.phone)];
  if (patch.address !== undefined) out.Addresses = [addressToXero(patch.address)];
  return out;
}
