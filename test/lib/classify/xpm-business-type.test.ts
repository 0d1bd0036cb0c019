import { describe, expect, it } from 'vitest';
import { kindFromBusinessType } from '../../../lib/classify/xpm-business-type';

describe('kindFromBusinessType (XPM BusinessStructure)', () => {
  it.each([
    ['Individual', 'person'],
    ['Sole Trader', 'person'],
    ['  individual ', 'person'],
    ['SOLE  TRADER', 'person'],
    ['Company', 'org'],
    ['Trust', 'org'],
    ['Partnership', 'org'],
    ['Superannuation Fund', 'org'],
    ['Sole Traders', 'org'],
    ['', 'org'],
    [undefined, 'org'],
  ])('%j -> %s', (businessType, kind) => {
    expect(kindFromBusinessType(businessType)).toBe(kind);
  });

  it('takes a configured list of person types', () => {
    expect(kindFromBusinessType('Individual', ['Sole Trader'])).toBe('org');
    expect(kindFromBusinessType('Estate', ['Individual', ' estate '])).toBe('person');
  });
});
