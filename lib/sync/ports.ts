// What the engine needs from each service. The real clients in lib/api satisfy these structurally (see
// lib/sync/adapters/*), and the engine tests also run them against the sandbox.
import type { ContactKind } from '../model/canonical';
import type { XpmClientInput, XpmContactInput } from '../api/schemas/xpm-client';
import type { KarbonEntity } from '../model/karbon-mapping';
import type { KarbonBusinessCardWire, XeroContactWire, XpmClientWire, XpmContactWire } from '../model/wire-types';

/** A record the client's schema refused (named as far as it could be), so the run can report it instead of losing it. */
export interface RejectedWire {
  id?: string;
  name?: string;
  error: string;
}

/** One page of Xero contacts; `rejected` lists the ones that failed to parse. */
export interface XeroPage {
  page: number;
  /** Contacts in the whole list, when Xero says (its `pagination.itemCount`): the run's progress total. */
  itemCount?: number;
  records: XeroContactWire[];
  rejected?: RejectedWire[];
}

/** The outcome of one element of a batched Xero write, in input order. */
export type XeroWriteOutcome =
  { ok: true; index: number; contact: XeroContactWire } | { ok: false; index: number; errors: string[] };

/** The Xero Accounting calls the engine makes. */
export interface XeroPort {
  /** Pages of contacts changed since `modifiedSince` (archived included, oldest change first, largest pages). */
  listContactPages(options: { modifiedSince?: Date; startPage?: number }): AsyncIterable<XeroPage>;
  getContact(contactId: string): Promise<XeroContactWire | undefined>;
  getContactByNumber(contactNumber: string): Promise<XeroContactWire | undefined>;
  findContactsByName(name: string): Promise<{ records: XeroContactWire[] }>;
  createContacts(inputs: XeroContactWire[], options: { idempotencyKey?: string }): Promise<XeroWriteOutcome[]>;
  updateContacts(inputs: XeroContactWire[], options: { idempotencyKey?: string }): Promise<XeroWriteOutcome[]>;
}

/** A Karbon list row (ContactSummaryDTO / organization row). */
export interface KarbonSummaryWire {
  ContactKey?: string;
  OrganizationKey?: string;
  FullName?: string | null;
  EmailAddress?: string | null;
  PhoneNumber?: string | null;
  /** People only: the primary card's address as one string. */
  Address?: string | null;
  LastModifiedDateTime?: string | null;
  /** The firm's Client Identifier; the sync's own creates carry their source key here (lib/sync/source-key.ts). */
  UserDefinedIdentifier?: string | null;
}

/** A Karbon create's outcome: `existed` when the UserDefinedIdentifier was taken and that record was found instead. */
export interface KarbonCreateResult {
  entity: KarbonEntity;
  existed: boolean;
}

/** One page of a Karbon list; `next` is the `@odata.nextLink` to resume from; `rejected` failed to parse. */
export interface KarbonPage {
  records: KarbonSummaryWire[];
  rejected?: RejectedWire[];
  next?: string;
}

/** The Karbon API calls the engine makes. */
export interface KarbonPort {
  /** Pages ordered by `LastModifiedDateTime desc`, starting at `next` when resuming. */
  listPages(kind: ContactKind, options: { next?: string }): AsyncIterable<KarbonPage>;
  /** A person or organization with its BusinessCards; undefined when gone. */
  get(kind: ContactKind, key: string): Promise<KarbonEntity | undefined>;
  /**
   * Creates a person (FirstName/LastName) or organization (FullName) with one primary card. With a
   * UserDefinedIdentifier in `fields`, a second create of the same key returns the record that holds it (of either kind).
   */
  create(kind: ContactKind, fields: Record<string, unknown>, card: KarbonBusinessCardWire): Promise<KarbonCreateResult>;
  /** The person or organization whose UserDefinedIdentifier is `identifier` (case-insensitive); undefined when none. */
  findByIdentifier(identifier: string): Promise<KarbonEntity | undefined>;
  /** An organization with its BusinessCards and the People linked to it (one read); undefined when gone. */
  getWithPeople(kind: 'org', key: string): Promise<{ entity: KarbonEntity; people: KarbonPersonRow[] } | undefined>;
  /** Writes the name fields (PATCH). */
  updateName(kind: ContactKind, key: string, fields: Record<string, unknown>): Promise<void>;
  /**
   * Changes the record's primary BusinessCard by read-modify-write (PUT replaces the whole card): `mutate` gets the
   * current card. `card` is the one last read within the record's detail (its contents save the card's own read; a
   * 409 re-reads it), or none when the record has no card yet. Returns the card as written.
   */
  updateCard(
    kind: ContactKind,
    key: string,
    card: KarbonBusinessCardWire | undefined,
    mutate: (current: KarbonBusinessCardWire) => KarbonBusinessCardWire,
  ): Promise<KarbonBusinessCardWire>;
  /** Keys of records whose FullName and EmailAddress equal these (case-insensitive); used before a retried create. */
  findByNameAndEmail(kind: ContactKind, name: string, email: string): Promise<string[]>;
}

/** A Karbon person linked to an organization (a row of `Organizations/{key}?$expand=Contacts`). */
export interface KarbonPersonRow {
  ContactKey?: string;
  FullName?: string | null;
  EmailAddress?: string | null;
  PhoneNumber?: string | null;
  RoleOrTitle?: string | null;
}

/** An XPM client with its contacts, as the XPM port returns it. */
export type XpmClientRecord = XpmClientWire & { Contacts?: XpmContactWire[] };

/** The XPM client.api calls the engine makes (one practice). */
export interface XpmPort {
  /** Every client changed since `modifiedSince` (one call: the list has no paging), with contacts when `detailed`. */
  listClients(options: { modifiedSince?: Date; detailed?: boolean }): Promise<{
    records: XpmClientRecord[];
    rejected?: RejectedWire[];
  }>;
  getClient(uuid: string): Promise<XpmClientRecord | undefined>;
  /** Clients whose name (or other fields) contain `query`, with their fields (client.api/search). */
  searchClients(query: string): Promise<XpmClientRecord[]>;
  addClient(input: XpmClientInput): Promise<XpmClientRecord>;
  updateClient(input: XpmClientInput & { UUID: string }): Promise<XpmClientRecord>;
  updateContact(uuid: string, input: XpmContactInput, clientUuid?: string): Promise<XpmContactWire>;
  /** Creates a contact linked to `clientUuid` (never retried blindly: a repeat would add a second contact). */
  addContact(clientUuid: string, input: XpmContactInput): Promise<XpmContactWire>;
}

/** The person-vs-organization decision for a Xero contact with no Karbon match (G5). */
export interface Classification {
  kind: ContactKind;
  confidence: number;
  reasons?: string[];
  /** Set when the classifier is unsure (or the name is a couple): why a person must choose (a `type-review` issue). */
  review?: string;
  /** Karbon's First/Last name for a person, the right way round and without notes ("ZHANG Wei" -> Wei, Zhang). */
  personName?: { first: string; last: string };
  /** The name without notes in brackets or after a dash, for Karbon ("Acme Ltd (old)" -> "Acme Ltd"). */
  karbonName?: string;
}

/** The classifier the engine calls (lib/classify, or a rule-based fallback). */
export type ClassifyContact = (contact: XeroContactWire) => Classification;
