import { SYNCED_FIELDS, type CanonicalContact, type SyncedField } from '../model/canonical';
import { sameValue } from '../model/normalize';

/**
 * The synced fields whose values really differ between a Karbon record and its remote pair ("02 6091 2038" and
 * "+61 2 6091 2038" are the same number), for the panel to highlight: decided here, so the country and phone tables
 * stay out of the content script.
 */
export function differingFields(karbon?: CanonicalContact, remote?: CanonicalContact): SyncedField[] {
  if (!karbon || !remote) return [];
  return SYNCED_FIELDS.filter((field) => !sameValue(field, karbon[field], remote[field]));
}
