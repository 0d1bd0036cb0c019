import { describe, expect, it } from 'vitest';
import { phoneKey } from '../../../lib/match/normalize-phone';

describe('phoneKey', () => {
  it.each([
    ['international and national AU forms agree', '+61 2 9999 1234', '(02) 9999 1234'],
    ['NZ mobile with and without country code', '+64 21 555 0199', '021 555 0199'],
    ['punctuation ignored', '555-867-5309', '555.867.5309'],
  ])('%s: %j ~ %j', (_rule, a, b) => {
    expect(phoneKey(a)).not.toBe('');
    expect(phoneKey(a)).toBe(phoneKey(b));
  });

  it.each([
    ['too few digits', '12345', ''],
    ['no digits', 'n/a', ''],
    ['absent', undefined, ''],
    ['last nine digits', '+61 2 9999 1234', '299991234'],
  ])('%s: %j -> %j', (_rule, phone, key) => {
    expect(phoneKey(phone)).toBe(key);
  });
});
