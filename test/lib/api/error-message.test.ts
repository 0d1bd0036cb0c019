import { describe, expect, it } from 'vitest';
import { ApiError, isApiError, type ApiErrorInit } from '../../../lib/api/api-error';
import { userMessage } from '../../../lib/api/error-message';

const err = (init: Partial<ApiErrorInit>) => new ApiError({ service: 'xero', kind: 'server', message: 'm', ...init });

describe('userMessage', () => {
  it.each<[Partial<ApiErrorInit>, string]>([
    [{ kind: 'reconnect-needed' }, 'Xero connection expired: reconnect in Options.'],
    [{ service: 'xpm', kind: 'reconnect-needed' }, 'Xero connection expired: reconnect in Options.'],
    [{ kind: 'not-connected' }, 'Xero is not connected: connect it in Options.'],
    [
      { service: 'karbon', kind: 'unauthorized' },
      'Karbon rejected the API keys: check the Bearer token and Access Key in Options.',
    ],
    [
      { kind: 'rate-limited', limitProblem: 'day', retryAfterMs: 5 * 3_600_000 },
      'Xero daily API limit reached: sync resumes in about 5 hours.',
    ],
    [
      { service: 'karbon', kind: 'rate-limited', retryAfterMs: 10_000 },
      'Karbon is busy (rate limit): sync resumes in about 1 minute.',
    ],
    [
      { kind: 'validation', details: ['The contact name X is already assigned to another contact.'] },
      'Xero rejected the record: The contact name X is already assigned to another contact.',
    ],
    [
      { service: 'xpm', kind: 'rejected', message: 'Name is required' },
      'Xero Practice Manager rejected the request: Name is required',
    ],
    [
      { service: 'identity', kind: 'sign-in-cancelled' },
      'Xero sign-in did not finish (the window was closed or access was declined): connect again in Options when ready.',
    ],
    [{ kind: 'network' }, 'Could not reach Xero: check the internet connection; sync will retry.'],
  ])('%o', (init, message) => {
    expect(userMessage(err(init))).toBe(message);
  });

  it('has a fallback for foreign errors and a kind filter', () => {
    expect(userMessage(new Error('x'))).toMatch(/unexpected/);
    expect(isApiError(err({ kind: 'timeout' }), 'timeout', 'network')).toBe(true);
    expect(isApiError(err({ kind: 'server' }), 'timeout')).toBe(false);
    expect(isApiError(new Error('x'))).toBe(false);
  });
});
