import { describe, expect, it } from 'vitest';
import { generateExamples } from '../../../lib/classify/training/generate-examples';
import { trainLogisticRegression } from '../../../lib/classify/training/logistic-regression';

describe('generateExamples', () => {
  it('is deterministic for a seed and differs across seeds', () => {
    expect(generateExamples(200, 1)).toEqual(generateExamples(200, 1));
    expect(generateExamples(200, 2)).not.toEqual(generateExamples(200, 1));
  });

  it('produces both labels, roughly balanced, with clean spacing', () => {
    const examples = generateExamples(2000);
    const people = examples.filter((e) => e.label === 'person').length;
    expect(people / examples.length).toBeGreaterThan(0.4);
    expect(people / examples.length).toBeLessThan(0.6);
    expect(examples.every((e) => e.name === e.name.trim() && !e.name.includes('  '))).toBe(true);
  });
});

describe('trainLogisticRegression', () => {
  const options = { buckets: 4, epochs: 200, learningRate: 0.5, l2: 0, seed: 1 };
  const data = [
    { indices: [0, 2], values: [1, 1], label: 1 as const },
    { indices: [1, 2], values: [1, 1], label: 0 as const },
  ];

  it('separates separable data', () => {
    const { bias, weights } = trainLogisticRegression(data, options);
    expect(bias + (weights[0] ?? 0) + (weights[2] ?? 0)).toBeGreaterThan(1);
    expect(bias + (weights[1] ?? 0) + (weights[2] ?? 0)).toBeLessThan(-1);
    expect(weights[3]).toBe(0);
  });

  it('is reproducible', () => {
    expect(trainLogisticRegression(data, options)).toEqual(trainLogisticRegression(data, options));
  });
});
