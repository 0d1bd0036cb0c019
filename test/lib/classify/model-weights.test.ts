import { readFileSync, statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FEATURE_BUCKETS } from '../../../lib/classify/features';
import { packWeights, unpackWeights } from '../../../lib/classify/model';
import { trainClassifier } from '../../../lib/classify/training/train-model';

const WEIGHTS_URL = new URL('../../../lib/classify/model-weights.json', import.meta.url);

describe('committed model weights', () => {
  it('stay small enough to ship in the service worker', () => {
    expect(statSync(WEIGHTS_URL).size).toBeLessThan(30_000);
  });

  it('fit the feature space, and a mismatched file is rejected', () => {
    const weights = JSON.parse(readFileSync(WEIGHTS_URL, 'utf8'));
    expect(unpackWeights(weights).weights).toHaveLength(FEATURE_BUCKETS);
    expect(() => unpackWeights({ ...weights, packed: weights.packed.slice(4) })).toThrow(/buckets/);
  });

  it('pack each weight to within half a step of its value', () => {
    const weights = Array.from({ length: FEATURE_BUCKETS }, (_, i) => Math.sin(i) * 3);
    const packed = packWeights({ buckets: FEATURE_BUCKETS, bias: 0.5, weights });
    const unpacked = unpackWeights(packed);
    const step = packed.scale;
    expect(step).toBeLessThanOrEqual(3 / 127);
    expect(unpacked.bias).toBe(0.5);
    expect(Math.max(...unpacked.weights.map((w, i) => Math.abs(w - (weights[i] as number))))).toBeLessThanOrEqual(
      step / 2 + 1e-9,
    );
  });

  it('are exactly what `npm run train:classifier` produces (reproducible, not hand-edited)', () => {
    const { model, trainingAccuracy } = trainClassifier();
    expect(model).toEqual(JSON.parse(readFileSync(WEIGHTS_URL, 'utf8')));
    expect(trainingAccuracy).toBeGreaterThan(0.98);
    // Training 40,000 names takes seconds; leave room for a busy CI machine.
  }, 60_000);
});
