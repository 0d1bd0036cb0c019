/** A contact as the matcher sees it; canonical contacts from any system satisfy this structurally. */
export interface MatchRecord {
  readonly id: string;
  /** Display name: Karbon `FullName` (or "First Last"), Xero `Name`, XPM `Name`. */
  readonly name: string;
  /** Billing / primary email. */
  readonly email?: string | undefined;
  readonly firstName?: string | undefined;
  readonly lastName?: string | undefined;
  /** A phone as text, or lib/model's `{ number, country? }` (so `{ id, ...canonicalContact }` is a MatchRecord). */
  readonly phone?: string | { readonly number: string } | null | undefined;
}

/** A piece of evidence that a remote record and a Karbon record are the same contact. */
export type MatchSignal = 'name' | 'email' | 'normalized-name' | 'phone';

/** One Karbon record proposed for a remote record, with the signals that agreed and their score (0..1). */
export interface MatchCandidate {
  readonly karbonId: string;
  readonly signals: readonly MatchSignal[];
  readonly score: number;
}

/** Why a remote record was not linked automatically although it had candidates. */
export type MatchIssueKind = 'name-only' | 'email-only' | 'normalized-name' | 'ambiguous';

/** Why an outcome is `ambiguous`: several Karbon candidates, or one Karbon record claimed by several remote records. */
export type AmbiguityReason = 'several-candidates' | 'karbon-record-claimed-twice';

interface OutcomeBase {
  readonly remoteId: string;
  /** Every Karbon record that agreed on at least one of name, email or normalized name, best first. */
  readonly candidates: readonly MatchCandidate[];
  /** Signals of the best candidate (empty for `no-match`). */
  readonly signals: readonly MatchSignal[];
  /** Score of the best candidate (0 for `no-match`). */
  readonly score: number;
}

/** Name and email both equal to exactly one Karbon record, which no other remote record claims: link it. */
export interface FullMatch extends OutcomeBase {
  readonly kind: 'full-match';
  readonly karbonId: string;
}

/** A match issue for manual review (never linked automatically). */
export interface MatchIssue extends OutcomeBase {
  readonly kind: MatchIssueKind;
  readonly ambiguity?: AmbiguityReason;
}

/** No Karbon record agreed on name, email or normalized name: create a new Karbon contact. */
export interface NoMatch extends OutcomeBase {
  readonly kind: 'no-match';
}

/** What the matcher decided for one remote record. */
export type MatchOutcome = FullMatch | MatchIssue | NoMatch;
