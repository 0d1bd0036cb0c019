import { buildKarbonIndex } from './karbon-index';
import { matchRecord } from './match-record';
import type { MatchOutcome, MatchRecord } from './types';

/**
 * Matches every remote record against the Karbon records in linear time (hash indexes, no pairwise scan). When
 * several remote records fully match the same Karbon record, none of them is linked: each becomes `ambiguous`.
 * Outcomes are returned in the order of `remote`.
 */
export function matchAll(karbon: readonly MatchRecord[], remote: readonly MatchRecord[]): MatchOutcome[] {
  const index = buildKarbonIndex(karbon);
  const outcomes = remote.map((record) => matchRecord(index, record));
  const claims = new Map<string, number>();
  for (const outcome of outcomes) {
    if (outcome.kind === 'full-match') claims.set(outcome.karbonId, (claims.get(outcome.karbonId) ?? 0) + 1);
  }
  // Demoted in place: a second array of 100,000 outcomes would be garbage straight away.
  outcomes.forEach((outcome, i) => {
    if (outcome.kind !== 'full-match' || (claims.get(outcome.karbonId) ?? 0) < 2) return;
    const { remoteId, candidates, signals, score } = outcome;
    outcomes[i] = { kind: 'ambiguous', ambiguity: 'karbon-record-claimed-twice', remoteId, candidates, signals, score };
  });
  return outcomes;
}
