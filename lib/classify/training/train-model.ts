import { FEATURE_BUCKETS, nameFeatures } from '../features';
import type { ModelWeights } from '../model';
import { generateExamples } from './generate-examples';
import { trainLogisticRegression } from './logistic-regression';
import type { SparseExample } from './logistic-regression';

/** How many generated names the model learns from, and the SGD settings: fixed, so every run gives the same weights. */
export const TRAINING = { examples: 40_000, epochs: 8, learningRate: 0.2, l2: 5e-4, seed: 7 } as const;
// Four decimals keep the weights file small; predictions move by far less than a rounding of the score.
const DECIMALS = 4;

/** Generates the training names, fits the model, and returns the rounded weights with the training accuracy. */
export function trainClassifier(): { model: ModelWeights; trainingAccuracy: number } {
  const examples: SparseExample[] = generateExamples(TRAINING.examples).map(({ name, label }) => {
    const features = nameFeatures(name);
    return {
      indices: features.map((feature) => feature.index),
      values: features.map((feature) => feature.value),
      label: label === 'org' ? 1 : 0,
    };
  });
  const { bias, weights } = trainLogisticRegression(examples, { ...TRAINING, buckets: FEATURE_BUCKETS });
  const round = (value: number) => Number(value.toFixed(DECIMALS)) || 0;
  const model = { buckets: FEATURE_BUCKETS, bias: round(bias), weights: weights.map(round) };
  const correct = examples.filter(({ indices, values, label }) => {
    const logit = indices.reduce((sum, index, f) => sum + (model.weights[index] ?? 0) * (values[f] ?? 0), model.bias);
    return (logit >= 0 ? 1 : 0) === label;
  }).length;
  return { model, trainingAccuracy: correct / examples.length };
}
