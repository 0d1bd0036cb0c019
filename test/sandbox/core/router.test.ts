import { describe, expect, it } from 'vitest';
import { createRouter } from './router';
import type { Route } from './types';

const route = (method: Route['method'], pattern: string): Route => ({
  method,
  pattern,
  service: 'xero',
  endpoint: `${method} ${pattern}`,
  handler: () => ({ status: 200 }),
});

const match = createRouter([
  route('GET', '/xero/api.xro/2.0/Contacts'),
  route('GET', '/xero/api.xro/2.0/Contacts/:id'),
  route('GET', '/xero/api.xro/2.0/Contacts/:id/History'),
  route('POST', '/xero/api.xro/2.0/Contacts/:id'),
  route('GET', '/x/:a/fixed'),
  route('GET', '/x/:a/:b'),
]);

describe('router', () => {
  it.each([
    ['GET', '/xero/api.xro/2.0/contacts', 'GET /xero/api.xro/2.0/Contacts', {}],
    ['GET', '/xero/api.xro/2.0/Contacts/abc%20d', 'GET /xero/api.xro/2.0/Contacts/:id', { id: 'abc d' }],
    ['GET', '/xero/api.xro/2.0/Contacts/abc/History', 'GET /xero/api.xro/2.0/Contacts/:id/History', { id: 'abc' }],
    ['POST', '/xero/api.xro/2.0/Contacts/abc/', 'POST /xero/api.xro/2.0/Contacts/:id', { id: 'abc' }],
    ['GET', '/x/1/fixed', 'GET /x/:a/fixed', { a: '1' }],
    ['GET', '/x/1/2', 'GET /x/:a/:b', { a: '1', b: '2' }],
  ])('%s %s -> %s', (method, path, endpoint, params) => {
    const m = match(method, path);
    expect(m.kind).toBe('found');
    if (m.kind === 'found') {
      expect(m.route.endpoint).toBe(endpoint);
      expect(m.params).toEqual(params);
    }
  });

  it('tells a wrong method from an unknown path', () => {
    expect(match('DELETE', '/xero/api.xro/2.0/Contacts')).toMatchObject({
      kind: 'method-not-allowed',
      allowed: ['GET'],
    });
    expect(match('GET', '/xero/api.xro/2.0/Invoices')).toEqual({ kind: 'not-found' });
  });
});
