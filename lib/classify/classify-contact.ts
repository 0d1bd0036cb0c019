import { nameFeatures } from './features';
import { assertWeights, scoreFeatures, sigmoid } from './model';
import type { ModelWeights } from './model';
import weightsFile from './model-weights.json';
import { nameTokens } from './name-tokens';
import { RULES } from './rules';
import { softSignals } from './soft-signals';
import type { Classification, ClassifyInput } from './types';

const MODEL: ModelWeights = assertWeights(weightsFile);
const WORDS_IN_REASON = 3;

/**
 * Decides whether a Xero contact becomes a Karbon Person or Organization (MISSION.md G5): decisive rules first
 * (legal forms, trusts and funds, "t/as", couples, registration numbers, the contact's own first + last name), else
 * the trained model over the name, nudged by structural signals (contact persons, FirstName/LastName).
 * Decisions where the answer is a choice: a couple ("Mr & Mrs Smith", "John & Mary Smith") is an Organization,
 * because a Karbon Person holds one person's first and last name; a sole trader's trading name ("Jane Smith
 * Plumbing", "Jane Smith t/as Smith Plumbing") is an Organization, while a bare personal name ("Jane Smith") is a
 * Person (Xero, unlike XPM's Business Type, does not say which sole traders trade under their own name).
 */
export function classifyContact(input: ClassifyInput, model: ModelWeights = MODEL): Classification {
  const tokens = nameTokens(input.name);
  for (const rule of RULES) {
    const verdict = rule(input, tokens);
    if (verdict !== undefined) {
      return { kind: verdict.kind, confidence: verdict.confidence, reasons: [verdict.reason], decidedBy: 'rule' };
    }
  }
  const { logit, byWord } = scoreFeatures(model, nameFeatures(input.name));
  const signals = softSignals(input);
  const total = signals.reduce((sum, signal) => sum + signal.logit, logit);
  const probability = sigmoid(total);
  const kind = probability >= 0.5 ? 'org' : 'person';
  return {
    kind,
    confidence: Math.round(Math.max(probability, 1 - probability) * 1000) / 1000,
    reasons: [modelReason(kind, byWord), ...signals.map((signal) => signal.reason)],
    decidedBy: 'model',
  };
}

function modelReason(kind: 'person' | 'org', byWord: ReadonlyMap<string, number>): string {
  const sign = kind === 'org' ? 1 : -1;
  const words = [...byWord]
    .filter(([, weight]) => weight * sign > 0)
    .sort((a, b) => b[1] * sign - a[1] * sign)
    .slice(0, WORDS_IN_REASON)
    .map(([word]) => `"${word}"`);
  const reads = kind === 'org' ? 'a business or other organization' : "a person's name";
  return words.length === 0
    ? `The name as a whole reads as ${reads}.`
    : `The model reads ${words.join(', ')} as ${reads}.`;
}
