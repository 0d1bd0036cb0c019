import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSandbox, practiceTenant, xeroClient } from './test-helpers';
import type { Sandbox } from './server';

let sb: Sandbox;
beforeAll(async () => {
  sb = await openSandbox({ seed: 'demo' });
});
afterAll(() => sb.close());

describe('startSandbox', () => {
  it('listens on a random loopback port and lays out every service root', () => {
    expect(sb.origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(sb.endpoints.xeroAccounting).toBe(`${sb.origin}/xero/api.xro/2.0`);
    expect(sb.modules).toEqual(['identity', 'xero', 'xpm', 'karbon', 'karbon-app']);
  });

  it('loads the demo firm into every system', () => {
    const state = sb.state();
    expect(state.xero?.contacts?.length).toBeGreaterThanOrEqual(150);
    expect(state.xpm?.clients?.length).toBeGreaterThanOrEqual(40);
    expect((state.karbon?.contacts?.length ?? 0) + (state.karbon?.organizations?.length ?? 0)).toBeGreaterThanOrEqual(
      120,
    );
  });

  it('answers unknown paths and wrong methods in each service’s own way, and keeps serving', async () => {
    const api = xeroClient(sb);
    const unknown = await api('/Invoices');
    expect(unknown.status).toBe(404);
    expect(await unknown.text()).toMatch(/cannot be found/);
    const karbon = await fetch(`${sb.endpoints.karbonApi}/Nothing`);
    expect(karbon.status).toBe(404);
    expect(await karbon.json()).toEqual({ statusCode: '404', message: 'Resource not found' });
    const wrong = await api('/Contacts', { method: 'DELETE' });
    expect(wrong.status).toBe(405);
    expect(wrong.headers.get('allow')).toContain('GET');
    expect((await api('/Contacts')).status).toBe(200);
  });

  it('gates XPM routes on the practice tenant and the practicemanager scope', async () => {
    const xpm = (token: string, tenant: string) =>
      fetch(`${sb.endpoints.xpm}/client.api/list`, {
        headers: { Authorization: `Bearer ${token}`, 'xero-tenant-id': tenant },
      });
    const full = sb.issueTokens().access_token;
    expect((await xpm(full, practiceTenant)).status).toBe(200);
    expect((await xpm(full, sb.credentials.xero.orgTenantId)).status).toBe(403);
    const accountingOnly = sb.issueTokens(['accounting.contacts', 'practicemanager.job']).access_token;
    const denied = await xpm(accountingOnly, practiceTenant);
    expect(denied.status).toBe(401);
    expect(await denied.json()).toMatchObject({ Detail: 'AuthorizationUnsuccessful' });
  });

  it('survives a client that hangs up mid-body', async () => {
    const { request } = await import('node:http');
    await new Promise<void>((resolve) => {
      const req = request(`${sb.endpoints.xeroAccounting}/Contacts`, {
        method: 'PUT',
        headers: { 'Content-Length': '1000' },
      });
      req.on('error', () => resolve());
      req.write('{"Contacts": [');
      setTimeout(() => {
        req.destroy();
        resolve();
      }, 50);
    });
    expect((await xeroClient(sb)('/Contacts')).status).toBe(200);
  });
});
