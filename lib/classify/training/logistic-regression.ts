import { seededRandom } from './seeded-random';

/** Training settings: epochs over the data, starting learning rate, and L2 penalty. */
export interface TrainingOptions {
  readonly buckets: number;
  readonly epochs: number;
  readonly learningRate: number;
  readonly l2: number;
  readonly seed: number;
}

/** One example: hashed feature indices with their values (parallel arrays) and the label (1 = organization). */
export interface SparseExample {
  readonly indices: readonly number[];
  readonly values: readonly number[];
  readonly label: 0 | 1;
}

/** Fits logistic regression by stochastic gradient descent in a seeded order, so training is reproducible. */
export function trainLogisticRegression(
  examples: readonly SparseExample[],
  options: TrainingOptions,
): { bias: number; weights: number[] } {
  const weights = new Array<number>(options.buckets).fill(0);
  let bias = 0;
  const order = examples.map((_, i) => i);
  const random = seededRandom(options.seed);
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    shuffle(order, random);
    const rate = options.learningRate / (1 + epoch);
    for (const i of order) {
      const { indices, values, label } = examples[i] as SparseExample;
      let logit = bias;
      for (let f = 0; f < indices.length; f++)
        logit += (weights[indices[f] as number] as number) * (values[f] as number);
      const gradient = 1 / (1 + Math.exp(-logit)) - label;
      bias -= rate * gradient;
      for (let f = 0; f < indices.length; f++) {
        const index = indices[f] as number;
        const weight = weights[index] as number;
        weights[index] = weight - rate * (gradient * (values[f] as number) + options.l2 * weight);
      }
    }
  }
  return { bias, weights };
}

function shuffle(items: number[], random: () => number): void {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [items[i], items[j]] = [items[j] as number, items[i] as number];
  }
}
