/** The four fields that sync between Karbon and Xero / XPM (MISSION.md G6, P6). */
export type SyncedField = 'name' | 'email' | 'phone' | 'address';

/** Every synced field, in the order the UI and the reports list them. */
export const SYNCED_FIELDS: readonly SyncedField[] = ['name', 'email', 'phone', 'address'];

/** A phone number as the user typed it, plus the ISO 3166 alpha-2 country when one side records it. */
export interface CanonicalPhone {
  number: string;
  country?: string;
}

/** A postal address; `lines` holds the street lines joined by newlines, `country` as the source system wrote it. */
export interface CanonicalAddress {
  lines: string;
  city: string;
  region: string;
  postalCode: string;
  country: string;
}

/** The system-neutral contact: empty string / null mean "no value on that side". */
export interface CanonicalContact {
  name: string;
  email: string;
  phone: CanonicalPhone | null;
  address: CanonicalAddress | null;
}

/** The value type of one synced field. */
export type FieldValue<F extends SyncedField> = CanonicalContact[F];

/** A subset of the synced fields (what a write changes). */
export type CanonicalPatch = Partial<CanonicalContact>;

/** Whether a record is a person or an organization (Karbon Contact vs Organization). */
export type ContactKind = 'person' | 'org';

/** An empty canonical contact (no values on any field). */
export function emptyContact(): CanonicalContact {
  return { name: '', email: '', phone: null, address: null };
}
