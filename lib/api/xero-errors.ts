import { ApiError, kindForStatus } from './api-error';
import { jsonOrUndefined, type CoreResponse } from './http-core';
import { rateLimitError } from './rate-limit-error';
import { XeroErrorSchema, XeroProblemSchema } from './schemas/xero-contact';

/** Every `ValidationErrors[].Message` of a Xero element, its nested addresses, phones and payment terms included. */
export function validationMessages(element: unknown): string[] {
  const out: string[] = [];
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) {
      node.forEach(visit);
      return;
    }
    if (typeof node !== 'object' || node === null) return;
    for (const [key, value] of Object.entries(node)) {
      if (key === 'ValidationErrors' && Array.isArray(value)) {
        for (const entry of value) {
          const message = (entry as { Message?: unknown } | null)?.Message;
          if (typeof message === 'string') out.push(message);
        }
      } else if (typeof value === 'object') {
        visit(value);
      }
    }
  };
  visit(element);
  return out;
}

/** Maps a Xero Accounting (or Xero gateway) error response to an ApiError. */
export function xeroError(response: CoreResponse, now: number): ApiError {
  const { status } = response;
  if (status === 429) return rateLimitError('xero', response, now, 'Xero rate limit exceeded');
  const body = jsonOrUndefined(response.text);
  const error = XeroErrorSchema.safeParse(body);
  if (status === 400 && error.success && error.data.Type === 'ValidationException') {
    return new ApiError({
      service: 'xero',
      kind: 'validation',
      status,
      code: 'ValidationException',
      message: error.data.Message ?? 'A validation exception occurred',
      details: validationMessages(error.data.Elements ?? []),
    });
  }
  const problem = XeroProblemSchema.safeParse(body);
  const detail =
    (problem.success ? (problem.data.Detail ?? problem.data.Title) : undefined) ??
    (error.success ? error.data.Message : undefined) ??
    `HTTP ${status}`;
  const code = error.success ? error.data.Type : problem.success ? problem.data.Title : undefined;
  return new ApiError({
    service: 'xero',
    kind: kindForStatus(status),
    status,
    message: detail,
    ...(code === undefined ? {} : { code }),
  });
}
