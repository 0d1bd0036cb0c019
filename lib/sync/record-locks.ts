import type { LinkRow } from '../db/rows';

/** Per-record exclusion: work holding a set of record keys runs alone on those records, and only on those. */
export interface RecordLocks {
  /**
   * Waits until no one holds any of `keys`, holds them all while `work` runs, then lets the next waiter in; `work`
   * learns whether it had to wait (someone else changed those records meanwhile).
   */
  hold<T>(keys: readonly string[], work: (waited: boolean) => Promise<T>): Promise<T>;
  /** True while some work holds `key`. */
  isHeld(key: string): boolean;
}

/** The lock key of one record of one system (`karbon:<key>`, `xero:<ContactID>`). */
export const recordKey = (system: string, id: string): string => `${system}:${id}`;

/** The two records a link pairs. */
export const linkKeys = (link: Pick<LinkRow, 'system' | 'remoteId' | 'karbonKey'>): string[] => [
  recordKey('karbon', link.karbonKey),
  recordKey(link.system, link.remoteId),
];

/**
 * Creates the lock table of one engine. All keys of a call are taken at once (never one by one), so two holders
 * cannot deadlock; there is no global order, so a click on one contact never waits for a run busy with others.
 */
export function createRecordLocks(): RecordLocks {
  const held = new Map<string, Promise<void>>();
  return {
    async hold(keys, work) {
      const unique = [...new Set(keys)].filter((k) => k !== '');
      let waited = false;
      for (;;) {
        const busy = unique.flatMap((k) => held.get(k) ?? []);
        if (busy.length === 0) break;
        waited = true;
        await Promise.all(busy);
      }
      let release = () => {};
      const done = new Promise<void>((resolve) => (release = resolve));
      for (const key of unique) held.set(key, done);
      try {
        return await work(waited);
      } finally {
        for (const key of unique) if (held.get(key) === done) held.delete(key);
        release();
      }
    },
    isHeld: (key) => held.has(key),
  };
}
