import type { FetchLike } from './http-core';

/** What an authorize page says about the request, when it says it in its status and words. */
export type AuthorizeProblem = 'unknown-client' | 'bad-redirect' | undefined;

/**
 * Reads the consent URL once without following redirects, after a sign-in window closed without an answer: an
 * authorize endpoint that refuses the Client ID or the redirect URL says so on an error page (status 400), which the
 * user may have closed without reading. Anything else (or no answer) tells us nothing.
 */
export async function probeAuthorize(fetch: FetchLike, url: string): Promise<AuthorizeProblem> {
  try {
    const response = await fetch(new Request(url, { redirect: 'manual' }));
    if (response.status !== 400) return undefined;
    const text = await response.text();
    if (/unauthorized_client|invalid_client|unknown client/i.test(text)) return 'unknown-client';
    if (/redirect_uri/i.test(text)) return 'bad-redirect';
    return undefined;
  } catch {
    return undefined;
  }
}
