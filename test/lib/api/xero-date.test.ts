import { describe, expect, it } from 'vitest';
import { formatIfModifiedSince, parseXeroDate } from '../../../lib/api/xero-date';

describe('parseXeroDate', () => {
  it.each([
    ['/Date(1503348544227+0000)/', 1503348544227],
    ['/Date(1551399323399)/', 1551399323399],
    ['/Date(1503348544227+1300)/', 1503348544227],
    ['/Date(-86400000)/', -86400000],
    ['2019-12-07T18:46:19.5165400', Date.UTC(2019, 11, 7, 18, 46, 19, 516)],
  ])('%s', (value, ms) => {
    expect(parseXeroDate(value)?.getTime()).toBe(ms);
  });

  it.each([undefined, null, '', 'yesterday'])('answers undefined for %s', (value) => {
    expect(parseXeroDate(value)).toBeUndefined();
  });

  it('writes If-Modified-Since in UTC with an explicit zone', () => {
    expect(formatIfModifiedSince(new Date(Date.UTC(2026, 0, 2, 3, 4, 5, 6)))).toBe('2026-01-02T03:04:05.006Z');
  });
});
