import type { XeroContactWire } from '../model/wire-types';
import { xeroToCanonical } from '../model/xero-mapping';
import type { RunContext } from './context';
import { raiseIssue } from './issues';
import { matchIssueId } from './keys';
import { recordXeroSnapshot } from './xero-snapshots';

/**
 * When the classifier is unsure whether an unmatched Xero contact is a Person or an Organization (G5), nothing is
 * created: a `type-review` issue ("Person or Organization?") carries the suggestion and its reasons until someone
 * confirms it. The issue has the contact's match-issue id, so a later run refreshes it instead of adding another.
 * Returns whether the contact was held.
 */
export async function holdForTypeReview(ctx: RunContext, contact: XeroContactWire): Promise<boolean> {
  const classification = ctx.deps.classify(contact);
  if (!classification.review) return false;
  const contactId = contact.ContactID ?? '';
  await raiseIssue(ctx, {
    id: matchIssueId('xero', contactId),
    system: 'xero',
    kind: 'type-review',
    state: 'open',
    remoteId: contactId,
    karbonKeys: [],
    remote: xeroToCanonical(contact),
    suggestedKind: classification.kind,
    confidence: classification.confidence,
    reasons: [classification.review, ...(classification.reasons ?? [])],
    createdAt: ctx.deps.now(),
  });
  await recordXeroSnapshot(ctx, contact);
  return true;
}
