import { describe, expect, it } from 'vitest';
import { emailKey } from '../../../lib/match/normalize-email';

describe('emailKey', () => {
  it.each([
    ['trimmed', '  jane@example.com ', 'jane@example.com'],
    ['lower-cased', 'Jane.Smith@Example.COM', 'jane.smith@example.com'],
    ['dots and plus kept', 'j.smith+xero@example.com', 'j.smith+xero@example.com'],
    ['blank is no email', '   ', ''],
    ['absent is no email', undefined, ''],
  ])('%s: %j -> %j', (_rule, email, key) => {
    expect(emailKey(email)).toBe(key);
  });
});
