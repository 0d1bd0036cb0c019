import type { AppDb } from '../db/app-db';

/** A Karbon contact's state with its remote record, as the small mark beside it in Karbon's contact list shows it. */
export type LinkMark = 'linked' | 'review' | 'conflict' | 'stopped' | 'none';

/**
 * The marks of the listed Karbon contacts, from the database alone (no API call). Before any sync has linked anything
 * there is nothing to say, so the answer is empty and the list stays unmarked.
 */
export async function linkMarks(db: AppDb, keys: readonly string[]): Promise<Record<string, LinkMark>> {
  if ((await db.links.limit(1).count()) === 0) return {};
  const [links, issues] = await Promise.all([
    db.links.where('karbonKey').anyOf(keys).toArray(),
    db.issues
      .where('karbonKeys')
      .anyOf(keys)
      .filter((i) => i.state === 'open')
      .toArray(),
  ]);
  const marks = new Map<string, LinkMark>(keys.map((key) => [key, 'none']));
  // A live link outranks a stopped one (another system's), an open issue outranks both, a conflict any other issue.
  for (const link of links) {
    const stopped = link.state === 'unsynced' || link.remoteArchivedAt !== undefined;
    if (!stopped || marks.get(link.karbonKey) === 'none') marks.set(link.karbonKey, stopped ? 'stopped' : 'linked');
  }
  for (const issue of issues) {
    for (const key of issue.karbonKeys.filter((k) => marks.has(k) && marks.get(k) !== 'conflict')) {
      marks.set(key, issue.kind === 'field-conflict' ? 'conflict' : 'review');
    }
  }
  return Object.fromEntries(marks);
}
