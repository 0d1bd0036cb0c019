import { describe, expect, it } from 'vitest';
import { percentile } from './action-latency.bench';

describe('the action latency p95', () => {
  it.each([
    [[100], 95, 100],
    [[5, 1, 4, 2, 3], 50, 3],
    [Array.from({ length: 20 }, (_, i) => i + 1), 95, 19],
    [Array.from({ length: 18 }, (_, i) => i + 1), 95, 18],
  ])('nearest rank of %j at p%i is %i', (values, p, expected) => {
    expect(percentile(values, p)).toBe(expected);
  });

  it('is NaN for no values, so an entry with nothing timed fails', () => {
    expect(percentile([], 95)).toBeNaN();
  });
});
