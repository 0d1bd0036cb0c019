import { ApiError, kindForStatus, type ApiErrorKind } from './api-error';
import { jsonOrUndefined, type CoreResponse } from './http-core';
import { rateLimitError } from './rate-limit-error';
import { KarbonErrorSchema } from './schemas/karbon';

// Karbon's application codes (reference B1): 4020 stale object, 4004 not found, 4021 restriction permission,
// 5001 duplicate UserDefinedIdentifier (served as HTTP 500), 4002 / 4005 bad or missing data.
const CODE_KIND: Record<string, ApiErrorKind> = {
  '4020': 'conflict',
  '4004': 'not-found',
  '4021': 'forbidden',
  '5001': 'duplicate',
  '4002': 'invalid-request',
  '4005': 'invalid-request',
};

/** Maps any of Karbon's three error envelopes (or a bare status) to an ApiError. */
export function karbonError(response: CoreResponse, now: number): ApiError {
  const body = jsonOrUndefined(response.text);
  const parsed = KarbonErrorSchema.safeParse(body);
  let code: string | undefined;
  let message: string | undefined;
  if (parsed.success) {
    code = parsed.data.error?.code;
    message = parsed.data.error?.message ?? parsed.data.message;
  }
  if (response.status === 429) {
    return rateLimitError('karbon', response, now, message ?? 'Karbon rate limit exceeded');
  }
  const kind = (code === undefined ? undefined : CODE_KIND[code]) ?? kindForStatus(response.status);
  return new ApiError({
    service: 'karbon',
    kind,
    status: response.status,
    message: message ?? `HTTP ${response.status}`,
    ...(code === undefined ? {} : { code }),
  });
}
