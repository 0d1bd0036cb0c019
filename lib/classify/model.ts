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

/**
 * The weights as committed (model-weights.json): each weight rounded to a signed byte times `scale`, the bytes in
 * base64, so the service worker ships about 22 kB instead of 120 kB of decimals.
 */
export interface PackedWeights {
  readonly buckets: number;
  readonly bias: number;
  readonly scale: number;
  readonly packed: string;
}

const BYTE_STEPS = 127;

/** Rounds weights to signed bytes (the largest magnitude maps to 127) and packs them as base64. */
export function packWeights(model: ModelWeights): PackedWeights {
  const largest = model.weights.reduce((max, weight) => Math.max(max, Math.abs(weight)), 0);
  const scale = Number((largest / BYTE_STEPS).toPrecision(6)) || 1;
  const bytes = Int8Array.from(model.weights, (weight) => Math.round(weight / scale));
  const packed = btoa(String.fromCharCode(...new Uint8Array(bytes.buffer)));
  return { buckets: model.buckets, bias: model.bias, scale, packed };
}

/** Unpacks committed weights, checking that they fit the feature space this code hashes into (stale files fail loudly). */
export function unpackWeights(file: PackedWeights): ModelWeights {
  const bytes = Int8Array.from(atob(file.packed), (char) => (char.charCodeAt(0) << 24) >> 24);
  if (file.buckets !== FEATURE_BUCKETS || bytes.length !== FEATURE_BUCKETS) {
    throw new Error(`classifier weights have ${bytes.length} buckets, features use ${FEATURE_BUCKETS}`);
  }
  return { buckets: file.buckets, bias: file.bias, weights: Array.from(bytes, (byte) => byte * file.scale) };
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
