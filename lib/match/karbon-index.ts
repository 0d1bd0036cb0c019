import { emailKey } from './normalize-email';
import { exactNameKey, normalizeExactKey, personNameKey } from './normalize-name';
import type { MatchRecord } from './types';

/** Record positions under one key: a number for the usual single hit, an array when several records share it. */
export type Hits = number | readonly number[];

/** Hash indexes over the Karbon records, built once per run. */
export interface KarbonIndex {
  readonly records: readonly MatchRecord[];
  /** The exact name key of each record, by position: an exact name match is a normalized hit whose exact keys agree. */
  readonly exactNames: readonly string[];
  /** Normalized name, and normalized "First Last" where it differs, to record positions. */
  readonly byNormalizedName: ReadonlyMap<string, Hits>;
  readonly byEmail: ReadonlyMap<string, Hits>;
}

/** Builds the name and email indexes in one pass over the Karbon records. */
export function buildKarbonIndex(records: readonly MatchRecord[]): KarbonIndex {
  const exactNames: string[] = new Array<string>(records.length);
  const byNormalizedName = new Map<string, number | number[]>();
  const byEmail = new Map<string, number | number[]>();
  for (let i = 0; i < records.length; i++) {
    const record = records[i] as MatchRecord;
    const exact = exactNameKey(record.name);
    const normalized = normalizeExactKey(exact);
    exactNames[i] = exact;
    add(byNormalizedName, normalized, i);
    add(byNormalizedName, personKeyIfDifferent(record, normalized), i);
    add(byEmail, emailKey(record.email), i);
  }
  return { records, exactNames, byNormalizedName, byEmail };
}

/**
 * The normalized "First Last" of a record when it differs from its normalized name but the name mentions the last
 * name ("Smith, Jane", "Dr J Smith"), else ''. Xero also fills FirstName/LastName on businesses with their primary
 * person ("Acme Pty Ltd" / John Smith): that person is not the contact, so it is not matched as its name.
 */
export function personKeyIfDifferent(record: MatchRecord, normalizedName: string): string {
  const { firstName, lastName } = record;
  if (firstName === undefined || lastName === undefined) return '';
  // Usually the name is exactly "First Last": skip normalizing it a second time (and building the string).
  const { name } = record;
  if (
    name.length === firstName.length + 1 + lastName.length &&
    name.startsWith(firstName) &&
    name.endsWith(lastName) &&
    name.charCodeAt(firstName.length) === 32
  ) {
    return '';
  }
  const person = personNameKey(firstName, lastName);
  const lastWord = person.slice(person.lastIndexOf(' ') + 1);
  return person === normalizedName || !normalizedName.includes(lastWord) ? '' : person;
}

// Blank keys never match anything: two records without an email do not "share" one.
function add(index: Map<string, number | number[]>, key: string, position: number): void {
  if (key === '') return;
  const hits = index.get(key);
  if (hits === undefined) index.set(key, position);
  else if (typeof hits === 'number') {
    if (hits !== position) index.set(key, [hits, position]);
  } else if (hits[hits.length - 1] !== position) hits.push(position);
}
