import { ApiError } from '../api/api-error';
import { userMessage } from '../api/error-message';

/** The sentence a reply carries for a failed request: the API's actionable message, or the error's own words. */
export function describeError(error: unknown): string {
  if (error instanceof ApiError) return userMessage(error);
  return error instanceof Error ? error.message : String(error);
}
