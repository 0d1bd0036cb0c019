import type { AppDb } from '../db/app-db';
import type { Checkpoint, CursorRow } from '../db/rows';

/** The cursor of one watched list (an empty one before the first run). */
export async function readCursor(db: AppDb, id: string): Promise<CursorRow> {
  return (await db.cursors.get(id)) ?? { id };
}

/** Stores a running job's resume point after a page. */
export async function saveCheckpoint(db: AppDb, id: string, checkpoint: Checkpoint): Promise<void> {
  const cursor = await readCursor(db, id);
  await db.cursors.put({ ...cursor, checkpoint });
}

/** Moves the high-water mark forward (never back) and clears the job's checkpoint. */
export async function completeCursor(db: AppDb, id: string, highWater: string | undefined, now: number): Promise<void> {
  const cursor = await readCursor(db, id);
  const next = maxStamp(cursor.highWater, highWater);
  const row: CursorRow = { id, completedAt: now };
  if (next !== undefined) row.highWater = next;
  await db.cursors.put(row);
}

/** The later of two ISO timestamps (either may be missing). */
export function maxStamp(a: string | undefined, b: string | undefined): string | undefined {
  if (a === undefined) return b;
  if (b === undefined) return a;
  return Date.parse(b) > Date.parse(a) ? b : a;
}
