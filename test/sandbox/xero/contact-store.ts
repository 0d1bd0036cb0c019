/** One stored contact: its writable fields as last written, and when it last changed. */
export interface StoredContact {
  id: string;
  fields: Record<string, unknown>;
  updatedMs: number;
}

const key = (s: string) => s.trim().toLowerCase();
const str = (v: unknown) => (typeof v === 'string' ? v : '');

/** The organisation's contacts, with the indexes the uniqueness rules and lookups need. */
export class ContactStore {
  private readonly byId = new Map<string, StoredContact>();
  private readonly activeNames = new Map<string, string>();
  private readonly numbers = new Map<string, string>();
  /** Bumped on every write so list queries can reuse a sorted order. */
  version = 0;
  private lastTick = 0;

  constructor(private readonly now: () => number) {}

  /** A strictly increasing timestamp, so UpdatedDateUTC moves on every change. */
  tick(): number {
    this.lastTick = Math.max(this.now(), this.lastTick + 1);
    return this.lastTick;
  }

  get size(): number {
    return this.byId.size;
  }

  all(): IterableIterator<StoredContact> {
    return this.byId.values();
  }

  getById(id: string): StoredContact | undefined {
    return this.byId.get(id.toLowerCase());
  }

  getByNumber(n: string): StoredContact | undefined {
    const id = this.numbers.get(key(n));
    return id ? this.byId.get(id) : undefined;
  }

  /** The ACTIVE contact holding this name, compared case-insensitively (reference §7.1). */
  activeNameOwner(name: string): string | undefined {
    return this.activeNames.get(key(name));
  }

  numberOwner(n: string): string | undefined {
    return this.numbers.get(key(n));
  }

  save(record: StoredContact): void {
    const id = record.id.toLowerCase();
    const previous = this.byId.get(id);
    if (previous) this.unindex(previous);
    this.byId.set(id, record);
    if (record.fields.ContactStatus === 'ACTIVE' && str(record.fields.Name))
      this.activeNames.set(key(str(record.fields.Name)), id);
    if (str(record.fields.ContactNumber)) this.numbers.set(key(str(record.fields.ContactNumber)), id);
    this.lastTick = Math.max(this.lastTick, record.updatedMs);
    this.version++;
  }

  private unindex(record: StoredContact): void {
    const id = record.id.toLowerCase();
    const name = key(str(record.fields.Name));
    if (this.activeNames.get(name) === id) this.activeNames.delete(name);
    const n = key(str(record.fields.ContactNumber));
    if (this.numbers.get(n) === id) this.numbers.delete(n);
  }

  clear(): void {
    this.byId.clear();
    this.activeNames.clear();
    this.numbers.clear();
    this.lastTick = 0;
    this.version++;
  }
}
