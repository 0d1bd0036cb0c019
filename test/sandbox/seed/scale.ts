import { createIdSource } from '../core/ids';
import { createPrng } from '../core/prng';
import { DEMO_BASE_MS } from './demo';
import { karbonOrganization, karbonPerson, xeroContact, xpmClient } from './emit';
import { FIRST_NAMES, LAST_NAMES, PLACES, PLACE_WORDS, STREETS, SUFFIXES, TRADES } from './pools';
import type { Party } from './party';
import type { Dataset } from '../core/types';

/** Largest `--scale` accepted (benchmarks use up to 100,000 records per system). */
export const MAX_SCALE = 100_000;

/** Share of each system's records that also exist, identically, in the others (so matching has real work). */
const OVERLAP = 0.6;

/** `n` records per system, generated in one pass without retries (100,000 in a few seconds). */
export function buildScaleDataset(n: number): Dataset {
  if (!Number.isInteger(n) || n < 1 || n > MAX_SCALE)
    throw new Error(`scale must be an integer from 1 to ${MAX_SCALE}`);
  const prng = createPrng(`scale-${n}`);
  const id = createIdSource(`scale-ids-${n}`);
  const used = new Set<string>();
  const slug = (w: string) => w.toLowerCase().replace(/[^a-z0-9]+/g, '');
  const firsts = FIRST_NAMES.map((w) => [w, slug(w)] as const);
  const lasts = LAST_NAMES.map((w) => [w, slug(w)] as const);
  const stems = PLACE_WORDS.map((w) => [w, slug(w)] as const);
  const trades = TRADES.map((w) => [w, slug(w)] as const);
  const domains = { AU: 'example.com.au', NZ: 'example.co.nz', GB: 'example.co.uk' } as const;
  // Names are unique by construction: a clash gets the record number inserted, so no retries are needed.
  const party = (i: number): Party => {
    const place = PLACES[i % PLACES.length] as (typeof PLACES)[number];
    const person = i % 2 === 0;
    const [first, firstSlug] = firsts[prng.int(firsts.length)] as readonly [string, string];
    const [last, lastSlug] = lasts[prng.int(lasts.length)] as readonly [string, string];
    const [stem, stemSlug] = stems[prng.int(stems.length)] as readonly [string, string];
    const [trade, tradeSlug] = trades[prng.int(trades.length)] as readonly [string, string];
    const suffix = SUFFIXES[place.country][0] as string;
    let name = person ? `${first} ${last}` : `${stem} ${trade} ${suffix}`;
    let local = person ? `${firstSlug}.${lastSlug}` : `accounts.${stemSlug}${tradeSlug}`;
    if (used.has(name.toLowerCase())) {
      name = person ? `${first} ${last} ${i}` : `${stem} ${trade} ${i} ${suffix}`;
      local = `${local}.${i}`;
    }
    used.add(name.toLowerCase());
    return {
      kind: person ? 'person' : 'org',
      name,
      ...(person ? { first, last: name.slice(first.length + 1) } : {}),
      email: `${local}@${domains[place.country]}`,
      place,
      street: `${1 + (i % 240)} ${STREETS[i % STREETS.length]}`,
      phone: `${1000 + (i % 9000)} ${1000 + ((i * 7) % 9000)}`,
      mobile: `04${10 + (i % 90)} ${100 + (i % 900)} ${100 + ((i * 3) % 900)}`,
      structure: person ? (i % 4 === 0 ? 'Sole Trader' : 'Individual') : i % 5 === 1 ? 'Trust' : 'Company',
    };
  };
  const shared = Math.floor(n * OVERLAP);
  const common = Array.from({ length: shared }, (_, i) => party(i));
  const own = (offset: number) => Array.from({ length: n - shared }, (_, i) => party(offset + i));
  const xeroParties = [...common, ...own(n)];
  const karbonParties = [...common, ...own(2 * n)];
  const xpmParties = [...common, ...own(3 * n)];
  const base = DEMO_BASE_MS - n * 1000;
  const karbonContacts: Record<string, unknown>[] = [];
  const karbonOrgs: Record<string, unknown>[] = [];
  karbonParties.forEach((p, i) => {
    const o = { key: id('karbon-key'), cardKey: id('karbon-key'), modifiedMs: base + i * 1000 };
    if (p.kind === 'person') karbonContacts.push(karbonPerson(p, o));
    else karbonOrgs.push(karbonOrganization(p, o));
  });
  return {
    xero: { contacts: xeroParties.map((p, i) => xeroContact(p, { id: id('uuid'), updatedMs: base + i * 1000 })) },
    karbon: { contacts: karbonContacts, organizations: karbonOrgs },
    xpm: { clients: xpmParties.map((p) => xpmClient(p, { uuid: id('uuid'), contacts: [] })) },
  };
}
