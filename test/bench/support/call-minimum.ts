import { matchAll } from '../../../lib/match/match-all';
import type { MatchRecord } from '../../../lib/match/types';
import type { ContactKind } from '../../../lib/model/canonical';
import { karbonToCanonical, type KarbonEntity } from '../../../lib/model/karbon-mapping';
import type { XeroContactWire } from '../../../lib/model/wire-types';
import { xeroToCanonical } from '../../../lib/model/xero-mapping';
import { overwritePatch } from '../../../lib/sync/reconcile';
import type { Dataset } from '../../sandbox/core/types';

/** Largest pages the APIs serve: Xero Contacts 1,000 per page, Karbon lists 100 ($top). */
export const XERO_PAGE = 1000;
export const KARBON_PAGE = 100;

/** Fewest calls per service for a scenario, with the reasoning per part (printed under the entry). */
export interface CallMinimum {
  xero: number;
  karbon: number;
  xpm: number;
  parts: string[];
}

interface KarbonRecord {
  kind: ContactKind;
  entity: KarbonEntity;
  match: MatchRecord;
}

function karbonRecords(dataset: Dataset): KarbonRecord[] {
  const karbon = (dataset.karbon ?? {}) as { contacts?: unknown[]; organizations?: unknown[] };
  const of = (kind: ContactKind, raw: unknown): KarbonRecord => {
    const entity = { kind, record: raw } as KarbonEntity;
    const values = karbonToCanonical(entity);
    const key = String((raw as Record<string, unknown>)[kind === 'person' ? 'ContactKey' : 'OrganizationKey']);
    return { kind, entity, match: { id: key, name: values.name, email: values.email } };
  };
  return [
    ...(karbon.contacts ?? []).map((r) => of('person', r)),
    ...(karbon.organizations ?? []).map((r) => of('org', r)),
  ];
}

/**
 * The fewest calls of a first real sync of `dataset` (Xero into Karbon, DESIGN.md section 6):
 * - Xero: ceil(N / 1,000) list pages; the initial import writes nothing to Xero.
 * - Karbon: ceil(people / 100) + ceil(organizations / 100) list pages; one POST per contact with no match (its
 *   business card inline); for a full match whose values differ, one detail read (the card's key and contents: PUT
 *   replaces the whole card) plus a PATCH when the name differs and a PUT when the card differs; for a full match with
 *   an organization whose Xero contact has an address, one detail read, since organization list rows carry no address.
 * Full matches and creates are as the product's matcher decides them; differences by the product's field comparison.
 */
export function initialImportMinimum(dataset: Dataset): CallMinimum {
  const karbon = karbonRecords(dataset);
  const byKey = new Map(karbon.map((k) => [k.match.id, k]));
  const xero = ((dataset.xero as { contacts?: XeroContactWire[] } | undefined)?.contacts ?? []).filter(
    (c) => c.ContactStatus !== 'ARCHIVED',
  );
  const remote: MatchRecord[] = xero.map((c, i) => ({
    id: String(i),
    name: c.Name ?? '',
    email: c.EmailAddress ?? undefined,
    firstName: c.FirstName ?? undefined,
    lastName: c.LastName ?? undefined,
  }));
  let creates = 0;
  let writtenPairs = 0;
  let writes = 0;
  let addressChecks = 0;
  matchAll(
    karbon.map((k) => k.match),
    remote,
  ).forEach((outcome, i) => {
    if (outcome.kind === 'no-match') creates++;
    if (outcome.kind !== 'full-match') return;
    const target = byKey.get(outcome.karbonId);
    const contact = xero[i];
    if (!target || !contact) return;
    const values = xeroToCanonical(contact);
    const patch = overwritePatch(values, karbonToCanonical(target.entity));
    const card = ['email', 'phone', 'address'].some((f) => f in patch);
    if ('name' in patch || card) {
      writtenPairs++;
      writes += ('name' in patch ? 1 : 0) + (card ? 1 : 0);
    } else if (target.kind === 'org' && values.address) addressChecks++;
  });
  const people = karbon.filter((k) => k.kind === 'person').length;
  const orgs = karbon.length - people;
  const xeroPages = Math.max(1, Math.ceil(xero.length / XERO_PAGE));
  const karbonPages = Math.max(1, Math.ceil(people / KARBON_PAGE)) + Math.max(1, Math.ceil(orgs / KARBON_PAGE));
  return {
    xero: xeroPages,
    karbon: karbonPages + creates + writtenPairs + writes + addressChecks,
    xpm: 0,
    parts: [
      `xero: ${xeroPages} list pages of ${xero.length} contacts`,
      `karbon: ${karbonPages} list pages (${people} people, ${orgs} organizations)`,
      `karbon: ${creates} creates (one POST each, card inline)`,
      `karbon: ${writtenPairs} pairs whose values differ: ${writtenPairs} detail reads + ${writes} writes`,
      `karbon: ${addressChecks} matched organizations with a Xero address: one detail read each (no address in org rows)`,
    ],
  };
}
