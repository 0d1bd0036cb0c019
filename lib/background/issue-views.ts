import type { AppDb } from '../db/app-db';
import type { IssueRow } from '../db/rows';

/** A Karbon record an issue proposes, as the UI names it. */
export interface CandidateView {
  key: string;
  name: string;
  email: string;
  /** Person or organization, when the record was seen (its Karbon page differs). */
  kind?: 'person' | 'org';
}

/** An issue with its Karbon candidates' names and emails, so a reviewer sees both sides of a proposed match. */
export type IssueView = IssueRow & { candidates: CandidateView[] };

/** Adds the Karbon side of each issue from the stored snapshots (no network call). */
export async function issueViews(db: AppDb, issues: IssueRow[]): Promise<IssueView[]> {
  const keys = [...new Set(issues.flatMap((issue) => issue.karbonKeys))];
  const snapshots = await db.snapshots.bulkGet(keys.map((key) => `karbon:${key}`));
  const byKey = new Map(keys.map((key, i) => [key, snapshots[i]]));
  return issues.map((issue) => ({
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
  }));
}
