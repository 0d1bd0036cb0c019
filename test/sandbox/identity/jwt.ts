import { randomBytes } from 'node:crypto';

const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

/** A JWT-shaped token like Xero's (clients may decode `exp`); the signature is random, the sandbox looks tokens up. */
export function fakeJwt(payload: Record<string, unknown>): string {
  return `${b64({ alg: 'RS256', kid: 'sandbox', typ: 'JWT' })}.${b64(payload)}.${randomBytes(32).toString('base64url')}`;
}

export function opaqueToken(): string {
  return randomBytes(32).toString('hex');
}
