import { parseXeroDate } from '../../api/xero-date';
import { sameValue } from '../../model/normalize';
import { joinPersonName } from '../../model/person-name';
import { karbonNameFields } from '../../model/karbon-mapping';
import type { XeroContactWire } from '../../model/wire-types';
import { canonicalToXero, xeroLooksLikePerson, xeroToCanonical } from '../../model/xero-mapping';
import { CURSOR, stableHash } from '../keys';
import { sendOnce } from '../outbox';
import type { Classification, XeroWriteOutcome } from '../ports';
import type { RemoteAdapter, RemoteUpdate } from '../remote-adapter';
import type { RunContext } from '../context';
import { RECORD_ATTEMPTS, RECORD_RETRY_BACKOFF_MS, isTransient, recordFailure, stopsTheRun } from '../record-errors';
import { refuseUpdate } from '../refused-values';
import { RECORDS_IN_FLIGHT } from '../in-flight';

/** Contacts per POST (Xero recommends about 50 per request). */
export const XERO_BATCH_SIZE = 50;

/** A Xero contact's UpdatedDateUTC as an ISO string ('' when missing). */
export function xeroStamp(contact: XeroContactWire): string {
  return parseXeroDate(contact.UpdatedDateUTC)?.toISOString() ?? '';
}

/** True when the contact is archived (or otherwise not active) in Xero. */
export function isArchived(contact: XeroContactWire): boolean {
  return (contact.ContactStatus ?? 'ACTIVE') !== 'ACTIVE';
}

/** The request body element for an update: always ContactID and Name (Xero rejects elements without a Name). */
export function updateInput(update: RemoteUpdate): XeroContactWire {
  const name = update.patch.name ?? update.before.name;
  return { ContactID: update.remoteId, ...canonicalToXero({ ...update.patch, name }, update.kind) };
}

/**
 * Karbon's name fields for a created record: Xero's own FirstName/LastName when they spell the name, else the
 * classifier's split (surname-first names the right way round) or the name without its notes.
 */
function karbonCreateFields(decision: Classification, contact: XeroContactWire, name: string): Record<string, unknown> {
  if (decision.kind === 'person') {
    if (
      contact.FirstName &&
      contact.LastName &&
      sameValue('name', joinPersonName(contact.FirstName, contact.LastName), name)
    ) {
      return { FirstName: contact.FirstName, LastName: contact.LastName };
    }
    if (decision.personName?.first && decision.personName.last) {
      return { FirstName: decision.personName.first, LastName: decision.personName.last };
    }
  }
  return karbonNameFields(decision.kind, decision.karbonName || name);
}

/** Xero Accounting contacts as a remote system of the engine (G1-G10). */
export const xeroRemote: RemoteAdapter<XeroContactWire> = {
  system: 'xero',
  cursorId: CURSOR.xero,
  noun: 'Xero contact',
  cursorOverlapMs: 1000,
  orderedStamps: true,
  recordsInFlight: RECORDS_IN_FLIGHT,
  id: (contact) => contact.ContactID ?? '',
  sourceKey: (contact) => ({ system: 'xero', id: contact.ContactID ?? '' }),
  personName: (contact) =>
    contact.FirstName && contact.LastName ? { first: contact.FirstName, last: contact.LastName } : undefined,
  stamp: xeroStamp,
  isArchived,
  toCanonical: xeroToCanonical,
  guessKind: (contact) => (xeroLooksLikePerson(contact) ? 'person' : 'org'),
  pushedKarbonKey: (contact) => contact.ContactNumber ?? undefined,
  mergedInto: (contact) => contact.MergedToContactID ?? undefined,
  matchInput: (contact) => ({
    id: contact.ContactID ?? '',
    name: contact.Name ?? '',
    email: contact.EmailAddress ?? undefined,
    firstName: contact.FirstName ?? undefined,
    lastName: contact.LastName ?? undefined,
  }),
  importable: async () => true,

  async planKarbon(ctx, contact, forcedKind) {
    const suggested = ctx.deps.classify(contact);
    const classified = forcedKind ? { ...suggested, kind: forcedKind, confidence: 1 } : suggested;
    const values = xeroToCanonical(contact);
    // Karbon requires a first and a last name; a one-word "person" can only be created as an organization.
    const oneWord = values.name.trim().split(/\s+/).length < 2 && !(contact.FirstName && contact.LastName);
    const decision = classified.kind === 'person' && oneWord ? { ...classified, kind: 'org' as const } : classified;
    return {
      kind: decision.kind,
      confidence: decision.confidence,
      fields: karbonCreateFields(decision, contact, values.name),
      reasons: [...(suggested.reasons ?? [])],
      ...(forcedKind ? { confirmedByUser: true } : {}),
    };
  },

  typeReview(ctx, contact) {
    const classification = ctx.deps.classify(contact);
    if (!classification.review) return undefined;
    return {
      kind: classification.kind,
      confidence: classification.confidence,
      reasons: [classification.review, ...(classification.reasons ?? [])],
    };
  },

  async *pages(ctx, since) {
    for await (const batch of ctx.deps.xero.listContactPages(since ? { modifiedSince: since } : {})) {
      const total = batch.itemCount === undefined ? {} : { itemCount: batch.itemCount };
      yield { records: batch.records, ...(batch.rejected ? { rejected: batch.rejected } : {}), ...total };
    }
  },
  get: (ctx, id) => ctx.deps.xero.getContact(id),

  /**
   * Sends updates in batches of 50 under one idempotency key per batch (a retried run replays instead of writing
   * twice). A contact Xero refuses becomes a `rejected-write` issue with Xero's message and the refused value; a batch
   * that still fails after its retries becomes a `sync-error` issue on each of its pairs (their changes stay pending).
   */
  async flush(ctx, queue, accepted) {
    for (let i = 0; i < queue.length; i += XERO_BATCH_SIZE) {
      const batch = queue.slice(i, i + XERO_BATCH_SIZE);
      const inputs = batch.map(updateInput);
      if (ctx.dryRun) {
        ctx.stats.writes.xero++;
        continue;
      }
      // Same body against the same version = the same write (a retry); against a newer version it is a new one.
      const key = `sync:${stableHash({ inputs, versions: batch.map((u) => u.remoteStamp) })}`;
      ctx.progress({ phase: 'push', list: 'xero:contacts', processed: i + batch.length });
      const sent = await sendBatch(ctx, key, inputs);
      if (!sent.ok) {
        ctx.stats.failedWrites.xero++;
        for (const update of batch) {
          await recordFailure(ctx, update.remoteId, `Xero update failed: ${sent.message}`, [update.karbonKey]);
        }
        continue;
      }
      ctx.stats.writes.xero++;
      for (const result of sent.results) {
        const update = batch[result.index];
        if (!update) continue;
        if (result.ok) await accepted(update, result.contact);
        else await refuseUpdate(ctx, update, result.errors);
      }
    }
  },
};

/** One batch, retried within the run while the failure is transient (the same key makes a repeat a replay). */
async function sendBatch(
  ctx: RunContext,
  key: string,
  inputs: XeroContactWire[],
): Promise<{ ok: true; results: XeroWriteOutcome[] } | { ok: false; message: string }> {
  for (let attempt = 1; ; attempt++) {
    try {
      const results = await sendOnce(
        ctx.deps.db,
        { key, system: 'xero', op: 'update', payload: inputs, now: ctx.deps.now() },
        () => ctx.deps.xero.updateContacts(inputs, { idempotencyKey: key }),
      );
      return { ok: true, results };
    } catch (error) {
      if (stopsTheRun(error)) throw error;
      if (isTransient(error) && attempt < RECORD_ATTEMPTS) {
        ctx.stats.failedWrites.xero++;
        await ctx.deps.sleep(RECORD_RETRY_BACKOFF_MS[attempt - 1] ?? RECORD_RETRY_BACKOFF_MS[0]);
        continue;
      }
      return { ok: false, message: error instanceof Error ? error.message : String(error) };
    }
  }
}
