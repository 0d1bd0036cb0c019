import type { RemoteSystem } from '../db/rows';
import type { RunContext } from './context';
import { closeIssue, openIssueIds, raiseIssue } from './issues';
import type { RejectedWire } from './ports';

/** Which list a refused record came from. */
export type RejectedSource = RemoteSystem | 'karbon';

/** The resolution of an issue closed because its record parsed again. */
const PARSED = 'parsed';

const PREFIX = (source: RejectedSource) => `rejected:${source}:`;

/** The deterministic issue id of a refused record: by id, else by name, else by the parse error itself. */
export function rejectedIssueId(source: RejectedSource, record: Pick<RejectedWire, 'id' | 'name' | 'error'>): string {
  if (record.id) return `${PREFIX(source)}${record.id}`;
  if (record.name) return `${PREFIX(source)}name:${record.name.toLowerCase()}`;
  return `${PREFIX(source)}error:${record.error}`;
}

/** True for a `sync-error` issue about a record a list could not parse (not retried by id: only an edit fixes it). */
export const isRejectedIssue = (id: string): boolean => id.startsWith('rejected:');

/**
 * Tracks the records one list pull refuses and accepts: each refused record opens (or keeps open) a `sync-error`
 * issue naming it, so bad input never vanishes silently; the issue closes once the record parses again.
 */
export async function rejectedRecords(ctx: RunContext, source: RejectedSource) {
  // Loaded once per pull, so a parsed record costs a map lookup rather than a database read.
  const open = await openIssueIds(ctx, PREFIX(source));
  return {
    /** Raises one `sync-error` issue per refused record of a page. */
    async report(rejected: readonly RejectedWire[] | undefined): Promise<void> {
      for (const record of rejected ?? []) {
        const id = rejectedIssueId(source, record);
        ctx.progress({ phase: 'error', message: record.error });
        // Refused again after it parsed is a new problem: reopen. One the user dismissed stays dismissed (a Karbon
        // list re-reads its first page every run, and a rejected row carries no date to place it before the cursor).
        if (!ctx.dryRun && (await ctx.deps.db.issues.get(id))?.resolution === PARSED)
          await ctx.deps.db.issues.delete(id);
        await raiseIssue(ctx, {
          id,
          system: source === 'karbon' ? ctx.system : source,
          kind: 'sync-error',
          state: 'open',
          remoteId: source === 'karbon' ? '' : (record.id ?? ''),
          karbonKeys: source === 'karbon' && record.id ? [record.id] : [],
          message: record.error,
          createdAt: ctx.deps.now(),
        });
        open.add(id);
      }
    },
    /** Closes the issue of a record that was refused before and now parses (by id, or by name when it had none). */
    async parsed(record: { id?: string; name?: string }): Promise<void> {
      if (open.size === 0) return;
      for (const id of [
        record.id && rejectedIssueId(source, { id: record.id, error: '' }),
        record.name && rejectedIssueId(source, { name: record.name, error: '' }),
      ]) {
        if (!id || !open.has(id)) continue;
        await closeIssue(ctx, id, PARSED);
        open.delete(id);
      }
    },
  };
}
