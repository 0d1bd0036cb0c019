import type { RunContext } from './context';
import type { CreateContactResult } from './create-contact-in-xero';
import { badNameIssueId } from './check-name';
import { closeIssue, raiseIssue } from './issues';

const LABEL = { xero: 'Xero', xpm: 'XPM' } as const;

/** The issue id of a Karbon name held back from the context's system (Xero's id predates XPM, so it keeps its form). */
export const karbonBadNameId = (ctx: Pick<RunContext, 'system'>, karbonKey: string): string =>
  badNameIssueId(ctx.system === 'xero' ? 'karbon' : `karbon:${ctx.system}`, karbonKey);

/**
 * A Karbon name that must not travel is never sent: the record gets an issue naming the rule (and the Karbon version
 * it was seen in, so an automatic push waits for an edit instead of trying again every run).
 */
export async function holdBadKarbonName(
  ctx: RunContext,
  karbonKey: string,
  problem: string,
  karbonStamp?: string,
): Promise<CreateContactResult> {
  const id = karbonBadNameId(ctx, karbonKey);
  const message = `Not sent to ${LABEL[ctx.system]}: ${problem}. Fix the name in Karbon.`;
  if (!ctx.dryRun) await ctx.deps.db.issues.delete(id);
  await raiseIssue(ctx, {
    id,
    system: ctx.system,
    kind: 'sync-error',
    state: 'open',
    remoteId: '',
    karbonKeys: [karbonKey],
    message,
    createdAt: ctx.deps.now(),
    ...(karbonStamp ? { karbonStamp } : {}),
  });
  return { status: 'error', message };
}

/** Closes the bad-name issue of a Karbon record whose name now passes. */
export const clearBadKarbonName = (ctx: RunContext, karbonKey: string): Promise<void> =>
  closeIssue(ctx, karbonBadNameId(ctx, karbonKey), 'fixed');
