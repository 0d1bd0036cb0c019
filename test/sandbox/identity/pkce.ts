import { createHash } from 'node:crypto';

/** RFC 7636 verifier: 43-128 characters of `A-Z a-z 0-9 - . _ ~`. */
const VERIFIER = /^[A-Za-z0-9\-._~]{43,128}$/;

export function s256(verifier: string): string {
  return createHash('sha256').update(verifier).digest('base64url');
}

/** True when `verifier` is well formed and hashes (S256, the only method Xero supports) to `challenge`. */
export function verifyPkce(verifier: string | undefined, challenge: string): boolean {
  return verifier !== undefined && VERIFIER.test(verifier) && s256(verifier) === challenge;
}
