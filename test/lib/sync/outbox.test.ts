import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { AppDb } from '../../../lib/db/app-db';
import { OUTBOX_KEEP_DONE_MS, pendingWrites, pruneOutbox, sendOnce } from '../../../lib/sync/outbox';

const newDb = () => new AppDb('outbox', { indexedDB: new IDBFactory(), IDBKeyRange });
const entry = (now: number) => ({ key: 'k1', system: 'xero' as const, op: 'create', payload: {}, now });

describe('outbox', () => {
  it('sends a keyed write once and returns the stored result afterwards', async () => {
    const db = newDb();
    let sent = 0;
    const send = async () => ++sent;
    expect(await sendOnce(db, entry(1), send)).toBe(1);
    expect(await sendOnce(db, entry(2), send)).toBe(1);
    expect(sent).toBe(1);
  });

  it('looks a crashed write up before sending it again, and keeps failures pending with their error', async () => {
    const db = newDb();
    await expect(sendOnce(db, entry(1), () => Promise.reject(new Error('dropped')))).rejects.toThrow('dropped');
    expect((await pendingWrites(db)).map((r) => [r.key, r.attempts, r.lastError])).toEqual([['k1', 1, 'dropped']]);
    let sent = 0;
    const found = await sendOnce<number | string>(
      db,
      entry(2),
      async () => ++sent,
      async () => 'found',
    );
    expect(found).toBe('found');
    expect(sent).toBe(0);
    expect(await pendingWrites(db)).toEqual([]);
  });

  it('prunes finished writes past the keep period only', async () => {
    const db = newDb();
    await sendOnce(db, entry(0), async () => 'done');
    expect(await pruneOutbox(db, OUTBOX_KEEP_DONE_MS - 1)).toBe(0);
    expect(await pruneOutbox(db, OUTBOX_KEEP_DONE_MS + 1)).toBe(1);
  });
});
