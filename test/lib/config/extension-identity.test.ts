import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { EXTENSION_ID, EXTENSION_PUBLIC_KEY, xeroRedirectUrl } from '../../../lib/config/extension-identity';

describe('extension identity', () => {
  it('EXTENSION_ID is the id Chromium derives from the manifest key', () => {
    // Chromium: first 128 bits of SHA-256 of the DER public key, each hex digit mapped 0-f -> a-p.
    const hex = createHash('sha256').update(Buffer.from(EXTENSION_PUBLIC_KEY, 'base64')).digest('hex').slice(0, 32);
    const id = [...hex].map((d) => String.fromCharCode('a'.charCodeAt(0) + parseInt(d, 16))).join('');
    expect(EXTENSION_ID).toBe(id);
    expect(xeroRedirectUrl()).toBe(`https://${id}.chromiumapp.org/`);
  });
});
