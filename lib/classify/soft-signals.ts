import { nameTokens } from './name-tokens';
import type { ClassifyInput } from './types';

/** A nudge to the model's log-odds of "organization", with the reason shown to the user. */
export interface SoftSignal {
  readonly logit: number;
  readonly reason: string;
}

// Log-odds nudges, set by hand: strong enough to tip an unsure model, too weak to overturn a confident one.
const CONTACT_PERSONS_LOGIT = 1;
const OTHER_PERSON_LOGIT = 1.5;
const PERSON_PLUS_WORDS_LOGIT = 2;

/** Structural signals beyond the name: Xero contact persons, and FirstName/LastName that are not the whole name. */
export function softSignals(input: ClassifyInput): SoftSignal[] {
  const signals: SoftSignal[] = [];
  const persons = input.contactPersons?.length ?? 0;
  if (persons > 0) {
    signals.push({
      logit: CONTACT_PERSONS_LOGIT,
      reason: `It lists ${persons} contact person${persons === 1 ? '' : 's'}, as businesses usually do.`,
    });
  }
  const first = nameTokens(input.firstName ?? '');
  const last = nameTokens(input.lastName ?? '');
  if (first.length === 0 && last.length === 0) return signals;
  const words = new Set(nameTokens(input.name));
  const personWords = [...first, ...last];
  if (personWords.every((word) => words.has(word))) {
    signals.push({
      logit: PERSON_PLUS_WORDS_LOGIT,
      reason: "The name adds words to the contact's first and last name, like a sole trader's trading name.",
    });
  } else if (!personWords.some((word) => words.has(word))) {
    signals.push({
      logit: OTHER_PERSON_LOGIT,
      reason:
        "Its first and last name are someone else's than the name's: Xero keeps a business's primary person there.",
    });
  }
  return signals;
}
