import { ApiError } from '../api/api-error';
import type { AuthorizeProblem } from '../api/probe-authorize';
import type { XeroConnection } from '../api/schemas/xero-identity';
import type { XeroIdentityClient, XeroTokenSet } from '../api/xero-identity-client';
import { EXTENSION_ID } from '../config/extension-identity';
import { cryptoRandomBytes, createPkcePair, createState, type RandomBytes } from './pkce';
import { xeroScopes } from './scopes';
import { splitTenants } from './tenants';

/** The redirect `launchWebAuthFlow` intercepts: https and registrable with Xero (reference §1). */
export function xeroRedirectUri(extensionId: string = EXTENSION_ID): string {
  return `https://${extensionId}.chromiumapp.org/`;
}

export interface XeroSignInOptions {
  /** Opens the consent page and resolves with the final redirect URL (the background passes identity.launchWebAuthFlow). */
  launchWebAuthFlow: (url: string) => Promise<string | undefined>;
  identity: Pick<XeroIdentityClient, 'exchangeCode' | 'getConnections'>;
  /** `endpoints.xeroAuthorize`. */
  authorizeUrl: string;
  clientId: string;
  /** Defaults to `xeroRedirectUri()`. */
  redirectUri?: string;
  /** Also ask for `practicemanager.client`. */
  xpm: boolean;
  random?: RandomBytes;
  /** Asks the authorize endpoint what it thought of the request when the window closed without an answer. */
  probe?: (url: string) => Promise<AuthorizeProblem>;
}

export interface XeroSignInResult {
  tokens: XeroTokenSet;
  connections: XeroConnection[];
  organisations: XeroConnection[];
  practices: XeroConnection[];
}

/** Builds the consent URL (authorization code + PKCE S256). */
export function buildAuthorizeUrl(input: {
  authorizeUrl: string;
  clientId: string;
  redirectUri: string;
  scope: string;
  state: string;
  codeChallenge: string;
}): string {
  const url = new URL(input.authorizeUrl);
  url.searchParams.set('response_type', 'code');
  url.searchParams.set('client_id', input.clientId);
  url.searchParams.set('redirect_uri', input.redirectUri);
  url.searchParams.set('scope', input.scope);
  url.searchParams.set('state', input.state);
  url.searchParams.set('code_challenge', input.codeChallenge);
  url.searchParams.set('code_challenge_method', 'S256');
  return url.href;
}

function rejected(message: string, code?: string): ApiError {
  return new ApiError({ service: 'identity', kind: 'sign-in-rejected', message, ...(code ? { code } : {}) });
}

/** Reads the code from the redirect, checking it came back to our redirect URI with our state. */
export function readRedirect(redirectUrl: string, expected: { redirectUri: string; state: string }): string {
  let url: URL;
  try {
    url = new URL(redirectUrl);
  } catch {
    throw rejected('the redirect URL is unreadable');
  }
  const want = new URL(expected.redirectUri);
  if (url.origin !== want.origin || url.pathname !== want.pathname) throw rejected('unexpected redirect target');
  const params = url.searchParams;
  const error = params.get('error');
  if (error === 'access_denied') {
    throw new ApiError({
      service: 'identity',
      kind: 'sign-in-cancelled',
      code: error,
      message: 'Consent was declined',
    });
  }
  if (error) throw rejected(params.get('error_description') ?? error, error);
  // A foreign or replayed redirect (CSRF) carries another state: refuse it before spending the code.
  if (params.get('state') !== expected.state) throw rejected('state mismatch', 'state_mismatch');
  const code = params.get('code');
  if (!code) throw rejected('no authorization code in the redirect');
  return code;
}

/** Runs the whole sign-in: consent, state check, code exchange, tenant list. The caller stores the result. */
export async function signInWithXero(options: XeroSignInOptions): Promise<XeroSignInResult> {
  const random = options.random ?? cryptoRandomBytes;
  const redirectUri = options.redirectUri ?? xeroRedirectUri();
  const pkce = await createPkcePair(random);
  const state = createState(random);
  const url = buildAuthorizeUrl({
    authorizeUrl: options.authorizeUrl,
    clientId: options.clientId,
    redirectUri,
    scope: xeroScopes({ xpm: options.xpm }),
    state,
    codeChallenge: pkce.challenge,
  });
  let redirect: string | undefined;
  try {
    redirect = await options.launchWebAuthFlow(url);
  } catch (error) {
    // launchWebAuthFlow rejects when the user closes the window: maybe on Xero's error page about the Client ID.
    const problem = await options.probe?.(url);
    if (problem === 'unknown-client') {
      throw rejected(`Xero does not recognise the Client ID ${options.clientId}`, 'unauthorized_client');
    }
    if (problem === 'bad-redirect')
      throw rejected('this redirect URL is not registered in the Xero app', 'redirect_uri');
    throw new ApiError({
      service: 'identity',
      kind: 'sign-in-cancelled',
      message: 'The sign-in window was closed',
      cause: error,
    });
  }
  if (!redirect) throw new ApiError({ service: 'identity', kind: 'sign-in-cancelled', message: 'No redirect' });
  const code = readRedirect(redirect, { redirectUri, state });
  const tokens = await options.identity.exchangeCode({ code, codeVerifier: pkce.verifier, redirectUri });
  const connections = await options.identity.getConnections(tokens.accessToken);
  return { tokens, connections, ...splitTenants(connections) };
}
