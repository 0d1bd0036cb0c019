// What "the same end state" means across runs that made their records in a different order: both systems' records
// without ids and stamps, and the links and open issues named by the records they join.
import type { AppDb } from '../../lib/db/app-db';
import type { Sandbox } from '../sandbox/server';

type Json = Record<string, unknown>;

// Keys that differ between equal outcomes: generated ids, keys (UserDefinedIdentifier embeds a ContactID) and stamps.
const VOLATILE = /(ID|Key|DateTime|DateUTC|Identifier)$/;

function stripVolatile(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(stripVolatile).sort(byJson);
  if (value && typeof value === 'object') {
    const out: Json = {};
    for (const [k, v] of Object.entries(value as Json)) if (!VOLATILE.test(k)) out[k] = stripVolatile(v);
    return out;
  }
  return value;
}

const byJson = (a: unknown, b: unknown) => JSON.stringify(a).localeCompare(JSON.stringify(b));

/** The comparable end state of a sandbox and the engine's database. */
export async function endState(sb: Sandbox, db: AppDb) {
  const state = sb.state();
  const xero = (state.xero?.contacts ?? []) as Json[];
  const orgs = (state.karbon?.organizations ?? []) as Json[];
  const people = (state.karbon?.contacts ?? []) as Json[];
  const xeroName = new Map(xero.map((c) => [String(c.ContactID), String(c.Name)]));
  const karbonName = new Map([
    ...orgs.map((o) => [String(o.OrganizationKey), String(o.FullName)] as const),
    ...people.map((p) => [String(p.ContactKey), `${String(p.FirstName)} ${String(p.LastName)}`] as const),
  ]);
  const links = (await db.links.toArray()).map((l) => [
    xeroName.get(l.remoteId) ?? `missing ${l.remoteId}`,
    karbonName.get(l.karbonKey) ?? `missing ${l.karbonKey}`,
    l.how,
    l.state,
  ]);
  const issues = (await db.issues.where('state').equals('open').toArray()).map((i) => [
    i.kind,
    xeroName.get(i.remoteId) ?? i.remoteId,
    i.field ?? '',
  ]);
  return {
    xero: stripVolatile(xero),
    karbonOrganizations: stripVolatile(orgs),
    karbonPeople: stripVolatile(people),
    links: links.sort(byJson),
    openIssues: issues.sort(byJson),
  };
}

export type EndState = Awaited<ReturnType<typeof endState>>;
