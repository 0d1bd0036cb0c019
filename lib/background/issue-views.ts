import type { AppDb } from '../db/app-db';
import type { IssueRow } from '../db/rows';
import { matchWords, type MatchWords } from '../state/issue-words';

/** A Karbon record an issue proposes, as the UI names it. */
export interface CandidateView {
  key: string;
  name: string;
  email: string;
  /** Person or organization, when the record was seen (its Karbon page differs). */
  kind?: 'person' | 'org';
}

/**
 * An issue with its Karbon candidates' names and emails, so a reviewer sees both sides of a proposed match, and for a
 * match issue what matched and what differs in words (composed here, so the content script carries no such wording).
 */
export type IssueView = IssueRow & { candidates: CandidateView[]; words?: MatchWords };

/** Adds the Karbon side of each issue from the stored snapshots (no network call). */
export async function issueViews(db: AppDb, issues: IssueRow[]): Promise<IssueView[]> {
  const keys = [...new Set(issues.flatMap((issue) => issue.karbonKeys))];
  const snapshots = await db.snapshots.bulkGet(keys.map((key) => `karbon:${key}`));
  const byKey = new Map(keys.map((key, i) => [key, snapshots[i]]));
  return issues.map((issue) => {
    const view = {
      ...issue,
      candidates: issue.karbonKeys.map((key) => {
        const snapshot = byKey.get(key);
        return {
          key,
          name: snapshot?.canonical.name ?? key,
          email: snapshot?.canonical.email ?? '',
          ...(snapshot ? { kind: snapshot.kind } : {}),
        };
      }),
    };
    const words = matchWords(view);
    return words ? { ...view, words } : view;
  });
}
