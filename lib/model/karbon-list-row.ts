import {
  COMMON_FIELDS,
  type CanonicalAddress,
  type CanonicalContact,
  type ContactKind,
  type SyncedField,
} from './canonical';
import { countryToIso } from './countries';
import { isEmptyAddress, normalizeEmail, normalizeName, normalizePhone } from './normalize';

/** The synced values a Karbon list row carries (ContactSummaryDTO / organization row, reference B4). */
export interface KarbonListRow {
  FullName?: string | null;
  EmailAddress?: string | null;
  PhoneNumber?: string | null;
  /** People only: the primary card's address as one string. Organization rows have no address. */
  Address?: string | null;
}

/**
 * What a list row proves about one field's value: `same` (no detail needed), `differs` (it shows another value, and
 * shows it exactly), or `unknown` (only the detail can tell).
 */
export type ListVerdict = 'same' | 'differs' | 'unknown';

const squash = (s: string): string =>
  s
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[.,;#\n\r]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

/** An address as one comparable line: its parts in Karbon's order with the country as ISO code. */
export function addressLineKey(address: CanonicalAddress | null): string {
  if (!address || isEmptyAddress(address)) return '';
  const country = countryToIso(address.country) ?? address.country;
  return squash([address.lines, address.city, address.region, address.postalCode, country].join(' '));
}

/**
 * Compares one field of a list row with a value. Name (organizations) and email are shown exactly; a person's
 * FullName may add a middle name, the phone is the card's first (not necessarily its Work one) and the address is one
 * string in Karbon's own format, so for those a difference proves nothing and only equality counts.
 */
export function listVerdict(
  row: KarbonListRow,
  kind: ContactKind,
  field: SyncedField,
  value: CanonicalContact[SyncedField],
): ListVerdict {
  switch (field) {
    case 'name': {
      const same = normalizeName(row.FullName ?? '') === normalizeName(value as string);
      return same ? 'same' : kind === 'org' ? 'differs' : 'unknown';
    }
    case 'email':
      return normalizeEmail(row.EmailAddress ?? '') === normalizeEmail(value as string) ? 'same' : 'differs';
    case 'phone': {
      const shown = normalizePhone(row.PhoneNumber ? { number: row.PhoneNumber } : null);
      return shown === normalizePhone(value as CanonicalContact['phone']) ? 'same' : 'unknown';
    }
    default:
      if (kind === 'org') return 'unknown';
      return squash(row.Address ?? '') === addressLineKey(value as CanonicalAddress | null) ? 'same' : 'unknown';
  }
}

/** The verdict of each of `fields` (default: the four common ones) of `row` against `values`. */
export function listVerdicts(
  row: KarbonListRow,
  kind: ContactKind,
  values: CanonicalContact,
  fields: readonly SyncedField[] = COMMON_FIELDS,
): Partial<Record<SyncedField, ListVerdict>> {
  const out: Partial<Record<SyncedField, ListVerdict>> = {};
  for (const field of fields) out[field] = listVerdict(row, kind, field, values[field]);
  return out;
}
