import type { KarbonEntity } from '../model/karbon-mapping';
import { closeIssue } from './issues';
import { clashIssueId, snapshotId } from './keys';
import { pushPeopleToXpm } from './push-xpm-contacts';
import { holdRecords, type RunContext } from './context';
import { linkOfKarbonKey } from './link-ops';
import { pushToXpm } from './push-to-xpm';
import { recordKey } from './record-locks';
import { guardRecord } from './record-errors';

const fold = (text: string) => text.trim().replace(/\s+/g, ' ').toLowerCase();

/** A Karbon snapshot's Contact Type, from its list row (organization rows carry it). */
export function contactTypeOf(summary: unknown): string {
  const type = (summary as { ContactType?: unknown } | undefined)?.ContactType;
  return typeof type === 'string' ? type : '';
}

/** True when the Karbon Contact Type is one the settings push to XPM (P5), compared case- and space-insensitively. */
export function isPushedType(contactType: string, pushTypes: readonly string[]): boolean {
  const type = fold(contactType);
  return type !== '' && pushTypes.some((t) => fold(t) === type);
}

/**
 * P5: after the XPM list was read and matched, every Karbon Organization of a pushed Contact Type that has no XPM
 * client yet is created in XPM (updates of linked ones flow through reconcile like any pair). One waiting on a match
 * issue or a name clash is left for the user; a failure of one organization becomes its issue, the rest go on.
 */
export async function autoPushToXpm(ctx: RunContext, pushTypes: readonly string[]): Promise<void> {
  if (pushTypes.length === 0) return;
  const { db } = ctx.deps;
  const candidates = await db.snapshots
    .where('id')
    .between('karbon:', 'karbon:\uffff', false, false)
    .filter((s) => s.kind === 'org' && isPushedType(contactTypeOf(s.summary), pushTypes))
    .primaryKeys();
  const waiting = await waitingKeys(ctx);
  for (const id of candidates) {
    const karbonKey = String(id).slice('karbon:'.length);
    if (waiting.has(karbonKey) || (await linkOfKarbonKey(ctx, karbonKey))) continue;
    // A clash the user dismissed stays dismissed until they push by hand.
    if (await db.issues.get(clashIssueId('xpm', karbonKey))) continue;
    await holdRecords(ctx, [recordKey('karbon', karbonKey)], () =>
      guardRecord(ctx, `karbon:${karbonKey}`, () => pushToXpm(ctx, karbonKey, { lookUp: false })),
    );
  }
}

/**
 * The Karbon keys an automatic push leaves alone: those waiting on an XPM issue (a match to review, a name clash),
 * and those whose last push was held back (XPM refused the client, or its name must not travel) until the record
 * changes in Karbon; a changed one has its issue closed, so it is pushed again.
 */
async function waitingKeys(ctx: RunContext): Promise<Set<string>> {
  const { db } = ctx.deps;
  const waiting = new Set<string>();
  for (const issue of await db.issues.where('[state+system]').equals(['open', 'xpm']).toArray()) {
    if (issue.karbonStamp !== undefined) {
      const key = issue.karbonKeys[0] ?? '';
      const snap = await db.snapshots.get(snapshotId('karbon', key));
      if (snap && snap.modifiedAt !== issue.karbonStamp) await closeIssue(ctx, issue.id, 'changed');
      else waiting.add(key);
    } else if (issue.kind !== 'sync-error') {
      for (const key of issue.karbonKeys) waiting.add(key);
    }
  }
  return waiting;
}

/**
 * P5 on a page view of a Karbon Organization of a pushed Contact Type: with no XPM client yet it is pushed now (its
 * client looked up first); already in XPM, its People with no XPM contact become the client's contacts. Returns true
 * when it did anything (the panel then reads the status again).
 */
export async function pushOnPageView(
  ctx: RunContext,
  karbonKey: string,
  pushTypes: readonly string[],
): Promise<boolean> {
  if (pushTypes.length === 0) return false;
  const snap = await ctx.deps.db.snapshots.get(snapshotId('karbon', karbonKey));
  if (snap?.kind !== 'org') return false;
  const type = contactTypeOf(snap.summary) || contactTypeOf((snap.raw as KarbonEntity | undefined)?.record);
  if (!isPushedType(type, pushTypes)) return false;
  const link = await linkOfKarbonKey(ctx, karbonKey);
  if (link) {
    if (link.state !== 'linked' || link.remoteArchivedAt || link.kind !== 'org') return false;
    return guardRecord(ctx, `karbon:${karbonKey}`, () => pushPeopleToXpm(ctx, link));
  }
  if ((await waitingKeys(ctx)).has(karbonKey)) return false;
  if (await ctx.deps.db.issues.get(clashIssueId('xpm', karbonKey))) return false;
  return guardRecord(ctx, `karbon:${karbonKey}`, () => pushToXpm(ctx, karbonKey, { lookUp: true }));
}
