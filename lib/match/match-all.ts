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
  return outcomes.map((outcome) =>
    outcome.kind === 'full-match' && (claims.get(outcome.karbonId) ?? 0) > 1
      ? {
          kind: 'ambiguous',
          ambiguity: 'karbon-record-claimed-twice',
          remoteId: outcome.remoteId,
          candidates: outcome.candidates,
          signals: outcome.signals,
          score: outcome.score,
        }
      : outcome,
  );
}
