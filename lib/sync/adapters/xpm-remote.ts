import { ApiError } from '../../api/api-error';
import { SYNCED_FIELDS } from '../../model/canonical';
import { DEFAULT_PERSON_BUSINESS_TYPES, kindFromBusinessType } from '../../classify/xpm-business-type';
import { karbonNameFields } from '../../model/karbon-mapping';
import { sameValue } from '../../model/normalize';
import { joinPersonName } from '../../model/person-name';
import type { XpmClientWire, XpmContactWire } from '../../model/wire-types';
import {
  canonicalToXpmClient,
  canonicalToXpmContact,
  xpmClientToCanonical,
  xpmContactToCanonical,
} from '../../model/xpm-mapping';
import type { RunContext } from '../context';
import { makeLinkId, snapshotId, stableHash } from '../keys';
import { sendOnce } from '../outbox';
import { isRefusal, recordFailure, stopsTheRun } from '../record-errors';
import { refuseUpdate } from '../refused-values';
import type { RemoteAdapter, RemoteUpdate } from '../remote-adapter';

/** P1: which XPM records a run imports. */
export type XpmImportMode = 'clients' | 'clients-and-contacts';

/** The XPM settings a run follows (Options, or the CLI's `--xpm-mode`). */
export interface XpmSyncOptions {
  mode: XpmImportMode;
  /** P2: Business Types that become Karbon People (compared case-insensitively, trimmed). */
  personBusinessTypes: readonly string[];
  /** P5: Karbon Contact Types whose Organizations are pushed to XPM automatically. */
  pushContactTypes: readonly string[];
}

/** The settings of a firm that has not chosen any (Clients only; Individual and Sole Trader become People). */
export const DEFAULT_XPM_OPTIONS: XpmSyncOptions = {
  mode: 'clients',
  personBusinessTypes: DEFAULT_PERSON_BUSINESS_TYPES,
  pushContactTypes: [],
};

/**
 * One XPM record as the engine sees it: a client, or a contact under the client it was listed with (a contact
 * linked to several clients is one record: `owners` lists every client it was seen under, first one first).
 */
export type XpmRecord =
  { type: 'client'; client: XpmClientWire } | { type: 'contact'; contact: XpmContactWire; owners: string[] };

/** `client.api/list` carries no modification time, so a version is known by its content (our own write comes back equal). */
function contentStamp(record: XpmRecord): string {
  if (record.type === 'client') {
    return `h:${stableHash(record.client)}`;
  }
  const { Position: _position, IsPrimary: _primary, ...fields } = record.contact;
  return `h:${stableHash(fields)}`;
}

const yes = (v: string | null | undefined) => (v ?? '').trim().toLowerCase() === 'yes';

/** The XPM client the Karbon key was written to when the extension created it (P5): ExportCode holds the key. */
export const XPM_KEY_FIELD = 'ExportCode';

/** The Karbon key an XPM client made by the extension carries. */
export function pushedKey(client: XpmClientWire): string | undefined {
  return client.ExportCode?.trim() || undefined;
}

function personFields(client: XpmClientWire): Record<string, unknown> {
  const name = (client.Name ?? '').trim();
  // P2: the client's own FirstName/LastName when XPM has them (and they still spell its name), else a split of Name.
  if (client.FirstName?.trim() && client.LastName?.trim()) {
    if (sameValue('name', joinPersonName(client.FirstName, client.LastName), name) || !name) {
      return { FirstName: client.FirstName.trim(), LastName: client.LastName.trim() };
    }
  }
  return karbonNameFields('person', name);
}

/** The Karbon Organization key an XPM client is linked to (contacts of other clients are not imported, P3). */
async function organizationOf(ctx: RunContext, clientUuid: string): Promise<string | undefined> {
  const link = await ctx.deps.db.links.get(makeLinkId('xpm', clientUuid));
  return link && link.kind === 'org' && link.karbonKey ? link.karbonKey : undefined;
}

function invalid(message: string): ApiError {
  return new ApiError({ service: 'xpm', kind: 'invalid-record', message });
}

function xpm(ctx: RunContext) {
  if (!ctx.deps.xpm) throw new ApiError({ service: 'xpm', kind: 'not-connected', message: 'XPM is not connected' });
  return ctx.deps.xpm;
}

/** The XPM answer for one update, as the record the engine holds. */
async function sendUpdate(ctx: RunContext, update: RemoteUpdate): Promise<XpmRecord> {
  const record = update.record as XpmRecord | undefined;
  const port = xpm(ctx);
  if (record?.type === 'contact') {
    const fields = canonicalToXpmContact(update.patch);
    const owner = record.owners[0];
    const contact = await port.updateContact(update.remoteId, xpmStrings(fields), owner);
    return { type: 'contact', contact, owners: record.owners };
  }
  const name = update.patch.name ?? update.before.name;
  const client = await port.updateClient({
    UUID: update.remoteId,
    ...xpmStrings(canonicalToXpmClient({ ...update.patch, name })),
  });
  return { type: 'client', client };
}

/** The string-valued elements of a mapped wire record (XPM elements are all text). */
export function xpmStrings(wire: object): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(wire)) if (typeof v === 'string') out[k] = v;
  return out;
}

/** Xero Practice Manager clients (and, in Clients and Contacts mode, their contacts) as a remote system (P1-P8). */
export function createXpmRemote(options: XpmSyncOptions): RemoteAdapter<XpmRecord> {
  const kindOfClient = (client: XpmClientWire) =>
    kindFromBusinessType(client.BusinessStructure ?? undefined, options.personBusinessTypes);
  return {
    system: 'xpm',
    // One cursor per mode: switching to Clients and Contacts reads the whole list once, so existing clients' contacts
    // come in (records seen before are recognised by content and cost nothing).
    cursorId: options.mode === 'clients' ? 'xpm:clients' : 'xpm:clients-and-contacts',
    noun: 'XPM record',
    // Our clock and XPM's may disagree a little; a version seen before is skipped by its content anyway.
    cursorOverlapMs: 5 * 60_000,
    orderedStamps: false,
    recordsInFlight: 1,
    // P6: XPM clients keep a street address apart from the postal one (Karbon's Physical and Mailing addresses).
    streetAddress: true,
    id: (r) => (r.type === 'client' ? (r.client.UUID ?? '') : (r.contact.UUID ?? '')),
    sourceKey: (r) =>
      r.type === 'client'
        ? { system: 'xpm-client', id: r.client.UUID ?? '' }
        : { system: 'xpm-contact', id: r.contact.UUID ?? '' },
    personName: (r) =>
      r.type === 'client' && r.client.FirstName?.trim() && r.client.LastName?.trim()
        ? { first: r.client.FirstName.trim(), last: r.client.LastName.trim() }
        : undefined,
    stamp: contentStamp,
    // P8: archived or deleted in XPM stops the pair; the Karbon record is never touched.
    isArchived: (r) =>
      r.type === 'client' ? yes(r.client.IsArchived) || yes(r.client.IsDeleted) : yes(r.contact.IsDeleted),
    toCanonical: (r) => (r.type === 'client' ? xpmClientToCanonical(r.client) : xpmContactToCanonical(r.contact)),
    guessKind: (r) => (r.type === 'client' ? kindOfClient(r.client) : 'person'),
    pushedKarbonKey: (r) => (r.type === 'client' ? pushedKey(r.client) : undefined),
    mergedInto: () => undefined,
    webUrl: (r) => (r.type === 'client' && typeof r.client.WebUrl === 'string' ? r.client.WebUrl : undefined),
    // XPM contacts have no address: those fields are left to Karbon.
    syncedFields: (r) => (r.type === 'client' ? SYNCED_FIELDS : ['name', 'email', 'phone']),
    matchInput: (r) =>
      r.type === 'client'
        ? {
            id: r.client.UUID ?? '',
            name: r.client.Name ?? '',
            email: r.client.Email ?? undefined,
            firstName: r.client.FirstName ?? undefined,
            lastName: r.client.LastName ?? undefined,
          }
        : { id: r.contact.UUID ?? '', name: r.contact.Name ?? '', email: r.contact.Email ?? undefined },

    async importable(ctx, r) {
      if (r.type === 'client') {
        if (!(r.client.Name ?? '').trim()) throw invalid('The XPM client has no name: give it one in XPM');
        return true;
      }
      // P3: contacts only in Clients and Contacts mode, and only of clients linked to an Organization (so never of an
      // Individual or Sole Trader client, which is a Karbon Person).
      if (options.mode !== 'clients-and-contacts') return false;
      for (const owner of r.owners) if (await organizationOf(ctx, owner)) return true;
      return false;
    },

    async planKarbon(ctx, r, forcedKind) {
      if (r.type === 'client') {
        const type = (r.client.BusinessStructure ?? '').trim();
        if (!type && !forcedKind) {
          throw invalid(`XPM client "${r.client.Name ?? ''}" has no Business Type: set one in XPM to import it`);
        }
        const kind = forcedKind ?? kindOfClient(r.client);
        const name = (r.client.Name ?? '').trim();
        return { kind, confidence: 1, fields: kind === 'person' ? personFields(r.client) : { FullName: name } };
      }
      let organization: string | undefined;
      for (const owner of r.owners) organization ??= await organizationOf(ctx, owner);
      const fields = karbonNameFields('person', (r.contact.Name ?? '').trim());
      const position = r.contact.Position?.trim();
      return {
        kind: 'person',
        confidence: 1,
        fields,
        card: {
          ...(organization ? { OrganizationKey: organization } : {}),
          ...(position ? { RoleOrTitle: position } : {}),
        },
      };
    },

    async *pages(ctx, since) {
      const listedAt = new Date(ctx.deps.now()).toISOString();
      // One read for the whole run: client.api/list has no paging, and detailed=true carries the contacts (A2).
      const list = await xpm(ctx).listClients({ detailed: true, ...(since ? { modifiedSince: since } : {}) });
      const records: XpmRecord[] = [];
      const contacts = new Map<string, { type: 'contact'; contact: XpmContactWire; owners: string[] }>();
      for (const client of list.records) {
        const { Contacts: nested, ...fields } = client;
        records.push({ type: 'client', client: fields });
        for (const contact of nested ?? []) {
          const uuid = contact.UUID ?? '';
          const seen = contacts.get(uuid);
          if (seen) seen.owners.push(client.UUID ?? '');
          else {
            const record = { type: 'contact' as const, contact, owners: [client.UUID ?? ''] };
            contacts.set(uuid, record);
            records.push(record);
          }
        }
      }
      yield { records, ...(list.rejected ? { rejected: list.rejected } : {}), highWater: listedAt };
    },

    async get(ctx, id) {
      const snap = await ctx.deps.db.snapshots.get(snapshotId('xpm', id));
      const held = snap?.raw as XpmRecord | undefined;
      if (held?.type === 'contact') {
        for (const owner of held.owners) {
          const client = await xpm(ctx).getClient(owner);
          const contact = client?.Contacts?.find((c) => c.UUID === id);
          if (contact) return { type: 'contact', contact, owners: held.owners };
        }
        return undefined;
      }
      const client = await xpm(ctx).getClient(id);
      if (!client) return undefined;
      const { Contacts: _contacts, ...fields } = client;
      return { type: 'client', client: fields };
    },

    /**
     * One call per changed record (XPM has no batch update); a retried run replays a write it already made. A value
     * XPM refuses becomes a `rejected-write` issue with XPM's message, not sent again until it changes.
     */
    async flush(ctx, queue, accepted) {
      for (const update of queue) {
        if (ctx.dryRun) {
          ctx.stats.writes.xpm++;
          continue;
        }
        const key = `xpm:sync:${stableHash({ id: update.remoteId, patch: update.patch, version: update.remoteStamp })}`;
        ctx.progress({ phase: 'push', list: 'xpm:clients' });
        try {
          const record = await sendOnce(
            ctx.deps.db,
            { key, system: 'xpm', op: 'update', recordId: update.remoteId, payload: update.patch, now: ctx.deps.now() },
            () => sendUpdate(ctx, update),
          );
          ctx.stats.writes.xpm++;
          await accepted(update, record);
        } catch (error) {
          if (stopsTheRun(error)) throw error;
          if (isRefusal(error)) {
            // XPM refused the values (`<Status>ERROR</Status>`, even with HTTP 200): held back until they change.
            await ctx.deps.db.outbox.delete(key);
            await refuseUpdate(ctx, update, [error.message]);
            continue;
          }
          // The pair's changes stay pending; the record gets a `sync-error` issue and is retried next run.
          ctx.stats.failedWrites.xpm++;
          await recordFailure(ctx, update.remoteId, `XPM update failed: ${String(error)}`, [update.karbonKey]);
        }
      }
    },
  };
}
