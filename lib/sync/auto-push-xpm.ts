import { clashIssueId } from './keys';
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
  const waiting = new Set(
    (await db.issues.where('[state+system]').equals(['open', 'xpm']).toArray()).flatMap((i) =>
      i.kind === 'sync-error' ? [] : i.karbonKeys,
    ),
  );
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
