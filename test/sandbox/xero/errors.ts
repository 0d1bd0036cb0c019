import { json, text } from '../core/responses';
import type { SandboxResponse } from '../core/types';

/** 400 ValidationException with the failed elements (spec `Error`, fixtures/xero-accounting/contact-validation-error.json). */
export const validationException = (elements: unknown[]) =>
  json(400, {
    ErrorNumber: 10,
    Type: 'ValidationException',
    Message: 'A validation exception occurred',
    Elements: elements,
  });

/** 400 for a body that does not deserialize (xero-php-oauth2#205). */
export const postDataInvalid = (detail: string) =>
  json(400, {
    ErrorNumber: 14,
    Type: 'PostDataInvalidException',
    Message: `JSON request body could not be read, Error: ${detail}`,
  });

/** 400 when the body carries no Contacts (reference §6, xero-php-oauth2#48). */
export const noDataProcessed = () =>
  json(400, {
    ErrorNumber: 17,
    Type: 'NoDataProcessedException',
    Message:
      'No data has been processed for this endpoint. This endpoint is expecting Contact data to be specifed in the request body.',
  });

/** 400 for a `where` or `order` Xero cannot parse. */
export const queryParse = (message: string) =>
  json(400, { ErrorNumber: 16, Type: 'QueryParseException', Message: message });

/** Unknown ids answer this plain-text 404. */
export const notFound = (): SandboxResponse => text(404, "The resource you're looking for cannot be found");
