import { FEATURE_BUCKETS } from './features';
import type { NameFeature } from './features';

/** Logistic-regression weights over the hashed name features; positive means "organization". */
export interface ModelWeights {
  readonly buckets: number;
  readonly bias: number;
  readonly weights: readonly number[];
}

/** The model's log-odds that a name is an organization, and each source word's share of it. */
export interface ModelScore {
  readonly logit: number;
  readonly byWord: ReadonlyMap<string, number>;
}

/** Checks that weights fit the feature space this code hashes into (a stale weights file fails loudly). */
export function assertWeights(model: ModelWeights): ModelWeights {
  if (model.buckets !== FEATURE_BUCKETS || model.weights.length !== FEATURE_BUCKETS) {
    throw new Error(`classifier weights have ${model.weights.length} buckets, features use ${FEATURE_BUCKETS}`);
  }
  return model;
}

/** Scores features with the model: the log-odds of "organization", split by the word each feature came from. */
export function scoreFeatures(model: ModelWeights, features: readonly NameFeature[]): ModelScore {
  let logit = model.bias;
  const byWord = new Map<string, number>();
  for (const { index, value, source } of features) {
    const weight = (model.weights[index] ?? 0) * value;
    logit += weight;
    if (source !== '') byWord.set(source, (byWord.get(source) ?? 0) + weight);
  }
  return { logit, byWord };
}

/** The logistic function: log-odds to probability. */
export function sigmoid(logit: number): number {
  return 1 / (1 + Math.exp(-logit));
}
