import { COMMON_FIELDS, type CanonicalContact, type SyncedField } from '../model/canonical';
import { fieldKey, sameValue } from '../model/normalize';
import { joinPersonName } from '../model/person-name';
import {
  applyToKarbonCard,
  karbonKeyOf,
  karbonNameFields,
  karbonToCanonical,
  primaryCard,
  type KarbonEntity,
} from '../model/karbon-mapping';
import type { LinkRow } from '../db/rows';
import type { RunContext } from './context';
import { karbonCreateKey } from './keys';
import { newLink, saveLink } from './link-ops';
import { reconcileLink } from './reconcile-link';
import type { RemoteAdapter, RemoteUpdate } from './remote-adapter';

const EMPTY: CanonicalContact = { name: '', email: '', phone: null, address: null, street: null };

/** How Karbon would show `remote`'s value of `field` if the sync wrote it (Karbon cannot hold every value exactly). */
function karbonShows(
  entity: KarbonEntity,
  field: SyncedField,
  remote: CanonicalContact,
  streetApart: boolean,
): CanonicalContact[SyncedField] {
  if (field === 'name')
    return karbonToCanonical({
      ...entity,
      record: { ...entity.record, ...karbonNameFields(entity.kind, remote.name) },
    } as KarbonEntity).name;
  const card = applyToKarbonCard(
    primaryCard(entity.record.BusinessCards) ?? {},
    { [field]: remote[field] },
    { streetApart },
  );
  return karbonToCanonical({ ...entity, record: { ...entity.record, BusinessCards: [card] } } as KarbonEntity)[field];
}

/**
 * The base and echo of a pair the sync created in another browser (or an earlier install), whose agreed values this
 * database never saw. A field both sides show alike (or Karbon shows as the sync would have written it) is agreed; a
 * field that differs has no known base, so reconciling fills a blank side or raises a field conflict, never picks.
 */
export function adoptedBase(
  entity: KarbonEntity,
  record: unknown,
  adapter: Pick<RemoteAdapter, 'toCanonical' | 'personName' | 'syncedFields' | 'streetAddress'>,
): { base: CanonicalContact; karbonEcho: Partial<Record<SyncedField, string>> } {
  const remote = adapter.toCanonical(record);
  const fields = adapter.syncedFields?.(record) ?? COMMON_FIELDS;
  const karbon = karbonToCanonical(entity);
  const base: CanonicalContact = { ...remote };
  const karbonEcho: Partial<Record<SyncedField, string>> = {};
  const person = adapter.personName(record);
  const createdName = person ? joinPersonName(person.first, person.last) : undefined;
  for (const field of fields) {
    if (sameValue(field, remote[field], karbon[field])) continue;
    const shown = karbonShows(entity, field, remote, adapter.streetAddress === true);
    const echoed =
      sameValue(field, shown, karbon[field]) ||
      (field === 'name' &&
        entity.kind === 'person' &&
        createdName !== undefined &&
        sameValue('name', createdName, karbon.name));
    if (echoed) karbonEcho[field] = fieldKey(field, karbon[field]);
    else Object.assign(base, { [field]: EMPTY[field] });
  }
  return { base, karbonEcho };
}

/**
 * Links a remote record to the Karbon record keyed to it (UserDefinedIdentifier) that someone else's sync created,
 * then reconciles the pair; when both sides already agree this writes nothing anywhere.
 */
export async function adoptKarbonRecord(
  ctx: RunContext,
  record: unknown,
  entity: KarbonEntity,
  queue: RemoteUpdate[],
): Promise<LinkRow> {
  const remoteId = ctx.remote.id(record);
  const { base, karbonEcho } = adoptedBase(entity, record, ctx.remote);
  const link: LinkRow = {
    ...newLink(ctx, remoteId, karbonKeyOf(entity), entity.kind, 'created-in-karbon', base),
    ...(Object.keys(karbonEcho).length > 0 ? { karbonEcho } : {}),
  };
  await saveLink(ctx, link);
  // A create of this record left pending here (a crash) is settled by the record found: nothing to resend.
  const pending = await ctx.deps.db.outbox.get(karbonCreateKey(ctx.system, remoteId));
  if (pending?.state === 'pending' && !ctx.dryRun) {
    await ctx.deps.db.outbox.update(pending.key, { state: 'done', doneAt: ctx.deps.now(), result: entity });
  }
  await reconcileLink(ctx, link, record, queue);
  return link;
}
