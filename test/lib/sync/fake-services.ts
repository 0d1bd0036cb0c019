// In-memory Xero and Karbon services with the behaviour the engine relies on (stamps that move on every change,
// If-Modified-Since, newest-first Karbon paging, Xero's unique-name rule, idempotency-key replay), counting calls.
import { ApiError } from '../../../lib/api/api-error';
import type { ContactKind } from '../../../lib/model/canonical';
import { karbonKeyOf, karbonToCanonical, type KarbonEntity } from '../../../lib/model/karbon-mapping';
import type { KarbonBusinessCardWire, XeroContactWire } from '../../../lib/model/wire-types';
import type {
  KarbonPage,
  KarbonPort,
  KarbonSummaryWire,
  XeroPage,
  XeroPort,
  XeroWriteOutcome,
} from '../../../lib/sync/ports';

export interface CallCounts {
  reads: number;
  writes: number;
}

let clockMs = Date.UTC(2026, 0, 1);

/** Simulates a killed worker: list pages are served until the budget is spent, then every list call throws. */
export class Killer {
  budget?: number;
  private served = 0;
  arm(budget: number | undefined): void {
    this.budget = budget;
    this.served = 0;
  }
  page(): void {
    if (this.budget !== undefined && ++this.served > this.budget) throw new Error('killed');
  }
}
const tick = () => (clockMs += 1000);

export class FakeXero implements XeroPort {
  contacts = new Map<string, XeroContactWire>();
  calls: CallCounts = { reads: 0, writes: 0 };
  pageSize = 1000;
  private replays = new Map<string, XeroWriteOutcome[]>();
  private seq = 0;
  killer = new Killer();

  add(contact: XeroContactWire): XeroContactWire {
    const id = contact.ContactID ?? `x-${++this.seq}`;
    const stored = { ContactStatus: 'ACTIVE', ...contact, ContactID: id, UpdatedDateUTC: `/Date(${tick()}+0000)/` };
    this.contacts.set(id, stored);
    return stored;
  }

  edit(id: string, patch: Partial<XeroContactWire>): void {
    const c = this.contacts.get(id);
    if (!c) throw new Error(`no ${id}`);
    this.contacts.set(id, merge(c, patch));
  }

  async *listContactPages(options: { modifiedSince?: Date }): AsyncIterable<XeroPage> {
    const since = options.modifiedSince?.getTime() ?? -Infinity;
    const all = [...this.contacts.values()].filter((c) => stamp(c) > since).sort((a, b) => stamp(a) - stamp(b));
    for (let page = 1; ; page++) {
      this.killer.page();
      this.calls.reads++;
      const records = all.slice((page - 1) * this.pageSize, page * this.pageSize).map(clone);
      yield { page, records };
      if (page * this.pageSize >= all.length) return;
    }
  }

  async getContact(id: string) {
    this.calls.reads++;
    const c = this.contacts.get(id);
    return c && clone(c);
  }

  async getContactByNumber(n: string) {
    this.calls.reads++;
    const c = [...this.contacts.values()].find((x) => x.ContactNumber === n);
    return c && clone(c);
  }

  async findContactsByName(name: string) {
    this.calls.reads++;
    const records = [...this.contacts.values()].filter(
      (c) => c.ContactStatus === 'ACTIVE' && (c.Name ?? '').toLowerCase() === name.toLowerCase(),
    );
    return { records: records.map(clone) };
  }

  private write(inputs: XeroContactWire[], key: string | undefined, create: boolean): XeroWriteOutcome[] {
    this.calls.writes++;
    if (key && this.replays.has(key)) return this.replays.get(key)!;
    const out = inputs.map((input, index): XeroWriteOutcome => {
      const existing = input.ContactID ? this.contacts.get(input.ContactID) : undefined;
      const name = input.Name ?? existing?.Name ?? '';
      const taken = [...this.contacts.values()].some(
        (c) =>
          c.ContactID !== existing?.ContactID &&
          c.ContactStatus === 'ACTIVE' &&
          (c.Name ?? '').toLowerCase() === name.toLowerCase(),
      );
      if (taken)
        return { ok: false, index, errors: [`The contact name ${name} is already assigned to another contact.`] };
      if (create || !existing) return { ok: true, index, contact: clone(this.add(input)) };
      const next = merge(existing, input);
      this.contacts.set(next.ContactID!, next);
      return { ok: true, index, contact: clone(next) };
    });
    if (key) this.replays.set(key, out);
    return out;
  }

  async createContacts(inputs: XeroContactWire[], o: { idempotencyKey?: string }) {
    return this.write(inputs, o.idempotencyKey, true);
  }

  async updateContacts(inputs: XeroContactWire[], o: { idempotencyKey?: string }) {
    return this.write(inputs, o.idempotencyKey, false);
  }
}

function stamp(c: XeroContactWire): number {
  return Number(/\d+/.exec(c.UpdatedDateUTC ?? '')?.[0] ?? 0);
}

function clone<T>(v: T): T {
  return structuredClone(v);
}

function merge(c: XeroContactWire, patch: Partial<XeroContactWire>): XeroContactWire {
  const next: XeroContactWire = { ...c, ...patch, UpdatedDateUTC: `/Date(${tick()}+0000)/` };
  // Xero replaces phones and addresses per type.
  if (patch.Phones) {
    const types = new Set(patch.Phones.map((p) => p.PhoneType));
    next.Phones = [...(c.Phones ?? []).filter((p) => !types.has(p.PhoneType)), ...patch.Phones];
  }
  if (patch.Addresses) {
    const types = new Set(patch.Addresses.map((a) => a.AddressType));
    next.Addresses = [...(c.Addresses ?? []).filter((a) => !types.has(a.AddressType)), ...patch.Addresses];
  }
  return next;
}

export class FakeKarbon implements KarbonPort {
  records = new Map<string, KarbonEntity>();
  calls: CallCounts = { reads: 0, writes: 0 };
  pageSize = 100;
  killer = new Killer();
  private seq = 0;

  add(kind: ContactKind, fields: Record<string, unknown>, card: KarbonBusinessCardWire = {}): KarbonEntity {
    const key = `k${++this.seq}`;
    const cardFull: KarbonBusinessCardWire = {
      BusinessCardKey: `c${this.seq}`,
      EntityType: kind === 'person' ? 'Contact' : 'Organization',
      EntityKey: key,
      IsPrimaryCard: true,
      EmailAddresses: [],
      PhoneNumbers: [],
      Addresses: [],
      ...card,
    };
    const stampIso = new Date(tick()).toISOString();
    const entity: KarbonEntity =
      kind === 'person'
        ? { kind, record: { ContactKey: key, ...fields, LastModifiedDateTime: stampIso, BusinessCards: [cardFull] } }
        : {
            kind,
            record: { OrganizationKey: key, ...fields, LastModifiedDateTime: stampIso, BusinessCards: [cardFull] },
          };
    this.records.set(key, entity);
    return entity;
  }

  private touch(key: string, change: (e: KarbonEntity) => void): void {
    const e = this.records.get(key);
    if (!e) throw new Error(`no ${key}`);
    change(e);
    e.record.LastModifiedDateTime = new Date(tick()).toISOString();
  }

  /** A user edit in Karbon's web app. */
  editCard(key: string, change: (card: KarbonBusinessCardWire) => void): void {
    this.touch(key, (e) => change(e.record.BusinessCards![0]!));
  }

  editName(key: string, fields: Record<string, unknown>): void {
    this.touch(key, (e) => Object.assign(e.record, fields));
  }

  async *listPages(kind: ContactKind, options: { next?: string }): AsyncIterable<KarbonPage> {
    const all = [...this.records.values()]
      .filter((e) => e.kind === kind)
      .sort((a, b) => Date.parse(b.record.LastModifiedDateTime!) - Date.parse(a.record.LastModifiedDateTime!));
    let skip = options.next ? Number(options.next.split('=')[1]) : 0;
    for (;;) {
      this.killer.page();
      this.calls.reads++;
      const records = all.slice(skip, skip + this.pageSize).map(summary);
      skip += this.pageSize;
      const more = skip < all.length;
      yield more ? { records, next: `$skip=${skip}` } : { records };
      if (!more) return;
    }
  }

  async get(kind: ContactKind, key: string) {
    this.calls.reads++;
    const e = this.records.get(key);
    return e && e.kind === kind ? clone(e) : undefined;
  }

  async getWithPeople(kind: 'org', key: string) {
    const entity = await this.get(kind, key);
    if (!entity) return undefined;
    const people = [...this.records.values()].flatMap((e) =>
      e.kind === 'person' && e.record.BusinessCards?.some((c) => c.OrganizationKey === key)
        ? [{ ContactKey: karbonKeyOf(e), FullName: karbonToCanonical(e).name }]
        : [],
    );
    return { entity, people };
  }

  /** Names Karbon refuses to create (a validation error about that one record). */
  refuse = new Set<string>();

  /** Like Karbon: a taken UserDefinedIdentifier (any kind, any case) refuses the create and the record is found. */
  async create(kind: ContactKind, fields: Record<string, unknown>, card: KarbonBusinessCardWire) {
    this.calls.writes++;
    const name = String(fields.FullName ?? `${String(fields.FirstName)} ${String(fields.LastName)}`);
    if (this.refuse.has(name)) {
      throw new ApiError({ service: 'karbon', kind: 'validation', status: 400, message: `Karbon refused ${name}` });
    }
    const udi = fields.UserDefinedIdentifier;
    const holder = typeof udi === 'string' ? await this.findByIdentifier(udi) : undefined;
    if (holder) return { entity: holder, existed: true };
    return { entity: clone(this.add(kind, fields, card)), existed: false };
  }

  async findByIdentifier(identifier: string) {
    this.calls.reads++;
    const wanted = identifier.toLowerCase();
    const found = [...this.records.values()].find((e) => e.record.UserDefinedIdentifier?.toLowerCase() === wanted);
    return found && clone(found);
  }

  async updateName(_kind: ContactKind, key: string, fields: Record<string, unknown>) {
    this.calls.writes++;
    this.editName(key, fields);
  }

  async updateCard(
    _kind: ContactKind,
    key: string,
    _card: KarbonBusinessCardWire | undefined,
    mutate: (c: KarbonBusinessCardWire) => KarbonBusinessCardWire,
  ) {
    this.calls.writes++;
    let written: KarbonBusinessCardWire = {};
    this.touch(key, (e) => {
      const [first = {}, ...rest] = e.record.BusinessCards ?? [];
      written = mutate(clone(first));
      e.record.BusinessCards = [written, ...rest];
    });
    return clone(written);
  }

  async findByNameAndEmail(kind: ContactKind, name: string, email: string) {
    this.calls.reads++;
    return [...this.records.values()]
      .filter((e) => e.kind === kind)
      .map(summary)
      .filter((s) => s.FullName?.toLowerCase() === name.toLowerCase() && (s.EmailAddress ?? '') === email)
      .map((s) => s.ContactKey ?? s.OrganizationKey ?? '');
  }
}

function summary(e: KarbonEntity): KarbonSummaryWire {
  const card = e.record.BusinessCards?.[0];
  const base = {
    EmailAddress: card?.EmailAddresses?.[0] ?? null,
    PhoneNumber: card?.PhoneNumbers?.[0]?.Number ?? null,
    LastModifiedDateTime: e.record.LastModifiedDateTime ?? null,
    UserDefinedIdentifier: e.record.UserDefinedIdentifier ?? null,
  };
  return e.kind === 'person'
    ? {
        ContactKey: e.record.ContactKey,
        FullName: `${e.record.FirstName ?? ''} ${e.record.LastName ?? ''}`.trim(),
        ...base,
      }
    : { OrganizationKey: e.record.OrganizationKey, FullName: e.record.FullName ?? '', ...base };
}
