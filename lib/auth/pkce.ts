// PKCE with S256, the only method Xero accepts (https://developer.xero.com/documentation/oauth2/pkce-flow).

/** Random bytes; injectable so tests are repeatable. */
export type RandomBytes = (length: number) => Uint8Array;

/** Cryptographically random bytes from Web Crypto (service worker and Node alike). */
export const cryptoRandomBytes: RandomBytes = (length) => crypto.getRandomValues(new Uint8Array(length));

/** Base64url without padding (RFC 7636 appendix A). */
export function base64Url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** A verifier (43 characters of the allowed alphabet) and its S256 challenge. */
export async function createPkcePair(random: RandomBytes = cryptoRandomBytes) {
  const verifier = base64Url(random(32));
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier));
  return { verifier, challenge: base64Url(new Uint8Array(digest)) };
}

/** An unguessable `state` value tying the redirect to this sign-in. */
export function createState(random: RandomBytes = cryptoRandomBytes): string {
  return base64Url(random(16));
}
