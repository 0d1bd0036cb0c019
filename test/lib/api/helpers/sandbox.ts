import type { Clock } from '../../../../lib/api/clock';
import type { FetchLike } from '../../../../lib/api/http-core';
import { startSandbox, type Sandbox, type SandboxOptions } from '../../../sandbox/server';

/** Starts the sandbox on a random 127.0.0.1 port with time frozen, so waits are explicit. */
export function openSandbox(options: SandboxOptions = {}): Promise<Sandbox> {
  return startSandbox({ frozenAt: Date.UTC(2026, 10, 20, 9), ...options });
}

/** The clients' clock bound to sandbox time: a client's sleep moves the sandbox clock (Retry-After, backoff, limits). */
export function sandboxClock(sb: Sandbox): Clock {
  return {
    now: () => sb.clock.now(),
    sleep: async (ms) => {
      sb.clock.advance(Math.max(0, ms));
      await new Promise((resolve) => setImmediate(resolve));
    },
  };
}

export interface SentRequest {
  method: string;
  url: URL;
  headers: Headers;
  body: string;
}

/** The real fetch, recording what the clients send. */
export function recordingFetch() {
  const sent: SentRequest[] = [];
  const fetchLike: FetchLike = async (input, init) => {
    const copy = input.clone();
    sent.push({ method: input.method, url: new URL(input.url), headers: input.headers, body: await copy.text() });
    return fetch(input, init);
  };
  return { fetch: fetchLike, sent };
}

/** POSTs to a control endpoint (`/__sandbox/<path>`). */
export async function control(sb: Sandbox, path: string, body: unknown): Promise<unknown> {
  const response = await fetch(`${sb.origin}/__sandbox/${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`control ${path}: ${response.status} ${await response.text()}`);
  return response.json();
}

function hiddenInputs(html: string): URLSearchParams {
  const form = new URLSearchParams();
  for (const match of html.matchAll(/<input type="hidden" name="([^"]*)" value="([^"]*)">/g)) {
    const decode = (s: string) =>
      s
        .replace(/&quot;/g, '"')
        .replace(/&#39;/g, "'")
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&amp;/g, '&');
    form.set(decode(match[1] ?? ''), decode(match[2] ?? ''));
  }
  return form;
}

/** A launchWebAuthFlow stand-in: loads the sandbox consent page, submits Allow or Cancel, returns the redirect. */
export function consentAs(sb: Sandbox, decision: 'allow' | 'deny', opened: string[] = []) {
  return async (url: string): Promise<string> => {
    opened.push(url);
    const page = await fetch(url);
    const html = await page.text();
    if (page.status !== 200) throw new Error(`consent page ${page.status}: ${html}`);
    const form = hiddenInputs(html);
    form.set('decision', decision);
    const answer = await fetch(`${sb.origin}/xero-login/identity/connect/authorize`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: form.toString(),
      redirect: 'manual',
    });
    const location = answer.headers.get('location');
    if (!location) throw new Error(`no redirect from the consent form (${answer.status})`);
    return location;
  };
}

/** Revokes a refresh token at the sandbox's Xero revocation endpoint, as a user disconnecting the app in Xero does. */
export async function revokeRefreshToken(sb: Sandbox, refreshToken: string): Promise<void> {
  const response = await fetch(`${sb.origin}/xero-identity/connect/revocation`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ token: refreshToken, client_id: sb.credentials.xero.clientId }).toString(),
  });
  if (!response.ok) throw new Error(`revocation: ${response.status} ${await response.text()}`);
}
