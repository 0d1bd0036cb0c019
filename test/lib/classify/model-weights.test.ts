import { readFileSync, statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FEATURE_BUCKETS } from '../../../lib/classify/features';
import { assertWeights } from '../../../lib/classify/model';
import { trainClassifier } from '../../../lib/classify/training/train-model';

const WEIGHTS_URL = new URL('../../../lib/classify/model-weights.json', import.meta.url);

describe('committed model weights', () => {
  it('stay small enough to ship in the service worker', () => {
    expect(statSync(WEIGHTS_URL).size).toBeLessThan(300_000);
  });

  it('fit the feature space, and a mismatched file is rejected', () => {
    const weights = JSON.parse(readFileSync(WEIGHTS_URL, 'utf8'));
    expect(assertWeights(weights).weights).toHaveLength(FEATURE_BUCKETS);
    expect(() => assertWeights({ ...weights, weights: weights.weights.slice(1) })).toThrow(/buckets/);
  });

  it('are exactly what `npm run train:classifier` produces (reproducible, not hand-edited)', () => {
    const { model, trainingAccuracy } = trainClassifier();
    expect(model).toEqual(JSON.parse(readFileSync(WEIGHTS_URL, 'utf8')));
    expect(trainingAccuracy).toBeGreaterThan(0.98);
    // Training 40,000 names takes seconds; leave room for a busy CI machine.
  }, 60_000);
});
