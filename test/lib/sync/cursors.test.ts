import { describe, expect, it } from 'vitest';
import { compareStamps, maxStamp } from '../../../lib/sync/cursors';

describe('timestamps as cursors', () => {
  it.each([
    ['2026-11-20T09:00:00.0000001Z', '2026-11-20T09:00:00.0000000Z', 1],
    ['2026-11-20T09:00:00.1234567Z', '2026-11-20T09:00:00.1234568Z', -1],
    ['2026-11-20T09:00:00.12Z', '2026-11-20T09:00:00.1200000Z', 0],
    ['2026-11-20T09:00:01Z', '2026-11-20T09:00:00.9999999Z', 1],
    ['2026-11-20T09:00:00.000Z', '2026-11-20T09:00:00Z', 0],
  ])('orders %s against %s below the millisecond (sign %d)', (a, b, sign) => {
    expect(Math.sign(compareStamps(a, b))).toBe(sign);
  });

  it('keeps the later of two stamps written in the same millisecond', () => {
    expect(maxStamp('2026-11-20T09:00:00.1230001Z', '2026-11-20T09:00:00.1230002Z')).toBe(
      '2026-11-20T09:00:00.1230002Z',
    );
    expect(maxStamp(undefined, '2026-11-20T09:00:00Z')).toBe('2026-11-20T09:00:00Z');
  });
});
