// GET /v3/TenantSettings: the firm's Contact Types (objects {Name, ContactTypeKey}, fixtures/karbon/tenant-settings.json).
import type { Route } from '../core/types';
import { apiBase, KARBON_API_PREFIX } from './entity-routes';
import { errors, karbonJson } from './errors';
import type { KarbonStore } from './store';

const WORK_STATUSES = ['Planned', 'ReadyToStart', 'InProgress', 'Waiting', 'Completed'].map((Name) => ({
  Name,
  Type: 'Primary',
  Children: [],
}));

export function tenantSettingsRoute(store: KarbonStore, tenantKey: string): Route {
  return {
    method: 'GET',
    pattern: `${KARBON_API_PREFIX}/TenantSettings`,
    service: 'karbon',
    endpoint: 'GET TenantSettings',
    handler: (req) => {
      for (const name of req.url.searchParams.keys()) if (name.startsWith('$')) return errors.queryOption(name);
      return karbonJson(200, {
        '@odata.context': `${apiBase(req)}/$metadata#TenantSettings/$entity`,
        TenantKey: tenantKey,
        ClientAccessActivated: false,
        WorkStatuses: WORK_STATUSES,
        WorkTypes: [],
        ContactTypes: store.contactTypes,
        ServiceTypes: [],
      });
    },
  };
}
