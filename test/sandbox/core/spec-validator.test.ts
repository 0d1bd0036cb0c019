import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { arrayValidatorFor, validatorFor } from './spec-validator';
import { FIXTURES, SPECS } from '../test-helpers';

const fixture = (path: string) => JSON.parse(readFileSync(`${FIXTURES}/${path}`, 'utf8')) as unknown;

describe('validatorFor', () => {
  it.each([
    ['xero_accounting.yaml', 'Contacts', 'xero-accounting/contacts-list.json'],
    ['xero_accounting.yaml', 'Contacts', 'xero-accounting/contact-by-id.json'],
    ['xero_accounting.yaml', 'Error', 'xero-accounting/contact-validation-error.json'],
    ['KarbonAPI.json', 'ResourceNotFound', 'karbon/errors/ResourceNotFound.json'],
  ])('accepts the %s %s example %s', (spec, schema, file) => {
    expect(validatorFor(`${SPECS}/${spec}`, schema)(fixture(file)).errors).toEqual([]);
  });

  it('accepts the identity connections example (dates without a zone)', () => {
    expect(
      arrayValidatorFor(`${SPECS}/xero-identity.yaml`, 'Connection')(fixture('xero-accounting/connections.json')).valid,
    ).toBe(true);
  });

  it.each([
    ['xero_accounting.yaml', 'Contacts', { Contacts: [{ ContactStatus: 'DELETED' }] }, '/Contacts/0/ContactStatus'],
    ['xero_accounting.yaml', 'Contacts', { Contacts: [{ ContactID: 'not-a-uuid' }] }, '/Contacts/0/ContactID'],
    ['xero_accounting.yaml', 'Contacts', { pagination: { page: 'one' } }, '/pagination/page'],
    ['KarbonAPI.json', 'RateLimitErrorMessage', { statusCode: 429, message: 'x' }, '/statusCode'],
  ])('rejects a bad %s %s body and names the path', (spec, schema, body, path) => {
    const result = validatorFor(`${SPECS}/${spec}`, schema)(body);
    expect(result.valid).toBe(false);
    expect(result.errors.join('\n')).toContain(path);
  });
});
