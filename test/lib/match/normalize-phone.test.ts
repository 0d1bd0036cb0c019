import { describe, expect, it } from 'vitest';
import { phoneKey } from '../../../lib/match/normalize-phone';

describe('phoneKey', () => {
  it('tells apart numbers that differ only by leading zeros', () => {
    expect(phoneKey('0012 3456')).not.toBe(phoneKey('12 3456'));
  });

  it.each([
    ['international and national AU forms agree', '+61 2 9999 1234', '(02) 9999 1234'],
    ['NZ mobile with and without country code', '+64 21 555 0199', '021 555 0199'],
    ['punctuation ignored', '555-867-5309', '555.867.5309'],
  ])('%s: %j ~ %j', (_rule, a, b) => {
    expect(phoneKey(a)).not.toBe(-1);
    expect(phoneKey(a)).toBe(phoneKey(b));
  });

  it.each([
    ['too few digits', '12345', -1],
    ['no digits', 'n/a', -1],
    ['absent', undefined, -1],
    ['null', null, -1],
    ["lib/model's phone object", { number: '(02) 9999 1234', country: 'AU' }, 9_299_991_234],
    ['last nine digits', '+61 2 9999 1234', 9_299_991_234],
    ['leading zeros count', '00 1234', 6_000_001_234],
  ])('%s: %j -> %j', (_rule, phone, key) => {
    expect(phoneKey(phone)).toBe(key);
  });
});
