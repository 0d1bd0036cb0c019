import type { CanonicalAddress, CanonicalContact, CanonicalPatch, CanonicalPhone, ContactKind } from './canonical';
import { countryToIso } from './countries';
import { isEmptyAddress } from './normalize';
import { joinPersonName, splitPersonName } from './person-name';
import type {
  KarbonAddressWire,
  KarbonBusinessCardWire,
  KarbonOrganizationWire,
  KarbonPersonWire,
  KarbonPhoneWire,
} from './wire-types';

/** Phone labels that count as the contact's main number, best first (DESIGN.md §4). */
export const KARBON_PHONE_LABELS = ['Work', 'Office'];
/** Address labels that count as the billing address, best first. */
export const KARBON_ADDRESS_LABELS = ['Mailing', 'Physical'];
/** The address label that holds the street address (XPM's street address, P6). */
export const KARBON_STREET_LABELS = ['Physical'];
/** The billing address's own label, once the street address is kept apart from it. */
const KARBON_MAILING_LABELS = ['Mailing'];
const text = (v: string | null | undefined): string => (v ?? '').trim();

/** A Karbon entity in the detail shape, tagged with its kind. */
export type KarbonEntity =
  { kind: 'person'; record: KarbonPersonWire } | { kind: 'org'; record: KarbonOrganizationWire };

/** The key of a Karbon entity (ContactKey or OrganizationKey). */
export function karbonKeyOf(entity: KarbonEntity): string {
  return (entity.kind === 'person' ? entity.record.ContactKey : entity.record.OrganizationKey) ?? '';
}

/** The primary BusinessCard (the flagged one, else the first). */
export function primaryCard(cards: KarbonBusinessCardWire[] | null | undefined): KarbonBusinessCardWire | undefined {
  return cards?.find((c) => c.IsPrimaryCard) ?? cards?.[0];
}

function pickByLabel<T extends { Label?: string | null }>(items: T[] | null | undefined, labels: string[]): number {
  const list = items ?? [];
  for (const label of labels) {
    const i = list.findIndex((item) => text(item.Label).toLowerCase() === label.toLowerCase());
    if (i >= 0) return i;
  }
  return -1;
}

/**
 * A copy of `items` with the entry the synced field lives in (first match of `labels`) rebuilt by `build`, or removed
 * when `build` is null; without such an entry the built one is appended.
 */
function replaceLabelled<T extends { Label?: string | null }>(
  items: T[] | null | undefined,
  labels: string[],
  build: ((current: T | undefined) => T) | null,
): T[] {
  const list = [...(items ?? [])];
  const i = pickByLabel(list, labels);
  if (build === null) {
    if (i >= 0) list.splice(i, 1);
  } else if (i >= 0) list[i] = build(list[i]);
  else list.push(build(undefined));
  return list;
}

function phoneFromKarbon(phone: KarbonPhoneWire | undefined): CanonicalPhone | null {
  const number = text(phone?.Number);
  if (!number) return null;
  const country = text(phone?.CountryCode).toUpperCase();
  return country ? { number, country } : { number };
}

function addressFromKarbon(address: KarbonAddressWire | undefined): CanonicalAddress | null {
  if (!address) return null;
  const result = {
    lines: text(address.AddressLines).replace(/\r\n/g, '\n'),
    city: text(address.City),
    region: text(address.StateProvinceCounty),
    postalCode: text(address.ZipCode),
    country: text(address.CountryCode),
  };
  return isEmptyAddress(result) ? null : result;
}

/** Reads the four synced fields off a Karbon person or organization and its primary card. */
export function karbonToCanonical(entity: KarbonEntity): CanonicalContact {
  const card = primaryCard(entity.record.BusinessCards);
  const name =
    entity.kind === 'person'
      ? joinPersonName(entity.record.FirstName, entity.record.LastName)
      : text(entity.record.FullName);
  return {
    name,
    email: text(card?.EmailAddresses?.[0]),
    phone: phoneFromKarbon(card?.PhoneNumbers?.[pickByLabel(card.PhoneNumbers, KARBON_PHONE_LABELS)]),
    address: addressFromKarbon(card?.Addresses?.[pickByLabel(card.Addresses, KARBON_ADDRESS_LABELS)]),
    street: addressFromKarbon(card?.Addresses?.[pickByLabel(card.Addresses, KARBON_STREET_LABELS)]),
  };
}

/** The name fields of a Karbon record for a canonical name (FirstName/LastName for people, FullName for orgs). */
export function karbonNameFields(
  kind: ContactKind,
  name: string,
): { FirstName: string; LastName: string } | { FullName: string } {
  if (kind === 'org') return { FullName: name };
  const { first, last } = splitPersonName(name);
  return { FirstName: first, LastName: last };
}

/** How a card's addresses are written: `streetApart` when the other system keeps a street address of its own (XPM). */
export interface CardWriteOptions {
  streetApart?: boolean;
}

const addressEntry =
  (a: CanonicalAddress, label: string) =>
  (current: KarbonAddressWire | undefined): KarbonAddressWire => ({
    ...(current ?? { Label: label }),
    AddressLines: a.lines,
    City: a.city,
    StateProvinceCounty: a.region,
    ZipCode: a.postalCode,
    CountryCode: countryToIso(a.country) ?? null,
  });

/**
 * A copy of `card` with the email, phone and addresses of `patch` applied, keeping every other entry and key. Values
 * go as they are, never cut to Karbon's lengths: a value Karbon refuses becomes an issue instead of a silently cut
 * copy. With
 * `streetApart`, the billing address lives in the Mailing entry and the street address in the Physical one: a card
 * whose single Physical address served as both is split first (its value kept as Mailing), so writing one of them
 * never changes the other.
 */
export function applyToKarbonCard(
  card: KarbonBusinessCardWire,
  patch: CanonicalPatch,
  options: CardWriteOptions = {},
): KarbonBusinessCardWire {
  const next: KarbonBusinessCardWire = { ...card };
  if (patch.email !== undefined) {
    const rest = (card.EmailAddresses ?? []).slice(1);
    next.EmailAddresses = patch.email ? [patch.email, ...rest.filter((e) => e !== patch.email)] : rest;
  }
  if (patch.phone !== undefined) {
    const phone = patch.phone;
    next.PhoneNumbers = replaceLabelled(
      card.PhoneNumbers,
      KARBON_PHONE_LABELS,
      phone === null
        ? null
        : (current) => ({
            ...(current ?? { Label: 'Work' }),
            Number: phone.number,
            CountryCode: phone.country ?? current?.CountryCode ?? null,
          }),
    );
  }
  const touchesAddress = patch.address !== undefined || patch.street !== undefined;
  if (options.streetApart && touchesAddress) next.Addresses = splitBillingFromStreet(card.Addresses);
  if (patch.address !== undefined) {
    const a = patch.address;
    next.Addresses = replaceLabelled(
      next.Addresses ?? card.Addresses,
      options.streetApart ? KARBON_MAILING_LABELS : KARBON_ADDRESS_LABELS,
      a === null ? null : addressEntry(a, 'Mailing'),
    );
  }
  if (patch.street !== undefined && options.streetApart) {
    const a = patch.street;
    next.Addresses = replaceLabelled(
      next.Addresses ?? card.Addresses,
      KARBON_STREET_LABELS,
      a === null ? null : addressEntry(a, 'Physical'),
    );
  }
  return next;
}

/** A card's addresses with a Mailing copy of the Physical one when that alone served as the billing address. */
function splitBillingFromStreet(addresses: KarbonAddressWire[] | null | undefined): KarbonAddressWire[] {
  const list = [...(addresses ?? [])];
  const physical = list[pickByLabel(list, KARBON_STREET_LABELS)];
  if (!physical || pickByLabel(list, KARBON_MAILING_LABELS) >= 0) return list;
  const { AddressKey: _key, ...copy } = physical;
  return [...list, { ...copy, Label: 'Mailing' }];
}

/** A new primary BusinessCard for a Karbon record created from canonical values. */
export function newKarbonCard(values: CanonicalContact, options: CardWriteOptions = {}): KarbonBusinessCardWire {
  const empty = { IsPrimaryCard: true, EmailAddresses: [], PhoneNumbers: [], Addresses: [] };
  return applyToKarbonCard(empty, values, options);
}
