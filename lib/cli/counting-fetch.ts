import type { FetchLike } from '../api/http-core';
import type { Endpoints } from '../config/endpoints';

/** API calls per service, as the report counts them (every HTTP request, retries included). */
export interface ApiCallCounts {
  xero: number;
  xpm: number;
  karbon: number;
}

/** Wraps fetch to count requests per service by the endpoint root they go to. */
export function countingFetch(fetch: FetchLike, endpoints: Endpoints): { fetch: FetchLike; counts: ApiCallCounts } {
  const counts: ApiCallCounts = { xero: 0, xpm: 0, karbon: 0 };
  const counted: FetchLike = (input, init) => {
    const url = input.url;
    if (url.startsWith(endpoints.xpm)) counts.xpm++;
    else if (url.startsWith(endpoints.xeroAccounting)) counts.xero++;
    else if (url.startsWith(endpoints.karbonApi)) counts.karbon++;
    return fetch(input, init);
  };
  return { fetch: counted, counts };
}
