import type { IssueView } from '../lib/background/issue-views';
import type { IssueResolution } from '../lib/sync';

interface TypeReviewBulkProps {
  issues: readonly IssueView[];
  busy: boolean;
  onResolveAll: (items: { issueId: string; resolution: IssueResolution }[]) => void;
}

/** Confirms every open "Person or Organization?" issue with its suggestion, in one click. */
export function TypeReviewBulk({ issues, busy, onResolveAll }: TypeReviewBulkProps) {
  const reviews = issues.filter((issue) => issue.kind === 'type-review');
  if (reviews.length < 2) return null;
  const items = reviews.map((issue) => ({
    issueId: issue.id,
    resolution: { action: 'create-new', kind: issue.suggestedKind ?? 'org' } as IssueResolution,
  }));
  return (
    <div class="kxs-actions">
      <button type="button" class="kxs-button" disabled={busy} onClick={() => onResolveAll(items)}>
        Confirm all {reviews.length} suggestions
      </button>
    </div>
  );
}
