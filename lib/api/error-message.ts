import { ApiError, type ServiceName } from './api-error';

const SERVICE_LABEL: Record<ServiceName, string> = {
  xero: 'Xero',
  xpm: 'Xero Practice Manager',
  karbon: 'Karbon',
  identity: 'Xero sign-in',
};

function minutes(ms: number | undefined): string {
  if (ms === undefined) return 'shortly';
  const m = Math.max(1, Math.ceil(ms / 60_000));
  return m >= 120 ? `in about ${Math.round(m / 60)} hours` : `in about ${m} minute${m === 1 ? '' : 's'}`;
}

/** One sentence a user can act on, for any error a client or the sign-in throws. */
export function userMessage(error: unknown): string {
  if (!(error instanceof ApiError)) return 'Something unexpected went wrong: try again, and report it if it repeats.';
  const svc = SERVICE_LABEL[error.service];
  const xeroSide = error.service === 'xero' || error.service === 'xpm' || error.service === 'identity';
  switch (error.kind) {
    case 'reconnect-needed':
      return `${xeroSide ? 'Xero' : svc} connection expired: reconnect in Options.`;
    case 'not-connected':
      return `${xeroSide ? 'Xero' : svc} is not connected: connect it in Options.`;
    case 'unauthorized':
      return error.service === 'karbon'
        ? 'Karbon rejected the API keys: check the Bearer token and Access Key in Options.'
        : `${svc} refused the connection: reconnect Xero in Options.`;
    case 'forbidden':
      return error.service === 'karbon'
        ? 'The Karbon API application lacks permission for this record: check its access in Karbon.'
        : `${svc} denied access: check the organisation chosen in Options and that the app was granted access.`;
    case 'not-found':
      return `${svc} no longer has this record: it may have been deleted or merged.`;
    case 'validation':
      return `${svc} rejected the record: ${error.details[0] ?? error.message}`;
    case 'conflict':
      return `${svc} changed this record while we were saving it: sync again to retry.`;
    case 'duplicate':
      return `${svc} already has a record with this identifier: link to it instead of creating a new one.`;
    case 'invalid-request':
    case 'rejected':
      return `${svc} rejected the request: ${error.message}`;
    case 'rate-limited':
      return error.limitProblem?.toLowerCase() === 'day'
        ? `${svc} daily API limit reached: sync resumes ${minutes(error.retryAfterMs)}.`
        : `${svc} is busy (rate limit): sync resumes ${minutes(error.retryAfterMs)}.`;
    case 'server':
      return `${svc} had a server error: sync will retry later.`;
    case 'network':
      return `Could not reach ${svc}: check the internet connection; sync will retry.`;
    case 'timeout':
      return `${svc} took too long to answer: sync will retry.`;
    case 'bad-response':
      return `${svc} sent an answer we could not read: sync will retry; report it if it repeats.`;
    case 'invalid-record':
      return `${svc} sent a record we could not use: ${error.message}`;
    case 'sign-in-cancelled':
      return 'Xero sign-in did not finish (the window was closed or access was declined): connect again in Options when ready.';
    case 'sign-in-rejected':
      if (error.code === 'unauthorized_client') {
        return `${error.message}: copy the Client ID from your Xero app's Configuration page into Options.`;
      }
      if (error.code === 'redirect_uri') {
        return 'Xero refused the sign-in: register the redirect URL shown in Options in your Xero app.';
      }
      return `Xero sign-in failed (${error.message}): try connecting again in Options.`;
  }
}
