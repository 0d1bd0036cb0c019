import type { RunContext } from './context';
import { raiseIssue } from './issues';
import { matchIssueId } from './keys';
import { recordRemoteSnapshot } from './remote-snapshots';

/**
 * When the classifier is unsure whether an unmatched remote record is a Person or an Organization (G5), nothing is
 * created: a `type-review` issue ("Person or Organization?") carries the suggestion and its reasons until someone
 * confirms it. The issue has the record's match-issue id, so a later run refreshes it instead of adding another.
 * Returns whether the record was held.
 */
export async function holdForTypeReview(ctx: RunContext, record: unknown): Promise<boolean> {
  const review = ctx.remote.typeReview?.(ctx, record);
  if (!review) return false;
  const remoteId = ctx.remote.id(record);
  await raiseIssue(ctx, {
    id: matchIssueId(ctx.system, remoteId),
    system: ctx.system,
    kind: 'type-review',
    state: 'open',
    remoteId,
    karbonKeys: [],
    remote: ctx.remote.toCanonical(record),
    suggestedKind: review.kind,
    confidence: review.confidence,
    reasons: review.reasons,
    createdAt: ctx.deps.now(),
  });
  await recordRemoteSnapshot(ctx, record);
  return true;
}
