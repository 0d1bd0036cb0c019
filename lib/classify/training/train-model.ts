import { FEATURE_BUCKETS, nameFeatures } from '../features';
import { packWeights, unpackWeights, type PackedWeights } from '../model';
import { generateExamples } from './generate-examples';
import { trainLogisticRegression } from './logistic-regression';
import type { SparseExample } from './logistic-regression';

/** How many generated names the model learns from, and the SGD settings: fixed, so every run gives the same weights. */
export const TRAINING = { examples: 40_000, epochs: 8, learningRate: 0.2, l2: 5e-4, seed: 7 } as const;
// Four decimals for the bias; the weights are packed as signed bytes (model.ts), which moves a name's score by far
// less than the rounding of its confidence.
const DECIMALS = 4;

/** Generates the training names, fits the model, and returns the rounded weights with the training accuracy. */
export function trainClassifier(): { model: PackedWeights; trainingAccuracy: number } {
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
  const packed = packWeights({ buckets: FEATURE_BUCKETS, bias: round(bias), weights });
  const model = unpackWeights(packed);
  const correct = examples.filter(({ indices, values, label }) => {
    const logit = indices.reduce((sum, index, f) => sum + (model.weights[index] ?? 0) * (values[f] ?? 0), model.bias);
    return (logit >= 0 ? 1 : 0) === label;
  }).length;
  return { model: packed, trainingAccuracy: correct / examples.length };
}
