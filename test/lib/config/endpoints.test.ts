import { describe, expect, it } from 'vitest';
import { activeEndpoints, karbonAppRoots, REAL_ENDPOINTS, sandboxEndpoints } from '../../../lib/config/endpoints';

describe('endpoints', () => {
  it('lays every real host out as a path prefix under the sandbox origin', () => {
    expect(sandboxEndpoints('http://127.0.0.1:4010/')).toEqual({
      xeroAuthorize: 'http://127.0.0.1:4010/xero-login/identity/connect/authorize',
      xeroToken: 'http://127.0.0.1:4010/xero-identity/connect/token',
      xeroConnections: 'http://127.0.0.1:4010/xero/connections',
      xeroAccounting: 'http://127.0.0.1:4010/xero/api.xro/2.0',
      xpm: 'http://127.0.0.1:4010/xero/practicemanager/3.1',
      karbonApi: 'http://127.0.0.1:4010/karbon-api/v3',
      karbonApp: 'http://127.0.0.1:4010/karbon-app/',
    });
  });

  it('uses the sandbox only when the build knows one', () => {
    expect(activeEndpoints('sandbox', '')).toBe(REAL_ENDPOINTS);
    expect(activeEndpoints('production', 'http://127.0.0.1:4010')).toBe(REAL_ENDPOINTS);
    expect(activeEndpoints('sandbox', 'http://127.0.0.1:4010').karbonApi).toBe('http://127.0.0.1:4010/karbon-api/v3');
    expect(karbonAppRoots('')).toEqual(['https://app2.karbonhq.com/']);
  });
});
