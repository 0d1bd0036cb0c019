import { describe, expect, it } from 'vitest';
import { FEATURE_BUCKETS, nameFeatures } from '../../../lib/classify/features';

describe('nameFeatures', () => {
  it('hashes into the bucket range, the same way every time', () => {
    const features = nameFeatures('Zoë O’Brien-Smith & Co (Sydney)');
    expect(features.every((f) => Number.isInteger(f.index) && f.index >= 0 && f.index < FEATURE_BUCKETS)).toBe(true);
    expect(nameFeatures('Zoë O’Brien-Smith & Co (Sydney)')).toEqual(features);
  });

  it('ignores case and diacritics', () => {
    expect(nameFeatures('ZOE MULLER')).toEqual(nameFeatures('Zoë Müller'));
  });

  it.each(['ab', 'plumbing', 'abcdefghijklmnopqrstuvwxyz'])('gives the n-grams of %j the same total weight', (word) => {
    const total = nameFeatures(word)
      .filter((f) => f.value !== 1)
      .reduce((sum, f) => sum + f.value, 0);
    expect(total).toBeCloseTo(10, 6);
  });

  it('credits word features to their word, and name-wide features to no word', () => {
    const sources = new Set(nameFeatures('Acme Plumbing').map((f) => f.source));
    expect(sources).toEqual(new Set(['acme', 'plumbing', '']));
  });
});
