import type { CanonicalAddress, CanonicalContact, CanonicalPatch } from './canonical';
import { isoToCountryName } from './countries';
import { isEmptyAddress } from './normalize';
import type { XpmClientWire, XpmContactWire } from './wire-types';

const text = (v: string | null | undefined): string => (v ?? '').trim();

// XPM's PostalAddress is free text that may span lines with indentation (fixtures/xpm/client-list-response.xml).
const tidyLines = (v: string | null | undefined): string =>
  text(v)
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean)
    .join('\n');

// The postal address's elements carry a `Postal` prefix; the street address's the bare names (reference A3).
const POSTAL = {
  lines: 'PostalAddress',
  city: 'PostalCity',
  region: 'PostalRegion',
  code: 'PostalPostCode',
  country: 'PostalCountry',
} as const;
const STREET = { lines: 'Address', city: 'City', region: 'Region', code: 'PostCode', country: 'Country' } as const;
type AddressElements = typeof POSTAL | typeof STREET;

function readAddress(client: XpmClientWire, e: AddressElements): CanonicalAddress | null {
  const address = {
    lines: tidyLines(client[e.lines]),
    city: text(client[e.city]),
    region: text(client[e.region]),
    postalCode: text(client[e.code]),
    country: text(client[e.country]),
  };
  return isEmptyAddress(address) ? null : address;
}

function writeAddress(out: XpmClientWire, a: CanonicalAddress | null, e: AddressElements): void {
  const country = a?.country ?? '';
  out[e.lines] = a?.lines ?? '';
  out[e.city] = a?.city ?? '';
  out[e.region] = a?.region ?? '';
  out[e.code] = a?.postalCode ?? '';
  out[e.country] = /^[A-Za-z]{2}$/.test(country) ? isoToCountryName(country) : country;
}

/** Reads the synced fields off an XPM client (billing address = postal address; street address = Address, City...). */
export function xpmClientToCanonical(client: XpmClientWire): CanonicalContact {
  const phone = text(client.Phone);
  return {
    name: text(client.Name),
    email: text(client.Email),
    phone: phone ? { number: phone } : null,
    address: readAddress(client, POSTAL),
    street: readAddress(client, STREET),
  };
}

/** Reads the synced fields off an XPM client contact (its phone, else its mobile; contacts have no address). */
export function xpmContactToCanonical(contact: XpmContactWire): CanonicalContact {
  const phone = text(contact.Phone) || text(contact.Mobile);
  return {
    name: text(contact.Name),
    email: text(contact.Email),
    phone: phone ? { number: phone } : null,
    address: null,
  };
}

/** The XPM client elements that carry a canonical patch. */
export function canonicalToXpmClient(patch: CanonicalPatch): XpmClientWire {
  const out: XpmClientWire = {};
  if (patch.name !== undefined) out.Name = patch.name;
  if (patch.email !== undefined) out.Email = patch.email;
  if (patch.phone !== undefined) out.Phone = patch.phone?.number ?? '';
  if (patch.address !== undefined) writeAddress(out, patch.address, POSTAL);
  if (patch.street !== undefined) writeAddress(out, patch.street, STREET);
  return out;
}

/** The XPM contact elements that carry a canonical patch (addresses do not exist on XPM contacts). */
export function canonicalToXpmContact(patch: CanonicalPatch): XpmContactWire {
  const out: XpmContactWire = {};
  if (patch.name !== undefined) out.Name = patch.name;
  if (patch.email !== undefined) out.Email = patch.email;
  if (patch.phone !== undefined) out.Phone = patch.phone?.number ?? '';
  return out;
}
