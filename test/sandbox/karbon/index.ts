// Karbon API v3 sandbox module: Contacts, Organizations, BusinessCards, TenantSettings and CustomFields (definitions)
// under /karbon-api/v3.
// The store is single-firm: the core authorises the Bearer + AccessKey pair and sets req.tenantId before routing here.
import type { Dataset, ModuleContext, ServiceModule } from '../core/types';
import { CONTACTS, ORGANIZATIONS } from './entity-kinds';
import { entityRoutes } from './entity-routes';
import { businessCardRoutes } from './business-card-routes';
import { contactForDataset, organizationForDataset } from './serialize';
import { KarbonStore } from './store';
import { tenantSettingsRoute } from './tenant-settings-route';
import { CustomFieldStore, customFieldRoutes } from './custom-field-routes';
import type { KarbonAppPermissions } from './write-rules';

export { KarbonStore } from './store';
export { KARBON_API_PREFIX } from './entity-routes';
export type * from './records';

/** The demo firm's TenantKey; the web app uses it as the `<firm>` path segment too (reference B5 leaves this open). */
export const KARBON_TENANT_KEY = '3kTqDm7Fz9Lw';

export interface KarbonModule extends ServiceModule {
  /** The firm's records, shared with the Karbon-style web app (`createKarbonAppModule(ctx, karbon)`). */
  store: KarbonStore;
}

export interface KarbonModuleOptions {
  permissions?: Partial<KarbonAppPermissions>;
}

export function createKarbonModule(ctx: ModuleContext, options: KarbonModuleOptions = {}): KarbonModule {
  const store = new KarbonStore(ctx.clock, () => ctx.newId('karbon-key'));
  const customFields = new CustomFieldStore(() => ctx.newId('karbon-key'));
  const permissions: KarbonAppPermissions = { includePrivate: false, includeHidden: false, ...options.permissions };
  return {
    store,
    routes: [
      ...entityRoutes(CONTACTS, store, permissions),
      ...entityRoutes(ORGANIZATIONS, store, permissions),
      ...businessCardRoutes(store),
      tenantSettingsRoute(store, KARBON_TENANT_KEY),
      ...customFieldRoutes(customFields),
    ],
    load(dataset: Dataset) {
      const karbon = dataset.karbon ?? {};
      store.load(karbon.contacts ?? [], karbon.organizations ?? []);
    },
    dump(): Dataset {
      const { contacts, organizations } = store.dump();
      return {
        karbon: { contacts: contacts.map(contactForDataset), organizations: organizations.map(organizationForDataset) },
      };
    },
    reset() {
      store.reset();
      customFields.reset();
    },
  };
}
