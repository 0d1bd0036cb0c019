import type { AppDb } from '../db/app-db';
import type { ActivityRow } from '../db/rows';

/** Appends one entry to the activity log and returns its id. */
export async function logActivity(db: AppDb, entry: Omit<ActivityRow, 'id'>): Promise<number> {
  return (await db.activity.add(entry as ActivityRow)) as number;
}

/** The newest activity entries first (for the popup's history and the panel). */
export async function recentActivity(db: AppDb, limit = 100): Promise<ActivityRow[]> {
  return db.activity.orderBy('id').reverse().limit(limit).toArray();
}

/** Every entry written for one link, oldest first. */
export async function activityForLink(db: AppDb, linkId: string): Promise<ActivityRow[]> {
  return db.activity.where('linkId').equals(linkId).sortBy('id');
}
