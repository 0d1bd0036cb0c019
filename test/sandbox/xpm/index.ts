// XPM 3.1 sandbox module: client.api (clients and their contacts) in XML under /xero/practicemanager/3.1.
// One practice per sandbox: the core checks the Bearer token and xero-tenant-id and sets req.tenantId first.
import type { Dataset, ModuleContext, ServiceModule } from '../core/types';
import { clientRoutes } from './client-routes';
import { contactRoutes } from './contact-routes';
import { XpmStore } from './store';

export { XPM_PREFIX } from './client-routes';
export { XpmStore } from './store';

export interface XpmModule extends ServiceModule {
  store: XpmStore;
}

export function createXpmModule(ctx: ModuleContext): XpmModule {
  const store = new XpmStore(ctx.clock, () => ctx.newId('uuid').toLowerCase());
  return {
    store,
    routes: [...clientRoutes(store), ...contactRoutes(store)],
    load(dataset: Dataset) {
      store.load(dataset.xpm?.clients ?? []);
    },
    dump(): Dataset {
      return { xpm: { clients: store.dump() } };
    },
    reset() {
      store.reset();
    },
  };
}
