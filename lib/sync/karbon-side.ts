import { COMMON_FIELDS, type CanonicalContact, type ContactKind, type SyncedField } from '../model/canonical';
import { karbonToCanonical, type KarbonEntity } from '../model/karbon-mapping';
import { listVerdicts, type KarbonListRow } from '../model/karbon-list-row';
import type { RunContext } from './context';
import { currentKarbonDetail, getKarbonSnapshot } from './karbon-snapshots';

/** The Karbon side of a pair as a run compares it: its values, and its detail when held current or just read. */
export interface KarbonSide {
  kind: ContactKind;
  values: CanonicalContact;
  /** Needed to write the record (its card's key and contents); absent when the list row alone settled the values. */
  entity?: KarbonEntity;
  /** Dry run only: fields the list row could not show, assumed equal to what they were compared with. */
  unknown: SyncedField[];
}

/**
 * The Karbon values of `key` for comparing with `expected` (a pair's base, or the Xero values of a first match),
 * reading as little as possible: the held detail when it is current; else the list row, when it shows every field
 * exactly or equal to `expected` (organization rows carry no address, so only the detail shows it); else one detail
 * read. A dry run never reads a detail: it counts the read the real run will make and assumes the unknown fields equal.
 */
export async function karbonSide(
  ctx: RunContext,
  kind: ContactKind,
  key: string,
  expected: CanonicalContact,
  fields: readonly SyncedField[] = COMMON_FIELDS,
): Promise<KarbonSide | undefined> {
  const snap = await getKarbonSnapshot(ctx, key);
  const heldKind = snap?.kind ?? kind;
  if (snap?.raw && snap.detailModifiedAt && snap.detailModifiedAt === snap.modifiedAt) {
    const entity = snap.raw as KarbonEntity;
    return { kind: heldKind, values: karbonToCanonical(entity), entity, unknown: [] };
  }
  const row = snap?.summary as KarbonListRow | undefined;
  if (row) {
    const verdicts = listVerdicts(row, heldKind, expected, fields);
    // Only the fields the pair syncs matter (a Xero pair never needs Karbon's street address).
    const unknown = fields.filter((f) => verdicts[f] === 'unknown');
    const values: CanonicalContact = {
      ...expected,
      ...(verdicts.name === 'differs' ? { name: (row.FullName ?? '').trim() } : {}),
      ...(verdicts.email === 'differs' ? { email: (row.EmailAddress ?? '').trim() } : {}),
    };
    if (unknown.length === 0) return { kind: heldKind, values, unknown };
    if (ctx.dryRun) {
      ctx.stats.reads.karbonDetails++;
      return { kind: heldKind, values, unknown };
    }
  } else if (ctx.dryRun) {
    ctx.stats.reads.karbonDetails++;
    return { kind: heldKind, values: expected, unknown: [...fields] };
  }
  const entity = await currentKarbonDetail(ctx, heldKind, key);
  return entity && { kind: entity.kind, values: karbonToCanonical(entity), entity, unknown: [] };
}

/**
 * The detail a write to this record needs: the side's own, else one read (a dry run counts it once, unless the side
 * already counted one). Undefined when the record is gone (or in a dry run, which writes nothing).
 */
export async function detailForWrite(
  ctx: RunContext,
  side: KarbonSide,
  key: string,
): Promise<KarbonEntity | undefined> {
  if (side.entity) return side.entity;
  if (ctx.dryRun) {
    if (side.unknown.length === 0) ctx.stats.reads.karbonDetails++;
    return undefined;
  }
  return currentKarbonDetail(ctx, side.kind, key);
}
