import type { AppDb } from '../db/app-db';
import type { IssueRow } from '../db/rows';

/** How many "Person or Organization?" reviews the contact list's card shows at once (the popup has them all). */
export const LIST_REVIEWS_LIMIT = 50;

/** The open "Person or Organization?" reviews, oldest first (the contact list confirms them). */
export async function openTypeReviews(db: AppDb): Promise<IssueRow[]> {
  const rows = await db.issues
    .where('state')
    .equals('open')
    .filter((i) => i.kind === 'type-review')
    .toArray();
  return rows.sort((a, b) => a.createdAt - b.createdAt).slice(0, LIST_REVIEWS_LIMIT);
}
