// The practice's clients, its practice-wide contacts, and the per-client links that carry Position and IsPrimary.
import type { Clock } from '../core/types';
import {
  CLIENT_PRACTICE_FIELDS,
  CLIENT_TEXT_FIELDS,
  CONTACT_FIELDS,
  yesNo,
  type ClientField,
  type XpmClient,
  type XpmContact,
  type XpmLink,
  type XpmRef,
} from './records';

type Json = Record<string, unknown>;

const CLIENT_FIELDS: readonly ClientField[] = [...CLIENT_TEXT_FIELDS, ...CLIENT_PRACTICE_FIELDS];
const RELATION_EXTRAS = ['Type', 'Notes', 'Groups', 'Relationships'];
const FLAG_FIELDS = new Set([
  'IsProspect',
  'IsArchived',
  'IsDeleted',
  'PrepareGST',
  'GSTRegistered',
  'SignedTaxAuthority',
  'PrepareActivityStatement',
  'PrepareTaxReturn',
]);

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Dataset values may be JSON booleans or numbers; XPM's wire form is always text ("Yes"/"No" for flags). */
function fieldText(name: string, value: unknown): string | undefined {
  if (typeof value === 'boolean') return FLAG_FIELDS.has(name) || name === 'IsPrimary' ? yesNo(value) : String(value);
  if (typeof value === 'number') return String(value);
  return typeof value === 'string' ? value : undefined;
}

function ref(value: unknown): XpmRef | undefined {
  if (!isObject(value) || typeof value.UUID !== 'string') return undefined;
  return { UUID: value.UUID, Name: typeof value.Name === 'string' ? value.Name : '' };
}

export class XpmStore {
  readonly clients = new Map<string, XpmClient>();
  readonly contacts = new Map<string, XpmContact>();
  /** Links indexed both ways, so detailed lists stay linear at benchmark scale. */
  private readonly byClient = new Map<string, XpmLink[]>();
  private readonly byContact = new Map<string, XpmLink[]>();
  private nextWebId = 100;

  constructor(
    private readonly clock: Clock,
    readonly newUuid: () => string,
  ) {}

  newClient(uuid: string = this.newUuid()): XpmClient {
    return { UUID: uuid, fields: {}, extras: {}, modified: this.clock.now(), webId: this.nextWebId++ };
  }

  touch(client: XpmClient): void {
    client.modified = this.clock.now();
  }

  /** A contact edit is a change to every client it is linked to, so `modifiedsince` sees it. */
  touchContact(contactUuid: string): void {
    for (const link of this.linksOfContact(contactUuid)) {
      const client = this.clients.get(link.clientUuid);
      if (client) this.touch(client);
    }
  }

  linksOfClient(clientUuid: string): XpmLink[] {
    return this.byClient.get(clientUuid) ?? [];
  }

  linksOfContact(contactUuid: string): XpmLink[] {
    return this.byContact.get(contactUuid) ?? [];
  }

  unlink(clientUuid: string, contactUuid: string): void {
    const keep = (l: XpmLink) => !(l.clientUuid === clientUuid && l.contactUuid === contactUuid);
    this.byClient.set(clientUuid, this.linksOfClient(clientUuid).filter(keep));
    this.byContact.set(contactUuid, this.linksOfContact(contactUuid).filter(keep));
  }

  link(clientUuid: string, contactUuid: string, position: string, isPrimary: boolean): void {
    // IsPrimary is one per client: the last contact marked primary wins (reference A3).
    if (isPrimary) for (const l of this.linksOfClient(clientUuid)) l.IsPrimary = false;
    const existing = this.linksOfClient(clientUuid).find((l) => l.contactUuid === contactUuid);
    if (existing) {
      Object.assign(existing, { Position: position, IsPrimary: isPrimary });
      return;
    }
    const link = { clientUuid, contactUuid, Position: position, IsPrimary: isPrimary };
    this.byClient.set(clientUuid, [...this.linksOfClient(clientUuid), link]);
    this.byContact.set(contactUuid, [...this.linksOfContact(contactUuid), link]);
  }

  findClientByUuid(uuid: string): XpmClient | undefined {
    return this.clients.get(uuid.toLowerCase());
  }

  findContactByUuid(uuid: string): XpmContact | undefined {
    return this.contacts.get(uuid.toLowerCase());
  }

  /** Replaces all records with dataset clients (XML element names as keys, contacts nested); throws on bad input. */
  load(clients: unknown[]): void {
    const parsed = clients.map((raw, i) => {
      if (!isObject(raw)) throw new Error(`xpm.clients[${i}] is not an object`);
      if (typeof raw.Name !== 'string' || raw.Name.trim() === '') throw new Error(`xpm.clients[${i}] has no Name`);
      if (raw.Contacts !== undefined && !Array.isArray(raw.Contacts))
        throw new Error(`xpm.clients[${i}].Contacts is not an array`);
      return raw;
    });
    this.reset();
    for (const raw of parsed) {
      const client = this.newClient(
        typeof raw.UUID === 'string' && raw.UUID !== '' ? raw.UUID.toLowerCase() : undefined,
      );
      for (const name of CLIENT_FIELDS) {
        const value = fieldText(name, raw[name === 'Website' && raw.Website === undefined ? 'WebSite' : name]);
        if (value !== undefined) client.fields[name] = value;
      }
      client.AccountManager = ref(raw.AccountManager);
      client.JobManager = ref(raw.JobManager);
      client.BillingClient = ref(raw.BillingClient);
      for (const name of RELATION_EXTRAS) if (raw[name] !== undefined) client.extras[name] = raw[name];
      this.clients.set(client.UUID, client);
      for (const [j, rawContact] of ((raw.Contacts as unknown[] | undefined) ?? []).entries()) {
        if (!isObject(rawContact)) throw new Error(`xpm.clients contact ${j} is not an object`);
        const uuid =
          typeof rawContact.UUID === 'string' && rawContact.UUID !== ''
            ? rawContact.UUID.toLowerCase()
            : this.newUuid();
        const contact = this.contacts.get(uuid) ?? { UUID: uuid, fields: {}, IsDeleted: false };
        for (const name of CONTACT_FIELDS) {
          const value = fieldText(name, rawContact[name]);
          if (value !== undefined) contact.fields[name] = value;
        }
        contact.IsDeleted = fieldText('IsDeleted', rawContact.IsDeleted) === 'Yes';
        this.contacts.set(uuid, contact);
        const primary = fieldText('IsPrimary', rawContact.IsPrimary) === 'Yes';
        this.link(client.UUID, uuid, fieldText('Position', rawContact.Position) ?? '', primary);
      }
    }
  }

  /** Clients in the dataset shape: element names as keys, linked contacts nested with their Position/IsPrimary. */
  dump(): Json[] {
    return [...this.clients.values()].map((client) => {
      const out: Json = { UUID: client.UUID, ...client.fields };
      if (client.AccountManager) out.AccountManager = client.AccountManager;
      if (client.JobManager) out.JobManager = client.JobManager;
      if (client.BillingClient) out.BillingClient = client.BillingClient;
      Object.assign(out, client.extras);
      out.Contacts = this.linksOfClient(client.UUID).flatMap((link) => {
        const contact = this.contacts.get(link.contactUuid);
        if (!contact) return [];
        return [
          {
            UUID: contact.UUID,
            ...contact.fields,
            IsDeleted: yesNo(contact.IsDeleted),
            Position: link.Position,
            IsPrimary: yesNo(link.IsPrimary),
          },
        ];
      });
      return out;
    });
  }

  reset(): void {
    this.clients.clear();
    this.contacts.clear();
    this.byClient.clear();
    this.byContact.clear();
  }
}
