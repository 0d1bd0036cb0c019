import { describe, expect, it } from 'vitest';
import { base64Url, createPkcePair, createState } from '../../../lib/auth/pkce';
import { xeroScopes } from '../../../lib/auth/scopes';

// RFC 7636 appendix B: these 32 octets give this verifier and S256 challenge.
const RFC_OCTETS = [
  116, 24, 223, 180, 151, 153, 224, 37, 79, 250, 96, 125, 216, 173, 187, 186, 22, 212, 37, 77, 105, 214, 191, 240, 91,
  88, 5, 88, 83, 132, 141, 121,
];

describe('pkce', () => {
  it('matches the RFC 7636 example', async () => {
    const pair = await createPkcePair(() => Uint8Array.from(RFC_OCTETS));
    expect(pair).toEqual({
      verifier: 'dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk',
      challenge: 'E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM',
    });
  });

  it('makes 43-character verifiers from the allowed alphabet and distinct states', async () => {
    const { verifier } = await createPkcePair();
    expect(verifier).toMatch(/^[A-Za-z0-9\-._~]{43}$/);
    expect(createState()).not.toBe(createState());
    expect(base64Url(Uint8Array.from([251, 255]))).toBe('-_8');
  });

  it('asks for practicemanager.client only when XPM is enabled', () => {
    expect(xeroScopes({ xpm: false })).toBe('openid profile email offline_access accounting.contacts');
    expect(xeroScopes({ xpm: true })).toBe(
      'openid profile email offline_access accounting.contacts practicemanager.client',
    );
  });
});
