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

function postalAddress(client: XpmClientWire): CanonicalAddress | null {
  const address = {
    lines: tidyLines(client.PostalAddress),
    city: text(client.PostalCity),
    region: text(client.PostalRegion),
    postalCode: text(client.PostalPostCode),
    country: text(client.PostalCountry),
  };
  return isEmptyAddress(address) ? null : address;
}

/** Reads the four synced fields off an XPM client (billing address = postal address). */
export function xpmClientToCanonical(client: XpmClientWire): CanonicalContact {
  const phone = text(client.Phone);
  return {
    name: text(client.Name),
    email: text(client.Email),
    phone: phone ? { number: phone } : null,
    address: postalAddress(client),
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
  if (patch.address !== undefined) {
    const a = patch.address;
    const country = a?.country ?? '';
    out.PostalAddress = a?.lines ?? '';
    out.PostalCity = a?.city ?? '';
    out.PostalRegion = a?.region ?? '';
    out.PostalPostCode = a?.postalCode ?? '';
    out.PostalCountry = /^[A-Za-z]{2}$/.test(country) ? isoToCountryName(country) : country;
  }
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
