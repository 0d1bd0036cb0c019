// A contacts-only sync needs these scopes; offline_access is what yields a refresh token (reference §1).
export const XERO_BASE_SCOPES = ['openid', 'profile', 'email', 'offline_access', 'accounting.contacts'] as const;

/** Read and write XPM clients and their contacts (reference A1). */
export const XPM_SCOPE = 'practicemanager.client';

/** The space-separated scope list to request. */
export function xeroScopes(options: { xpm: boolean }): string {
  return [...XERO_BASE_SCOPES, ...(options.xpm ? [XPM_SCOPE] : [])].join(' ');
}
