/** Gets a Xero access token; `forceRefresh` is set once after a 401. */
export type GetXeroToken = (options?: { forceRefresh?: boolean }) => Promise<string>;

/** The headers every Xero API call (Accounting and XPM) carries: the bearer token and the tenant it is for. */
export function xeroAuthHeaders(getToken: GetXeroToken, tenantId: string, accept: string) {
  return async (forceRefresh: boolean): Promise<Record<string, string>> => ({
    authorization: `Bearer ${await getToken({ forceRefresh })}`,
    'xero-tenant-id': tenantId,
    accept,
  });
}
