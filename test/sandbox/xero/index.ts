import { ContactStore } from './contact-store';
import { createContactHandlers } from './contact-handlers';
import { loadContacts } from './load-contacts';
import { serializeContact } from './serialize-contact';
import { negotiated } from './xml-response';
import type { Handler, ModuleContext, Route, ServiceModule } from '../core/types';

const BASE = '/xero/api.xro/2.0';

/** Xero Accounting Contacts for the organisation tenant. */
export function createXeroModule(ctx: ModuleContext): ServiceModule {
  const now = () => ctx.clock.now();
  const store = new ContactStore(now);
  const newId = () => ctx.newId('uuid');
  const h = createContactHandlers(store, now, newId);
  const route = (method: Route['method'], path: string, endpoint: string, handler: Handler): Route => ({
    method,
    pattern: `${BASE}${path}`,
    service: 'xero',
    endpoint,
    handler: negotiated(handler),
  });
  return {
    routes: [
      route('GET', '/Contacts', 'GET Contacts', h.list),
      route('GET', '/Contacts/:id', 'GET Contacts/{id}', h.get),
      route('PUT', '/Contacts', 'PUT Contacts', h.create),
      route('POST', '/Contacts', 'POST Contacts', h.updateOrCreate),
      route('POST', '/Contacts/:id', 'POST Contacts/{id}', h.updateOne),
    ],
    load(dataset) {
      const contacts = dataset.xero?.contacts;
      if (contacts === undefined) return;
      if (!Array.isArray(contacts)) throw new Error('xero.contacts must be an array');
      store.clear();
      h.clearIdempotency();
      loadContacts(store, contacts, newId, now());
    },
    dump: () => ({ xero: { contacts: [...store.all()].map((c) => serializeContact(c, 'full')) } }),
    reset() {
      store.clear();
      h.clearIdempotency();
    },
  };
}
