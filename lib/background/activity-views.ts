import type { AppDb } from '../db/app-db';
import type { ActivityRow } from '../db/rows';
import { activityBy, activityWhat } from '../state/activity-words';

/**
 * An activity entry as the popup and panel show it: the record's name, whether Undo applies, and what it did and
 * what made it in words (composed here, so the content script carries no activity wording).
 */
export type ActivityView = ActivityRow & {
  id: number;
  name: string;
  karbonKey?: string;
  undoable: boolean;
  what: string;
  by: string;
};

/** How many entries the popup's "Recent activity" and the panel's history show. */
export const RECENT_ACTIVITY_LIMIT = 30;
export const CONTACT_ACTIVITY_LIMIT = 8;

/** True for the entries `undo` can revert: a field write, or a link (which restores what the link overwrote). */
export const canUndo = (row: ActivityRow): boolean =>
  !row.undoneAt && ((row.action === 'update' && row.field !== undefined) || (row.action === 'link' && !!row.linkId));

/** Names each entry's record from the stored snapshots and links (no network call). */
export async function activityViews(db: AppDb, rows: ActivityRow[]): Promise<ActivityView[]> {
  const linkIds = [...new Set(rows.flatMap((r) => (r.linkId ? [r.linkId] : [])))];
  const links = await db.links.bulkGet(linkIds);
  const karbonOfLink = new Map(linkIds.map((id, i) => [id, links[i]?.karbonKey]));
  const keyOf = (r: ActivityRow) =>
    r.system === 'karbon' ? r.recordId : r.linkId ? karbonOfLink.get(r.linkId) : undefined;
  const snapIds = rows.map((r) => `${r.system}:${r.recordId}`);
  const karbonIds = rows.map((r) => `karbon:${keyOf(r) ?? ''}`);
  const [own, karbon] = await Promise.all([db.snapshots.bulkGet(snapIds), db.snapshots.bulkGet(karbonIds)]);
  return rows.map((row, i) => {
    const karbonKey = keyOf(row);
    return {
      ...row,
      id: row.id ?? 0,
      name: karbon[i]?.canonical.name || own[i]?.canonical.name || row.recordId,
      ...(karbonKey ? { karbonKey } : {}),
      undoable: canUndo(row),
      what: activityWhat(row),
      by: activityBy(row),
    };
  });
}

/** The newest entries about one Karbon contact: its own record and its links. */
export async function contactActivity(db: AppDb, karbonKey: string): Promise<ActivityView[]> {
  const links = await db.links.where('karbonKey').equals(karbonKey).toArray();
  const rows = [
    ...(await db.activity.where('[system+recordId]').equals(['karbon', karbonKey]).toArray()),
    ...(await db.activity
      .where('linkId')
      .anyOf(links.map((l) => l.id))
      .toArray()),
  ];
  const unique = [...new Map(rows.map((r) => [r.id, r])).values()];
  unique.sort((a, b) => (b.id ?? 0) - (a.id ?? 0));
  return activityViews(db, unique.slice(0, CONTACT_ACTIVITY_LIMIT));
}
