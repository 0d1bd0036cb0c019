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

// An ISO timestamp as [whole seconds since the epoch, fraction of a second in 100 ns ticks] (Karbon writes 7 digits).
function stampParts(stamp: string): [number, number] {
  const match = /^(.*T\d{2}:\d{2}:\d{2})(?:\.(\d+))?(.*)$/.exec(stamp.trim());
  if (!match) return [Date.parse(stamp) / 1000, 0];
  const seconds = Date.parse(`${match[1]}${match[3] || 'Z'}`) / 1000;
  return [seconds, Number((match[2] ?? '').slice(0, 7).padEnd(7, '0'))];
}

/** Orders two ISO timestamps to the fraction digits they carry (below the millisecond that Date.parse keeps). */
export function compareStamps(a: string, b: string): number {
  const [as, af] = stampParts(a);
  const [bs, bf] = stampParts(b);
  if (Number.isNaN(as) || Number.isNaN(bs)) return Date.parse(a) - Date.parse(b);
  return as !== bs ? as - bs : af - bf;
}

/** The later of two ISO timestamps (either may be missing). */
export function maxStamp(a: string | undefined, b: string | undefined): string | undefined {
  if (a === undefined) return b;
  if (b === undefined) return a;
  return compareStamps(b, a) > 0 ? b : a;
}
