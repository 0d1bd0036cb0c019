import { ApiError, type ServiceName } from './api-error';
import type { CoreResponse } from './http-core';
import { parseRetryAfter } from './retry-policy';

/** The 429 error with the server's wait and, for Xero, which limit was hit (`X-Rate-Limit-Problem`, reference §6). */
export function rateLimitError(service: ServiceName, response: CoreResponse, now: number, message: string): ApiError {
  const retryAfterMs = parseRetryAfter(response.headers.get('retry-after'), now);
  const problem = response.headers.get('x-rate-limit-problem') ?? undefined;
  return new ApiError({
    service,
    kind: 'rate-limited',
    status: 429,
    message,
    ...(retryAfterMs === undefined ? {} : { retryAfterMs }),
    ...(problem === undefined ? {} : { limitProblem: problem.toLowerCase() }),
  });
}
