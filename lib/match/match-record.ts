import { Evidence } from './evidence';
import { personKeyIfDifferent } from './karbon-index';
import type { Hits, KarbonIndex } from './karbon-index';
import { emailKey } from './normalize-email';
import { exactNameKey, normalizeExactKey } from './normalize-name';
import { phoneKey } from './normalize-phone';
import { SIGNAL_BITS, scoreOf, signalsOf } from './score';
import type { MatchCandidate, MatchOutcome, MatchRecord } from './types';

const NAME = SIGNAL_BITS.name;
const EMAIL = SIGNAL_BITS.email;
const NORMALIZED = SIGNAL_BITS['normalized-name'];
const PHONE = SIGNAL_BITS.phone;
const FULL = NAME | EMAIL;

// Shared by every no-match outcome (most of a first import), to spare allocations; never mutated.
const NONE: readonly never[] = Object.freeze([]);

// Matching is synchronous, so one accumulator serves every call.
const evidence = new Evidence();

/**
 * Matches one remote (Xero / XPM) record against the Karbon index: a full match needs name and email both equal to
 * exactly one Karbon record; anything less is a match issue listing the candidates, or `no-match` when none agreed.
 * It does not know about other remote records: use `matchAll` for a batch, which also stops two of them from
 * claiming the same Karbon record.
 */
export function matchRecord(index: KarbonIndex, remote: MatchRecord): MatchOutcome {
  const exact = exactNameKey(remote.name);
  const normalized = normalizeExactKey(exact);
  const person = personKeyIfDifferent(remote, normalized);
  const email = emailKey(remote.email);
  evidence.reset();
  evidence.addNameHits(lookup(index.byNormalizedName, normalized), index.exactNames, exact, NAME, NORMALIZED);
  evidence.addHits(lookup(index.byNormalizedName, person), NORMALIZED);
  evidence.addHits(lookup(index.byEmail, email), EMAIL);
  if (evidence.size === 0) return { kind: 'no-match', remoteId: remote.id, candidates: NONE, signals: NONE, score: 0 };

  const phone = phoneKey(remote.phone);
  const candidates: MatchCandidate[] = [];
  let fullCount = 0;
  let fullId = '';
  for (let i = 0; i < evidence.size; i++) {
    const karbon = index.records[evidence.positions[i] as number] as MatchRecord;
    const found = evidence.bits[i] as number;
    // An exact name is also a normalized one; report only the stronger signal.
    let bits = found & NAME ? found & ~NORMALIZED : found;
    if (phone !== -1 && phoneKey(karbon.phone) === phone) bits |= PHONE;
    if ((bits & FULL) === FULL) {
      fullCount++;
      fullId = karbon.id;
    }
    candidates.push({ karbonId: karbon.id, signals: signalsOf(bits), score: scoreOf(bits) });
  }
  if (candidates.length > 1) candidates.sort(byScoreThenId);
  const best = candidates[0] as MatchCandidate;
  const remoteId = remote.id;
  const { signals, score } = best;
  if (fullCount === 1) return { kind: 'full-match', karbonId: fullId, remoteId, candidates, signals, score };
  if (candidates.length > 1) {
    return { kind: 'ambiguous', ambiguity: 'several-candidates', remoteId, candidates, signals, score };
  }
  const bits = evidence.bits[0] as number;
  const kind = bits & NAME ? 'name-only' : bits & NORMALIZED ? 'normalized-name' : 'email-only';
  return { kind, remoteId, candidates, signals, score };
}

function lookup(index: ReadonlyMap<string, Hits>, key: string): Hits | undefined {
  return key === '' ? undefined : index.get(key);
}

// Ties are broken by id, not by position, so the outcome does not depend on the order of the Karbon records.
function byScoreThenId(a: MatchCandidate, b: MatchCandidate): number {
  return b.score - a.score || (a.karbonId < b.karbonId ? -1 : a.karbonId > b.karbonId ? 1 : 0);
}
