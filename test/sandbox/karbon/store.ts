// The Karbon firm's records: people (API Contacts) and organizations, with their business cards.
import type { Clock } from '../core/types';
import { isObject, toContact, toOrganization, type NewKey } from './normalize';
import { checkEntityBody, CONTACT_RULES, ORGANIZATION_RULES, type EntityRules } from './request-body';
import type { ContactTypeSetting, KarbonBusinessCard, KarbonContact, KarbonOrganization } from './records';

export type KarbonEntity =
  { kind: 'Contact'; record: KarbonContact } | { kind: 'Organization'; record: KarbonOrganization };

/** Default Contact Types (karbon-ui §2) plus firm-defined ones; "XPM Client" is the type the demo pushes to XPM. */
export const DEFAULT_CONTACT_TYPES: readonly ContactTypeSetting[] = [
  { Name: 'Client', ContactTypeKey: '2kYcl5QHnSxh' },
  { Name: 'Prospect', ContactTypeKey: '2FZQTGSgmyyQ' },
  { Name: 'Supplier', ContactTypeKey: '4Lw9cTqB2mXd' },
  { Name: 'Inactive', ContactTypeKey: '3dxPhBZvhCGm' },
  { Name: 'XPM Client', ContactTypeKey: '5pRz7YhK1vNe' },
];

export class KarbonStore {
  readonly contacts = new Map<string, KarbonContact>();
  readonly organizations = new Map<string, KarbonOrganization>();
  contactTypes: ContactTypeSetting[] = [...DEFAULT_CONTACT_TYPES];
  /** Bumped on every write so list views can cache their sorted order. */
  version = 0;
  private readonly cardOwners = new Map<string, { kind: 'Contact' | 'Organization'; key: string }>();
  private lastTicks = 0;

  constructor(
    private readonly clock: Clock,
    readonly newKey: NewKey,
  ) {}

  /** Karbon writes 7 fractional digits (fixtures/karbon/README.md); strictly increasing so every change moves it. */
  timestamp(): string {
    const ticks = Math.max(this.clock.now() * 10_000, this.lastTicks + 1);
    this.lastTicks = ticks;
    const ms = Math.floor(ticks / 10_000);
    const seconds = new Date(ms).toISOString().slice(0, 19);
    return `${seconds}.${String(ticks % 10_000_000).padStart(7, '0')}Z`;
  }

  get(key: string): KarbonEntity | undefined {
    const contact = this.contacts.get(key);
    if (contact) return { kind: 'Contact', record: contact };
    const organization = this.organizations.get(key);
    return organization ? { kind: 'Organization', record: organization } : undefined;
  }

  /** Stores a contact, stamping LastModifiedDateTime unless `keepTimestamp` (dataset loads). */
  saveContact(record: KarbonContact, keepTimestamp = false): KarbonContact {
    const saved = keepTimestamp ? record : { ...record, LastModifiedDateTime: this.timestamp() };
    this.unindexCards(this.contacts.get(saved.ContactKey)?.BusinessCards ?? []);
    this.contacts.set(saved.ContactKey, saved);
    this.indexCards('Contact', saved.ContactKey, saved.BusinessCards);
    this.version++;
    return saved;
  }

  saveOrganization(record: KarbonOrganization, keepTimestamp = false): KarbonOrganization {
    const saved = keepTimestamp ? record : { ...record, LastModifiedDateTime: this.timestamp() };
    this.unindexCards(this.organizations.get(saved.OrganizationKey)?.BusinessCards ?? []);
    this.organizations.set(saved.OrganizationKey, saved);
    this.indexCards('Organization', saved.OrganizationKey, saved.BusinessCards);
    this.version++;
    return saved;
  }

  save(entity: KarbonEntity): KarbonEntity {
    return entity.kind === 'Contact'
      ? { kind: 'Contact', record: this.saveContact(entity.record) }
      : { kind: 'Organization', record: this.saveOrganization(entity.record) };
  }

  findCard(cardKey: string): { card: KarbonBusinessCard; owner: KarbonEntity } | undefined {
    const ref = this.cardOwners.get(cardKey);
    const owner = ref && this.get(ref.key);
    const card = owner?.record.BusinessCards.find((c) => c.BusinessCardKey === cardKey);
    return owner && card ? { card, owner } : undefined;
  }

  /** UserDefinedIdentifier is unique across the firm and compared case-insensitively (reference B4). */
  udiTaken(udi: string, exceptKey: string): boolean {
    if (udi === '') return false;
    const wanted = udi.toLowerCase();
    for (const c of this.contacts.values())
      if (c.ContactKey !== exceptKey && c.UserDefinedIdentifier.toLowerCase() === wanted) return true;
    for (const o of this.organizations.values())
      if (o.OrganizationKey !== exceptKey && o.UserDefinedIdentifier.toLowerCase() === wanted) return true;
    return false;
  }

  contactTypeExists(name: string): boolean {
    return this.contactTypes.some((t) => t.Name.toLowerCase() === name.toLowerCase());
  }

  /**
   * Replaces everything with dataset records (detail shape with BusinessCards). Each record is checked like an API
   * write, so nothing the API would refuse (and then could not serve schema-valid) gets in; throws on the first bad one.
   */
  load(contacts: unknown[], organizations: unknown[]): void {
    const now = this.timestamp();
    const check = (raw: unknown, where: string, rules: EntityRules) => {
      if (!isObject(raw)) throw new Error(`${where} is not an object`);
      const problem = checkEntityBody(raw, { ...rules, readOnly: [...rules.readOnly, 'ExternalKey'] });
      if (problem) throw new Error(`${where}: ${String(problem.body)}`);
      return raw;
    };
    const parsedOrgs = organizations.map((raw, i) =>
      toOrganization(check(raw, `karbon.organizations[${i}]`, ORGANIZATION_RULES), this.newKey, now),
    );
    const parsedContacts = contacts.map((raw, i) =>
      toContact(check(raw, `karbon.contacts[${i}]`, CONTACT_RULES), this.newKey, now),
    );
    const keys = [...parsedOrgs.map((o) => o.OrganizationKey), ...parsedContacts.map((c) => c.ContactKey)];
    const seen = new Set<string>();
    // A Set keeps this linear: indexOf per key made loading 100,000 records take over a minute.
    const repeated = keys.find((key) => {
      if (seen.has(key)) return true;
      seen.add(key);
      return false;
    });
    if (repeated !== undefined) throw new Error(`karbon key ${repeated} appears more than once in the dataset`);
    this.reset();
    for (const o of parsedOrgs) this.saveOrganization(o, true);
    for (const c of parsedContacts) this.saveContact(c, true);
    // A type a dataset record uses is one the firm defined (karbon-ui §2: firms add their own Contact Types).
    for (const record of [...parsedOrgs, ...parsedContacts])
      if (record.ContactType && !this.contactTypeExists(record.ContactType))
        this.contactTypes.push({ Name: record.ContactType, ContactTypeKey: this.newKey() });
  }

  dump(): { contacts: KarbonContact[]; organizations: KarbonOrganization[] } {
    return { contacts: [...this.contacts.values()], organizations: [...this.organizations.values()] };
  }

  reset(): void {
    this.contacts.clear();
    this.organizations.clear();
    this.cardOwners.clear();
    this.contactTypes = [...DEFAULT_CONTACT_TYPES];
    this.version++;
  }

  private indexCards(kind: 'Contact' | 'Organization', key: string, cards: KarbonBusinessCard[]): void {
    for (const card of cards) this.cardOwners.set(card.BusinessCardKey, { kind, key });
  }

  private unindexCards(cards: KarbonBusinessCard[]): void {
    for (const card of cards) this.cardOwners.delete(card.BusinessCardKey);
  }
}
