import ky from 'ky';
import { ApiError, type ServiceName } from './api-error';
import type { Clock } from './clock';
import type { RateLimiter } from './rate-limiter';
import {
  DEFAULT_RETRY_AFTER_MS,
  MAX_ATTEMPTS,
  MAX_RATE_LIMITED_WAIT_MS,
  MAX_RETRY_AFTER_WAIT_MS,
  backoffMs,
  parseRetryAfter,
} from './retry-policy';

/** The fetch signature the clients accept (the global fetch, or a test fake). */
export type FetchLike = (input: Request, init?: RequestInit) => Promise<Response>;

/** One logical request; the core may send it several times. */
export interface CoreRequest {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** Absolute URL. */
  url: string;
  headers?: Record<string, string>;
  body?: string;
  /** True when sending it twice cannot duplicate its effect: reads, PUT/PATCH replaces, writes with an idempotency key. */
  retrySafe: boolean;
  /** Whether a 5xx may be retried too (default: same as retrySafe; off where a 5xx can be a definitive answer). */
  retryOn5xx?: boolean;
  /** Non-2xx statuses the caller handles itself (e.g. 404 -> undefined). */
  accept?: number[];
}

/** A fully read response. */
export interface CoreResponse {
  status: number;
  headers: Headers;
  text: string;
  url: string;
}

export interface HttpCoreOptions {
  service: ServiceName;
  fetch: FetchLike;
  limiter: RateLimiter;
  clock: Clock;
  timeoutMs: number;
  /** Headers that authenticate a request; `forceRefresh` is true once after a 401. */
  authHeaders: (forceRefresh: boolean) => Promise<Record<string, string>>;
  /** Whether a 401 may be cured by new credentials (OAuth: yes; fixed API keys: no). */
  refreshOn401: boolean;
  /** Maps a non-accepted response to the service's error. */
  toError: (response: CoreResponse) => ApiError;
}

/** The quota a Xero / XPM tenant has left, from the last response's headers (https://developer.xero.com/faq/limits). */
export interface RateLimitInfo {
  dayRemaining?: number;
  minuteRemaining?: number;
  appMinuteRemaining?: number;
  /** When these were read (client clock). */
  at: number;
}

function headerNumber(headers: Headers, name: string): number | undefined {
  const value = headers.get(name);
  const n = value === null || value.trim() === '' ? NaN : Number(value);
  return Number.isFinite(n) ? n : undefined;
}

/** Reads Xero's X-*Limit-Remaining headers; undefined when the response has none. */
export function readRateLimits(headers: Headers, at: number): RateLimitInfo | undefined {
  const day = headerNumber(headers, 'x-daylimit-remaining');
  const minute = headerNumber(headers, 'x-minlimit-remaining');
  const app = headerNumber(headers, 'x-appminlimit-remaining');
  if (day === undefined && minute === undefined && app === undefined) return undefined;
  return {
    ...(day === undefined ? {} : { dayRemaining: day }),
    ...(minute === undefined ? {} : { minuteRemaining: minute }),
    ...(app === undefined ? {} : { appMinuteRemaining: app }),
    at,
  };
}

/** Sends requests through the tenant's limiter with the shared retry policy; one ky instance per client. */
export function createHttpCore(options: HttpCoreOptions) {
  const { service, clock, limiter } = options;
  // ky's own retry and timeout are off: retries must re-enter the limiter, and the timeout must cover the body too.
  const api = ky.create({ fetch: options.fetch as typeof fetch, retry: 0, timeout: false, throwHttpErrors: false });
  let lastLimits: RateLimitInfo | undefined;

  async function attempt(request: CoreRequest, auth: Record<string, string>): Promise<CoreResponse> {
    const controller = new AbortController();
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, options.timeoutMs);
    try {
      const response = await api(request.url, {
        method: request.method,
        headers: { ...request.headers, ...auth },
        body: request.body,
        signal: controller.signal,
      });
      const text = await response.text();
      return { status: response.status, headers: response.headers, text, url: response.url || request.url };
    } catch (error) {
      if (timedOut) {
        throw new ApiError({
          service,
          kind: 'timeout',
          message: `No answer within ${options.timeoutMs} ms`,
          cause: error,
        });
      }
      throw new ApiError({ service, kind: 'network', message: 'The connection failed or was dropped', cause: error });
    } finally {
      clearTimeout(timer);
    }
  }

  /** Sends `request` (retrying where safe) and hands an accepted response to `parse`. */
  async function send<T>(request: CoreRequest, parse: (response: CoreResponse) => T): Promise<T> {
    let forceRefresh = false;
    let refreshed = false;
    let rateLimitedMs = 0;
    for (let n = 1; ; n++) {
      const canRetry = n < MAX_ATTEMPTS;
      let response: CoreResponse;
      try {
        const auth = await options.authHeaders(forceRefresh);
        response = await limiter.run(() => attempt(request, auth));
      } catch (error) {
        const transient = error instanceof ApiError && (error.kind === 'network' || error.kind === 'timeout');
        if (!transient || !request.retrySafe || !canRetry) throw error;
        await clock.sleep(backoffMs(n + 1));
        continue;
      }
      const limits = readRateLimits(response.headers, clock.now());
      if (limits) lastLimits = limits;
      if (limits?.minuteRemaining !== undefined) limiter.observeRemaining?.(limits.minuteRemaining);
      const { status } = response;
      if (status === 401 && options.refreshOn401 && !refreshed) {
        // A 401 means the request was not processed, so repeating it once with a fresh token is safe for any method.
        refreshed = true;
        forceRefresh = true;
        continue;
      }
      if (status === 429) {
        // A 429 is refused before processing: safe to repeat for any method once the server's wait is over.
        const wait = parseRetryAfter(response.headers.get('retry-after'), clock.now()) ?? DEFAULT_RETRY_AFTER_MS;
        // A wait of hours (the daily limit) is reported, not slept: pausing the tenant that long would hang every call.
        if (wait > MAX_RETRY_AFTER_WAIT_MS) throw options.toError(response);
        limiter.pauseUntil(clock.now() + wait);
        // Other browsers of the same organisation spend the same minute: waiting their use out is not a failed
        // attempt, so long as the waits of this request stay within MAX_RATE_LIMITED_WAIT_MS in all.
        rateLimitedMs += wait;
        if (rateLimitedMs <= MAX_RATE_LIMITED_WAIT_MS) n--;
        else if (!canRetry) throw options.toError(response);
        continue;
      }
      if (status >= 500 && (request.retryOn5xx ?? request.retrySafe) && canRetry && !request.accept?.includes(status)) {
        await clock.sleep(backoffMs(n + 1));
        continue;
      }
      if ((status < 200 || status > 299) && !request.accept?.includes(status)) throw options.toError(response);
      try {
        return parse(response);
      } catch (error) {
        if (error instanceof ApiError && error.kind === 'bad-response' && request.retrySafe && canRetry) {
          await clock.sleep(backoffMs(n + 1));
          continue;
        }
        throw error;
      }
    }
  }

  return {
    send,
    /** The quota left as of the last response that reported it (Xero and XPM send it on every tenanted call). */
    rateLimits: (): RateLimitInfo | undefined => lastLimits,
  };
}

export type HttpCore = ReturnType<typeof createHttpCore>;

/** Joins a service root and a relative path with a query built from defined values (OData `$` keys kept as is). */
export function buildUrl(
  base: string,
  path: string,
  query: Record<string, string | number | boolean | undefined> = {},
) {
  const root = base.replace(/\/+$/, '');
  const rel = path.replace(/^\/+/, '');
  const pairs = Object.entries(query)
    .filter((entry): entry is [string, string | number | boolean] => entry[1] !== undefined)
    .map(([key, value]) => `${key}=${encodeURIComponent(String(value))}`);
  return `${root}/${rel}${pairs.length > 0 ? `?${pairs.join('&')}` : ''}`;
}

/** Parses a JSON body, turning a cut or garbled body into a retryable `bad-response` error. */
/** The JSON of an error body, or undefined when it is not JSON (an error's words are read where there are any). */
export function jsonOrUndefined(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

export function parseJson(service: ServiceName, response: CoreResponse): unknown {
  try {
    return JSON.parse(response.text);
  } catch (error) {
    throw new ApiError({
      service,
      kind: 'bad-response',
      status: response.status,
      message: 'The response body is not valid JSON',
      cause: error,
    });
  }
}
