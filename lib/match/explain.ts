import type { MatchCandidate, MatchOutcome, MatchSignal } from './types';

const SIGNAL_WORDS: Readonly<Record<MatchSignal, string>> = {
  name: 'name',
  email: 'email',
  'normalized-name': 'name after normalization',
  phone: 'phone',
};

/** The agreeing signals of a candidate in words, e.g. "name, email and phone". */
export function describeSignals(signals: readonly MatchSignal[]): string {
  const words = signals.map((signal) => SIGNAL_WORDS[signal]);
  return words.length <= 1 ? (words[0] ?? 'nothing') : `${words.slice(0, -1).join(', ')} and ${words.at(-1)}`;
}

/** One sentence for the UI saying what the matcher decided and why. */
export function explainOutcome(outcome: MatchOutcome): string {
  const best = outcome.candidates[0];
  switch (outcome.kind) {
    case 'full-match':
      return `Linked: ${describeSignals(outcome.signals)} match exactly (score ${outcome.score}).`;
    case 'name-only':
      return `Only the name matches a Karbon contact; the email differs or is missing. Review before linking.`;
    case 'email-only':
      return `Only the email matches a Karbon contact; the name differs. Review before linking.`;
    case 'normalized-name':
      return `Matches on ${describeSignals(outcome.signals)} (spelling, punctuation or legal suffix differ). Review before linking.`;
    case 'ambiguous':
      return outcome.ambiguity === 'karbon-record-claimed-twice'
        ? `Another record also matches the same Karbon contact exactly; choose which one to link.`
        : `${outcome.candidates.length} Karbon contacts match (best: ${describeCandidate(best)}); choose one.`;
    case 'no-match':
      return 'No Karbon contact shares the name or the email: a new contact will be created.';
  }
}

function describeCandidate(candidate: MatchCandidate | undefined): string {
  return candidate === undefined ? 'none' : `${describeSignals(candidate.signals)}, score ${candidate.score}`;
}
