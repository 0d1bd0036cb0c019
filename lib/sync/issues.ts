import type { IssueRow } from '../db/rows';
import type { RunContext } from './context';

/** Opens (or refreshes) an issue under its deterministic id; a resolved issue stays resolved. */
export async function raiseIssue(ctx: RunContext, issue: IssueRow): Promise<void> {
  if (ctx.dryRun) {
    ctx.stats.plannedIssues.push(issue);
    return;
  }
  const existing = await ctx.deps.db.issues.get(issue.id);
  if (existing?.state === 'resolved') return;
  await ctx.deps.db.issues.put({ ...issue, createdAt: existing?.createdAt ?? issue.createdAt });
}

/** Marks an issue resolved with the given resolution (no-op when it is not open). */
export async function closeIssue(ctx: RunContext, id: string, resolution: string): Promise<void> {
  if (ctx.dryRun) return;
  const existing = await ctx.deps.db.issues.get(id);
  if (existing?.state !== 'open') return;
  await ctx.deps.db.issues.update(id, { state: 'resolved', resolution, resolvedAt: ctx.deps.now() });
}

/** The ids of the open issues whose id starts with `prefix` (loaded once, so a check costs a set lookup). */
export async function openIssueIds(ctx: Pick<RunContext, 'deps'>, prefix: string): Promise<Set<string>> {
  const ids = await ctx.deps.db.issues.where('state').equals('open').primaryKeys();
  return new Set(ids.filter((id): id is string => typeof id === 'string' && id.startsWith(prefix)));
}

/** Every open issue (for the badge, the popup and the report). */
export async function openIssues(ctx: Pick<RunContext, 'deps'>): Promise<IssueRow[]> {
  return ctx.deps.db.issues.where('state').equals('open').toArray();
}

/** Reopens an issue the user ignored (the popup's "Ignored" list); any other resolved issue stays closed. */
export async function restoreIssue(ctx: Pick<RunContext, 'deps'>, id: string): Promise<IssueRow | undefined> {
  const { db } = ctx.deps;
  const existing = await db.issues.get(id);
  if (existing?.state !== 'resolved' || existing.resolution !== 'dismiss') return existing;
  await db.issues.update(id, { state: 'open', resolution: undefined, resolvedAt: undefined });
  return db.issues.get(id);
}

/** The issues the user ignored, newest first (to restore from). */
export async function ignoredIssues(ctx: Pick<RunContext, 'deps'>, limit = 50): Promise<IssueRow[]> {
  const rows = await ctx.deps.db.issues
    .where('state')
    .equals('resolved')
    .filter((i) => i.resolution === 'dismiss')
    .toArray();
  return rows.sort((a, b) => (b.resolvedAt ?? 0) - (a.resolvedAt ?? 0)).slice(0, limit);
}
