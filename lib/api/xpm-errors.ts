import { ApiError, kindForStatus } from './api-error';
import { jsonOrUndefined, type CoreResponse } from './http-core';
import { rateLimitError } from './rate-limit-error';
import { parseXpmXml } from './xpm-xml';

// XPM reports "no such record" only as ERROR text; these phrasings mean the record is absent, not the request bad.
const NOT_FOUND = /not found|does not exist|no client|no contact|invalid (client |contact )?(uuid|identifier)/i;

/** The `<Response>` element of an XPM body, or undefined when the body is not XPM XML. */
export function xpmResponse(text: string): Record<string, unknown> | undefined {
  try {
    const root = parseXpmXml(text).Response;
    return typeof root === 'object' && root !== null ? (root as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/** An error for `<Status>ERROR</Status>`, which XPM sends even with HTTP 200 (reference A1). */
export function xpmStatusError(description: string, status: number): ApiError {
  const kind = status >= 500 ? 'server' : NOT_FOUND.test(description) ? 'not-found' : 'rejected';
  return new ApiError({ service: 'xpm', kind, status, code: 'ERROR', message: description || 'XPM reported an error' });
}

/** Maps a non-2xx XPM response (XML envelope or Xero gateway JSON) to an ApiError. */
export function xpmError(response: CoreResponse, now: number): ApiError {
  if (response.status === 429) return rateLimitError('xpm', response, now, 'XPM rate limit exceeded');
  const root = xpmResponse(response.text);
  if (root?.Status === 'ERROR' && response.status !== 401 && response.status !== 403) {
    return xpmStatusError(String(root.ErrorDescription ?? ''), response.status);
  }
  let detail = `HTTP ${response.status}`;
  // Not JSON either (or no Detail/Title): keep the status line.
  const body = jsonOrUndefined(response.text) as { Detail?: unknown; Title?: unknown } | null | undefined;
  if (typeof body?.Detail === 'string') detail = body.Detail;
  else if (typeof body?.Title === 'string') detail = body.Title;
  return new ApiError({
    service: 'xpm',
    kind: kindForStatus(response.status),
    status: response.status,
    message: detail,
  });
}
