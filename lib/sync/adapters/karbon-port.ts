import { odataString, type KarbonClient } from '../../api/karbon-client';
import type {
  KarbonBusinessCard,
  KarbonBusinessCardInput,
  KarbonContactInput,
  KarbonOrganizationInput,
} from '../../api/schemas/karbon';
import type { KarbonEntity } from '../../model/karbon-mapping';
import type { KarbonBusinessCardWire } from '../../model/wire-types';
import type { KarbonCreateResult, KarbonPersonRow, KarbonPort } from '../ports';
import { isApiError } from '../../api/api-error';
import type { ContactKind } from '../../model/canonical';
import { stripNulls } from './strip-nulls';

/** Newest change first, so a pull can stop at its cursor (Karbon has no filter on LastModifiedDateTime). */
const NEWEST_FIRST = 'LastModifiedDateTime desc';

const card = (c: KarbonBusinessCardWire) => stripNulls(c) as KarbonBusinessCardInput;

/** The engine's Karbon port over the lib/api Karbon client. */
export function karbonPortFromClient(client: KarbonClient): KarbonPort {
  async function byIdentifier(kind: ContactKind, identifier: string): Promise<KarbonEntity | undefined> {
    if (kind === 'person') {
      const record = await client.getContactByUdi(identifier);
      return record && { kind, record };
    }
    const record = await client.getOrganizationByUdi(identifier);
    return record && { kind, record };
  }

  return {
    async *listPages(kind, options) {
      const list = { orderBy: NEWEST_FIRST, ...(options.next ? { startAt: options.next } : {}) };
      const pages = kind === 'person' ? client.listContactPages(list) : client.listOrganizationPages(list);
      for await (const page of pages) {
        yield { records: page.records, rejected: page.rejected, ...(page.next ? { next: page.next } : {}) };
      }
    },
    async get(kind, key): Promise<KarbonEntity | undefined> {
      if (kind === 'person') {
        const record = await client.getContact(key);
        return record && { kind, record };
      }
      const record = await client.getOrganization(key);
      return record && { kind, record };
    },
    async getWithPeople(kind, key) {
      const record = await client.getOrganization(key, ['BusinessCards', 'Contacts']);
      if (!record) return undefined;
      const people = (record as { Contacts?: unknown }).Contacts;
      return { entity: { kind, record }, people: Array.isArray(people) ? (people as KarbonPersonRow[]) : [] };
    },
    async create(kind, fields, businessCard): Promise<KarbonCreateResult> {
      const cards = [card({ ...businessCard, IsPrimaryCard: true })];
      try {
        if (kind === 'person') {
          const made = await client.createContact({
            ...(fields as unknown as KarbonContactInput),
            BusinessCards: cards,
          });
          return { entity: { kind, record: made.record }, existed: made.existed };
        }
        const made = await client.createOrganization({
          ...(fields as unknown as KarbonOrganizationInput),
          BusinessCards: cards,
        });
        return { entity: { kind, record: made.record }, existed: made.existed };
      } catch (error) {
        // The key is unique across people and organizations: another browser may have created the other kind.
        const identifier = fields.UserDefinedIdentifier;
        if (!isApiError(error, 'duplicate') || typeof identifier !== 'string') throw error;
        const other = await byIdentifier(kind === 'person' ? 'org' : 'person', identifier);
        if (!other) throw error;
        return { entity: other, existed: true };
      }
    },
    async findByIdentifier(identifier) {
      return (await byIdentifier('person', identifier)) ?? byIdentifier('org', identifier);
    },
    async updateName(kind, key, fields) {
      if (kind === 'person') await client.patchContact(key, fields as Partial<KarbonContactInput>);
      else await client.patchOrganization(key, fields as { FullName: string });
    },
    async updateCard(kind, key, current, mutate) {
      if (current?.BusinessCardKey) {
        const written = await client.updateBusinessCard(
          current.BusinessCardKey,
          (body) => card(mutate(body as KarbonBusinessCardWire)),
          current as KarbonBusinessCard,
        );
        return written as KarbonBusinessCardWire;
      }
      // No card yet: add a primary card through the record's own PUT (cards sent without a key are created).
      const fresh = card(
        mutate({ IsPrimaryCard: true, EntityType: kind === 'person' ? 'Contact' : 'Organization', EntityKey: key }),
      );
      if (kind === 'person') await client.updateContact(key, (body) => ({ ...body, BusinessCards: [fresh] }));
      else await client.updateOrganization(key, (body) => ({ ...body, BusinessCards: [fresh] }));
      return fresh as KarbonBusinessCardWire;
    },
    async findByNameAndEmail(kind, name, email) {
      const filter = `FullName eq ${odataString(name)}${email ? ` and EmailAddress eq ${odataString(email)}` : ''}`;
      if (kind === 'person') return (await client.listContacts({ filter })).records.map((r) => r.ContactKey);
      return (await client.listOrganizations({ filter })).records.map((r) => r.OrganizationKey);
    },
  };
}
