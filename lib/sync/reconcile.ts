import { SYNCED_FIELDS, type CanonicalContact, type CanonicalPatch, type SyncedField } from '../model/canonical';
import { fieldKey, sameValue } from '../model/normalize';

/** Both sides changed one field to different values since the last agreed value. */
export interface FieldConflict {
  field: SyncedField;
  base: unknown;
  karbon: unknown;
  remote: unknown;
}

/** What one linked pair needs: writes to each side, the next base, and the fields in conflict. */
export interface ReconcileResult {
  toKarbon: CanonicalPatch;
  toRemote: CanonicalPatch;
  newBase: CanonicalContact;
  conflicts: FieldConflict[];
}

function setField<F extends SyncedField>(target: CanonicalPatch, field: F, value: CanonicalContact[F]): void {
  target[field] = value;
}

/**
 * Three-way merge of one linked pair, field by field, against `base`: a change on one side is written to the other
 * (in the changing user's own formatting), equal changes on both sides just move the base, and different changes on
 * both sides become a conflict that writes nothing, while the other fields keep syncing.
 */
export function reconcile(
  base: CanonicalContact,
  karbon: CanonicalContact,
  remote: CanonicalContact,
  karbonEcho: Partial<Record<SyncedField, string>> = {},
  fields: readonly SyncedField[] = SYNCED_FIELDS,
): ReconcileResult {
  const toKarbon: CanonicalPatch = {};
  const toRemote: CanonicalPatch = {};
  const newBase: CanonicalContact = { ...base };
  const conflicts: FieldConflict[] = [];
  for (const field of fields) {
    const karbonChanged =
      !sameValue(field, base[field], karbon[field]) && karbonEcho[field] !== fieldKey(field, karbon[field]);
    const remoteChanged = !sameValue(field, base[field], remote[field]);
    if (karbonChanged && remoteChanged) {
      if (sameValue(field, karbon[field], remote[field])) setField(newBase, field, remote[field]);
      else conflicts.push({ field, base: base[field], karbon: karbon[field], remote: remote[field] });
    } else if ((karbonChanged && emptied(field, karbon)) || (remoteChanged && emptied(field, remote))) {
      // A value that went empty on one side is never copied as a blank: someone decides (a removed card, say).
      conflicts.push({ field, base: base[field], karbon: karbon[field], remote: remote[field] });
    } else if (karbonChanged) {
      setField(toRemote, field, karbon[field]);
      setField(newBase, field, karbon[field]);
    } else if (remoteChanged) {
      setField(toKarbon, field, remote[field]);
      setField(newBase, field, remote[field]);
    }
  }
  return { toKarbon, toRemote, newBase, conflicts };
}

/** True when a field holds no value (an empty name or email, no phone, a blank address). */
export function isBlank<F extends SyncedField>(field: F, value: CanonicalContact[F]): boolean {
  return fieldKey(field, value) === '';
}

const emptied = (field: SyncedField, side: CanonicalContact) => isBlank(field, side[field]);

/**
 * The patch that makes `target` equal `source` where `source` has a value (used when one side wins): an empty value
 * on the winning side never blanks the other (on a first link, Xero's missing address leaves Karbon's in place).
 */
export function overwritePatch(source: CanonicalContact, target: CanonicalContact): CanonicalPatch {
  const patch: CanonicalPatch = {};
  for (const field of SYNCED_FIELDS) {
    if (isBlank(field, source[field])) continue;
    if (!sameValue(field, source[field], target[field])) setField(patch, field, source[field]);
  }
  return patch;
}

/** `contact` with `patch` applied. */
export function applyPatch(contact: CanonicalContact, patch: CanonicalPatch): CanonicalContact {
  return { ...contact, ...patch };
}

/** True when a patch changes nothing. */
export function isEmptyPatch(patch: CanonicalPatch): boolean {
  return Object.keys(patch).length === 0;
}

/** Where Karbon shows `base` differently once written (a lossy field), the keys of what it shows (see LinkRow). */
export function karbonEchoOf(
  base: CanonicalContact,
  karbon: CanonicalContact,
  fields: readonly SyncedField[] = SYNCED_FIELDS,
  previous: Partial<Record<SyncedField, string>> = {},
): Partial<Record<SyncedField, string>> {
  const echo = { ...previous };
  for (const field of fields) {
    if (sameValue(field, base[field], karbon[field])) delete echo[field];
    else echo[field] = fieldKey(field, karbon[field]);
  }
  return echo;
}
