/**
 * The fields that sync between Karbon and Xero / XPM (MISSION.md G6, P6): `address` is the billing (Xero POBOX, XPM
 * postal) address; `street` the street address, which only XPM clients have.
 */
export type SyncedField = 'name' | 'email' | 'phone' | 'address' | 'street';

/** Every synced field, in the order the UI and the reports list them. */
export const SYNCED_FIELDS: readonly SyncedField[] = ['name', 'email', 'phone', 'address', 'street'];

/** The four fields every remote system syncs (Xero's whole set, G6). */
export const COMMON_FIELDS: readonly SyncedField[] = ['name', 'email', 'phone', 'address'];

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
  /** The street address (Karbon's Physical one, XPM's street one); absent where a system has none (Xero). */
  street?: CanonicalAddress | null;
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
