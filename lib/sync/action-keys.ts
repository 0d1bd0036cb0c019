import type { AppDb } from '../db/app-db';
import { linkKeys, recordKey } from './record-locks';
import type { IssueResolution } from './resolve-issue';

// The records each single-record action touches: it locks those and nothing else (see record-locks.ts).

async function keysOfLink(db: AppDb, linkId: string | undefined): Promise<string[]> {
  const link = linkId ? await db.links.get(linkId) : undefined;
  return link ? linkKeys(link) : [];
}

/** A Karbon contact and, when linked, its remote record. */
export async function contactKeys(db: AppDb, karbonKey: string): Promise<string[]> {
  const links = await db.links.where('karbonKey').equals(karbonKey).toArray();
  return [recordKey('karbon', karbonKey), ...links.flatMap(linkKeys)];
}

/** An issue's remote record, its candidate Karbon records, the chosen one, and its link's pair. */
export async function issueKeys(db: AppDb, issueId: string, resolution?: IssueResolution): Promise<string[]> {
  const issue = await db.issues.get(issueId);
  if (!issue) return [recordKey('issue', issueId)];
  return [
    recordKey('issue', issueId),
    recordKey(issue.system, issue.remoteId),
    ...issue.karbonKeys.map((k) => recordKey('karbon', k)),
    ...(resolution?.action === 'confirm-match' ? [recordKey('karbon', resolution.karbonKey)] : []),
    ...(await keysOfLink(db, issue.linkId)),
  ];
}

/** The pair of a link. */
export const linkIdKeys = (db: AppDb, linkId: string): Promise<string[]> => keysOfLink(db, linkId);

/** The record (and pair) an activity entry changed. */
export async function activityKeys(db: AppDb, activityId: number): Promise<string[]> {
  const entry = await db.activity.get(activityId);
  if (!entry) return [];
  return [recordKey(entry.system, entry.recordId), ...(await keysOfLink(db, entry.linkId))];
}
