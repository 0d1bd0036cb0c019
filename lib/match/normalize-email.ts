import { normalizeEmail } from '../model/normalize';

/**
 * The comparison key of an email address ('' when absent or blank): the sync's own key, so an email the matcher
 * calls equal never shows up as a changed field afterwards.
 */
export function emailKey(email: string | undefined): string {
  return email === undefined ? '' : normalizeEmail(email);
}
