import type { FetchLike } from '../../../../lib/api/http-core';

export interface SeenRequest {
  method: string;
  url: URL;
  headers: Headers;
  body: string;
}

type Reply = Response | Error | ((request: SeenRequest) => Response | Error | Promise<Response | Error>);

/** A fetch that answers from a queue of replies (the last one repeats) and records every request it saw. */
export function createFakeFetch(...replies: Reply[]) {
  const seen: SeenRequest[] = [];
  let next = 0;
  const fetch: FetchLike = async (input) => {
    const request: SeenRequest = {
      method: input.method,
      url: new URL(input.url),
      headers: input.headers,
      body: input.body ? await input.text() : '',
    };
    seen.push(request);
    const reply = replies[Math.min(next++, replies.length - 1)];
    const answer = typeof reply === 'function' ? await reply(request) : reply;
    if (answer === undefined) throw new Error('fake fetch: no reply configured');
    if (answer instanceof Error) throw answer;
    return answer.clone();
  };
  return { fetch, seen };
}

/** A JSON response. */
export function json(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...headers } });
}

/** An XML response. */
export function xml(body: string, status = 200): Response {
  return new Response(body, { status, headers: { 'content-type': 'text/xml' } });
}

/** What undici throws when the socket is dropped mid-request. */
export function dropped(): Error {
  return new TypeError('fetch failed', { cause: new Error('other side closed') });
}
