/** Which remote service an error came from. */
export type ServiceName = 'xero' | 'xpm' | 'karbon' | 'identity';

/** What went wrong, in terms the caller can act on (retry, reconnect, fix the record, give up). */
export type ApiErrorKind =
  | 'unauthorized'
  | 'reconnect-needed'
  | 'not-connected'
  | 'forbidden'
  | 'not-found'
  | 'validation'
  | 'conflict'
  | 'duplicate'
  | 'invalid-request'
  | 'rejected'
  | 'rate-limited'
  | 'server'
  | 'network'
  | 'timeout'
  | 'bad-response'
  | 'invalid-record'
  | 'sign-in-cancelled'
  | 'sign-in-rejected';

export interface ApiErrorInit {
  service: ServiceName;
  kind: ApiErrorKind;
  message: string;
  status?: number;
  /** The service's own error code (Karbon `4020`, Xero `ValidationException`, OAuth `invalid_grant`). */
  code?: string;
  /** How long the service asked us to wait (429 `Retry-After`). */
  retryAfterMs?: number;
  /** Which limit was hit (`X-Rate-Limit-Problem`: minute, day, concurrent). */
  limitProblem?: string;
  /** Per-record messages (Xero ValidationException elements). */
  details?: string[];
  cause?: unknown;
}

/** The one error type every client and the sign-in throw. */
export class ApiError extends Error {
  readonly service: ServiceName;
  readonly kind: ApiErrorKind;
  readonly status?: number;
  readonly code?: string;
  readonly retryAfterMs?: number;
  readonly limitProblem?: string;
  readonly details: string[];

  constructor(init: ApiErrorInit) {
    super(init.message, init.cause === undefined ? undefined : { cause: init.cause });
    this.name = 'ApiError';
    this.service = init.service;
    this.kind = init.kind;
    this.status = init.status;
    this.code = init.code;
    this.retryAfterMs = init.retryAfterMs;
    this.limitProblem = init.limitProblem;
    this.details = init.details ?? [];
  }
}

/** True when `error` is an ApiError, optionally of one of the given kinds. */
export function isApiError(error: unknown, ...kinds: ApiErrorKind[]): error is ApiError {
  return error instanceof ApiError && (kinds.length === 0 || kinds.includes(error.kind));
}

/** The kind that a bare HTTP status implies when the body says nothing more specific. */
export function kindForStatus(status: number): ApiErrorKind {
  if (status === 401) return 'unauthorized';
  if (status === 403) return 'forbidden';
  if (status === 404) return 'not-found';
  if (status === 409) return 'conflict';
  if (status === 429) return 'rate-limited';
  if (status >= 500) return 'server';
  return 'invalid-request';
}
