import type { ApiError } from '../api/api-error';
import { SYNCED_FIELDS, type CanonicalContact, type CanonicalPatch, type SyncedField } from '../model/canonical';
import { sameValue } from '../model/normalize';
import type { AnySystem, IssueRow, LinkRow } from '../db/rows';
import type { RunContext } from './context';
import { closeIssue, raiseIssue } from './issues';
import type { RemoteUpdate } from './remote-adapter';

/** The system a value was sent to (and refused by). */
export type RefusingSystem = AnySystem;

/** Deterministic id of the issue holding the value one system refused for one field of a pair. */
export const refusedIssueId = (linkId: string, field: SyncedField): string => `refused:${linkId}:${field}`;

/** The pair an issue is about. */
export type PairRef = Pick<LinkRow, 'id' | 'system' | 'remoteId' | 'karbonKey'>;

/** The refused value itself: Karbon's when Xero refused it, Xero's when Karbon refused it. */
export function refusedValue(issue: IssueRow): unknown {
  return issue.refusedBy === 'karbon' ? issue.remoteValue : issue.karbonValue;
}

/**
 * Raises a `rejected-write` issue on the pair with the refusing system's own message and the value it refused; until
 * that value changes on either side it is not sent again (see `holdBackRefused`).
 */
export async function raiseRefused(
  ctx: RunContext,
  pair: PairRef,
  field: SyncedField,
  values: { karbon: unknown; remote: unknown },
  refusedBy: RefusingSystem,
  message: string,
): Promise<void> {
  const id = refusedIssueId(pair.id, field);
  ctx.stats.refused++;
  // Refused again after a change is a new refusal: reopen it even if the last one was resolved.
  if (!ctx.dryRun) await ctx.deps.db.issues.delete(id);
  await raiseIssue(ctx, {
    id,
    system: pair.system,
    kind: 'rejected-write',
    state: 'open',
    remoteId: pair.remoteId,
    karbonKeys: [pair.karbonKey],
    linkId: pair.id,
    field,
    karbonValue: values.karbon,
    remoteValue: values.remote,
    message,
    refusedBy,
    createdAt: ctx.deps.now(),
  });
}

/**
 * Drops from `patch` (bound for `target`) every field whose value `target` already refused and that has not changed
 * since; a refusal whose value changed (or that nothing is bound for any more) is closed, so the new value travels.
 */
export async function holdBackRefused(
  ctx: RunContext,
  linkId: string,
  patch: CanonicalPatch,
  target: RefusingSystem,
): Promise<CanonicalPatch> {
  const issues = await ctx.deps.db.issues.bulkGet(SYNCED_FIELDS.map((f) => refusedIssueId(linkId, f)));
  const kept: CanonicalPatch = { ...patch };
  for (const issue of issues) {
    if (issue?.state !== 'open' || issue.refusedBy !== target || !issue.field) continue;
    const field = issue.field;
    const pending = patch[field];
    if (pending !== undefined && sameValue(field, pending as never, refusedValue(issue) as never)) {
      delete kept[field];
    } else {
      await closeIssue(ctx, issue.id, 'changed');
    }
  }
  return kept;
}

/** Closes the refusal of a field once a value for it went through. */
export async function closeRefused(ctx: RunContext, linkId: string, fields: readonly SyncedField[]): Promise<void> {
  for (const field of fields) await closeIssue(ctx, refusedIssueId(linkId, field), 'accepted');
}

/**
 * Which fields a refusal message is about (Xero names them in words: "Email address must be valid", "The contact
 * name ... is already assigned"); all the sent fields when it names none of them.
 */
export function fieldsNamedIn(messages: readonly string[], sent: readonly SyncedField[]): SyncedField[] {
  const text = messages.join(' ').toLowerCase();
  const words: Record<SyncedField, RegExp> = {
    name: /\bname\b|firstname|lastname/,
    email: /email/,
    phone: /phone/,
    // XPM names its street elements bare (<Address>, <City>) and its postal ones with a prefix (<PostalAddress>).
    address: /(?<!email ?|<)address|(?<!<)city|(?<!<)region|postal/,
    street: /street|physical|<(?:address|city|region|postcode|country)>/,
  };
  const named = sent.filter((f) => words[f].test(text));
  return named.length > 0 ? named : [...sent];
}

const SYSTEM_LABEL: Record<RefusingSystem, string> = { xero: 'Xero', xpm: 'XPM', karbon: 'Karbon' };

/**
 * The run's remote system refused one update (a 4xx validation answer, an XPM `<Status>ERROR</Status>`): one
 * `rejected-write` issue per refused field with the system's own message and the value it refused, held back until
 * that value changes on either side.
 */
export async function refuseUpdate(ctx: RunContext, update: RemoteUpdate, errors: readonly string[]): Promise<void> {
  const label = SYSTEM_LABEL[ctx.system];
  ctx.stats.failedWrites[ctx.system]++;
  ctx.progress({ phase: 'error', message: `${label} refused ${update.remoteId}: ${errors.join('; ')}` });
  const sent = SYNCED_FIELDS.filter((f) => update.patch[f] !== undefined);
  const pair = { id: update.linkId, system: ctx.system, remoteId: update.remoteId, karbonKey: update.karbonKey };
  for (const field of fieldsNamedIn(errors, sent)) {
    const values = { karbon: update.patch[field], remote: update.before[field] };
    await raiseRefused(ctx, pair, field, values, ctx.system, `${label} refused it: ${errors.join('; ')}`);
  }
}

/** Karbon's words for each synced field: its property names ("The field Number must be ...") and its labels. */
const KARBON_FIELD_WORDS: Record<SyncedField, RegExp> = {
  name: /fullname|firstname|lastname|\bname\b/,
  email: /email/,
  phone: /phone|\bnumber\b/,
  address: /(?<!email ?)address|\bcity\b|stateprovincecounty|zipcode/,
  // Both addresses are entries of the card's Addresses: a message about one cannot tell which.
  street: /(?<!email ?)address|\bcity\b|stateprovincecounty|zipcode/,
};

/** Which fields a Karbon refusal names (its messages name the property); all the sent fields when it names none. */
export function karbonFieldsNamedIn(message: string, sent: readonly SyncedField[]): SyncedField[] {
  const text = message.toLowerCase();
  const named = sent.filter((f) => KARBON_FIELD_WORDS[f].test(text));
  return named.length > 0 ? named : [...sent];
}

/**
 * Collects what Karbon refuses while a patch is written onto one pair (`writeKarbon`'s `onRefused`): each refused
 * field becomes a `rejected-write` issue with Karbon's message, Karbon's value and the value refused.
 */
export function karbonRefusals(
  ctx: RunContext,
  pair: PairRef,
  values: { karbon: CanonicalContact; remote: CanonicalContact },
) {
  const refused = new Set<SyncedField>();
  return {
    refused,
    onRefused: async (fields: SyncedField[], error: ApiError): Promise<void> => {
      for (const field of fields) {
        refused.add(field);
        const pairValues = { karbon: values.karbon[field], remote: values.remote[field] };
        await raiseRefused(ctx, pair, field, pairValues, 'karbon', `Karbon refused it: ${error.message}`);
      }
    },
  };
}
