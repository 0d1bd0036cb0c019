import type { IssueRow } from '../db/rows';
import type { RunContext } from './context';
import type { CreateContactResult } from './create-contact-in-xero';
import { raiseIssue } from './issues';
import { clashIssueId } from './keys';
import { recordRemoteSnapshot } from './remote-snapshots';

/**
 * A push found a remote record that already has the Karbon record's name: raise a name-clash issue offering it for
 * linking (never renamed or duplicated silently).
 */
export async function nameClash(ctx: RunContext, karbonKey: string, existing: unknown): Promise<CreateContactResult> {
  const remote = ctx.remote.toCanonical(existing);
  const issue: IssueRow = {
    id: clashIssueId(ctx.system, karbonKey),
    system: ctx.system,
    kind: 'name-clash',
    state: 'open',
    remoteId: ctx.remote.id(existing),
    karbonKeys: [karbonKey],
    remote,
    createdAt: ctx.deps.now(),
  };
  // A clash raised again after being dismissed is a new request: reopen it.
  if (!ctx.dryRun) await ctx.deps.db.issues.delete(issue.id);
  await raiseIssue(ctx, issue);
  await recordRemoteSnapshot(ctx, existing);
  return { status: 'name-clash', issue, existing: { contactId: issue.remoteId, name: remote.name } };
}
