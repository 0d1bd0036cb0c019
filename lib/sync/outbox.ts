import type { AppDb } from '../db/app-db';
import type { AnySystem, OutboxRow } from '../db/rows';

/**
 * Runs `send` exactly once per idempotency key: a write already done returns its stored result without a call, and
 * a write left pending by a crash is handed to `recover` (which looks the record up) before it is sent again.
 */
export async function sendOnce<T>(
  db: AppDb,
  entry: { key: string; system: AnySystem; op: string; recordId?: string; payload: unknown; now: number },
  send: () => Promise<T>,
  recover?: () => Promise<T | undefined>,
): Promise<T> {
  const existing = await db.outbox.get(entry.key);
  if (existing?.state === 'done') return existing.result as T;
  if (existing?.state === 'pending' && recover) {
    const found = await recover();
    if (found !== undefined) {
      await db.outbox.update(entry.key, { state: 'done', doneAt: entry.now, result: found });
      return found;
    }
  }
  const row: OutboxRow = {
    key: entry.key,
    system: entry.system,
    op: entry.op,
    recordId: entry.recordId,
    payload: entry.payload,
    state: 'pending',
    attempts: (existing?.attempts ?? 0) + 1,
    createdAt: existing?.createdAt ?? entry.now,
  };
  await db.outbox.put(row);
  try {
    const result = await send();
    await db.outbox.update(entry.key, { state: 'done', doneAt: entry.now, result: result as unknown });
    return result;
  } catch (error) {
    await db.outbox.update(entry.key, { lastError: error instanceof Error ? error.message : String(error) });
    throw error;
  }
}

/** Writes still pending (a crash or an error left them): shown as connection health, retried on the next run. */
export async function pendingWrites(db: AppDb): Promise<OutboxRow[]> {
  return db.outbox.where('state').equals('pending').toArray();
}

/** How long finished writes are kept (long enough for any retry of the same write to be recognised). */
export const OUTBOX_KEEP_DONE_MS = 30 * 24 * 60 * 60_000;

/** Deletes finished writes older than the keep period; returns how many were removed. */
export async function pruneOutbox(db: AppDb, now: number): Promise<number> {
  return db.outbox
    .where('state')
    .equals('done')
    .filter((row) => (row.doneAt ?? 0) < now - OUTBOX_KEEP_DONE_MS)
    .delete();
}
