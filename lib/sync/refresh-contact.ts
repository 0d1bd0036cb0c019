import type { CanonicalContact } from '../model/canonical';
import { karbonToCanonical } from '../model/karbon-mapping';
import type { IssueRow, LinkRow } from '../db/rows';
import type { RunContext } from './context';
import { snapshotId } from './keys';
import { readKarbonRecord } from './karbon-lookup';
import { recordKarbonDetail } from './karbon-snapshots';
import { linkOfKarbonKey } from './link-ops';
import { processLinkedRecord } from './process-remote-record';
import type { RemoteAdapter, RemoteUpdate } from './remote-adapter';
import { flushRemoteUpdates } from './write-remote';

/** What the panel shows for one Karbon contact with one remote system. */
export interface ContactStatus {
  karbonKey: string;
  link?: LinkRow;
  issues: IssueRow[];
  karbon?: CanonicalContact;
  remote?: CanonicalContact;
  /** The linked record's page in the remote system's web app, when known (XPM's WebUrl). */
  remoteUrl?: string;
}

/** The panel's view of a Karbon contact with the context's remote system, from the database alone (no network). */
export async function contactStatus(
  ctx: Pick<RunContext, 'deps' | 'system'> & { remote?: Pick<RemoteAdapter, 'webUrl'> },
  karbonKey: string,
): Promise<ContactStatus> {
  const { db } = ctx.deps;
  const link = await linkOfKarbonKey(ctx, karbonKey);
  const issues = await db.issues
    .where('karbonKeys')
    .equals(karbonKey)
    .filter((i) => i.state === 'open' && i.system === ctx.system)
    .toArray();
  const karbon = await db.snapshots.get(snapshotId('karbon', karbonKey));
  const remote = link ? await db.snapshots.get(snapshotId(ctx.system, link.remoteId)) : undefined;
  return {
    karbonKey,
    issues,
    ...(link ? { link } : {}),
    ...(karbon?.raw ? { karbon: karbon.canonical } : {}),
    ...(remote ? { remote: remote.canonical } : {}),
    ...(remote && ctx.remote?.webUrl?.(remote.raw) ? { remoteUrl: ctx.remote.webUrl(remote.raw) } : {}),
  };
}

/**
 * Re-reads one Karbon contact and its linked remote record (two reads, no list call) and reconciles them now, so a
 * page view shows current values; unlinked contacts are just refreshed.
 */
export async function refreshContact(ctx: RunContext, karbonKey: string): Promise<ContactStatus> {
  const entity = await readKarbonRecord(ctx, karbonKey);
  if (entity) await recordKarbonDetail(ctx, entity, false);
  const link = await linkOfKarbonKey(ctx, karbonKey);
  if (entity && link) {
    const record = await ctx.remote.get(ctx, link.remoteId);
    if (record) {
      // A linked pair needs no matching, so a page view never loads the matcher's indexes.
      const queue: RemoteUpdate[] = [];
      await processLinkedRecord(ctx, link, record, queue);
      await flushRemoteUpdates(ctx, queue);
    }
  }
  const status = await contactStatus(ctx, karbonKey);
  if (entity && !status.karbon) status.karbon = karbonToCanonical(entity);
  return status;
}
