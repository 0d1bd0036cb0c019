// Karbon's documented error bodies (specs/KarbonAPI.json components/examples, copied in fixtures/karbon/errors/).
import type { SandboxResponse } from '../core/types';

const JSON_HEADERS = { 'content-type': 'application/json; charset=utf-8' };

export function karbonJson(status: number, body: unknown, headers: Record<string, string> = {}): SandboxResponse {
  return { status, headers: { ...JSON_HEADERS, ...headers }, body: JSON.stringify(body) };
}

/** The common `{"error":{"code","message"}}` envelope. */
export function karbonError(status: number, code: string, message: string): SandboxResponse {
  return karbonJson(status, { error: { code, message } });
}

/** The `{"statusCode","message"}` envelope Karbon uses for generic 404s (example ResourceNotFound). */
export function resourceNotFound(): SandboxResponse {
  return karbonJson(404, { statusCode: '404', message: 'Resource not found' });
}

export const errors = {
  contactNotFound: () => karbonError(404, '4004', 'No Contact found for provided key'),
  organizationNotFound: (key: string) => karbonError(404, '4004', `No organization exists with a key of ${key}.`),
  businessCardNotFound: (key: string) => karbonError(404, '4004', `Invalid businessCardPermaKey ${key}`),
  udiNotFound: (entity: 'Contact' | 'Organization') =>
    karbonError(404, '4004', `No ${entity} found for provided UserDefinedIdentifer`),
  // PUT on a missing Organization answers the route-miss shape (example HTTP_Resource_Not_Found).
  noHttpResource: (url: string) =>
    karbonError(404, '4002', `No HTTP resource was found that matches the request URI '${url}'`),
  stale: () =>
    karbonError(409, '4020', 'The resource was modified by another request. Refetch the latest version and retry.'),
  duplicateUdi: () => karbonError(500, '5001', 'User defined identifier already in use'),
  missingData: (what: string) => karbonError(400, '4005', `Required payload data is missing: ${what}`),
  badRequest: (message: string) => karbonError(400, '4002', message),
  restriction: (level: string) =>
    karbonError(403, '4021', `This API application does not have permission to set RestrictionLevel to ${level}.`),
  topExceeded: (value: string) =>
    karbonError(
      400,
      '4002',
      `The limit of '100' for Top query has been exceeded. The value from the incoming request is '${value}'.`,
    ),
  filterProperty: (property: string, dto: string) =>
    karbonError(400, '4002', `Could not find a property named '${property}' on type 'KarbonService.${dto}'.`),
  orderbyProperty: (property: string) =>
    karbonError(400, '4002', `The property '${property}' cannot be used in the $orderby query option.`),
  logicalOperator: (operator: string) =>
    karbonError(
      400,
      '4002',
      `Logical operator '${operator}' is not allowed. To allow it, set the 'AllowedLogicalOperators' property on EnableQueryAttribute or QueryValidationSettings.`,
    ),
  queryFunction: (name: string) =>
    karbonError(
      400,
      '4002',
      `Function '${name}' is not allowed. To allow it, set the 'AllowedFunctions' property on EnableQueryAttribute or QueryValidationSettings.`,
    ),
  queryOption: (option: string) =>
    karbonError(
      400,
      '4002',
      `Query option '${option}' is not allowed. To allow it, set the 'AllowedQueryOptions' property on EnableQueryAttribute or QueryValidationSettings.`,
    ),
  patchProperty: (allowed: string) =>
    karbonError(400, '4002', `Invalid property to update. Only ${allowed} can be patched.`),
  unsupportedMediaType: (type: string) =>
    karbonError(415, '4002', `The request entity's media type '${type}' is not supported for this resource.`),
};
