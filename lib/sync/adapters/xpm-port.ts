import type { XpmApiClient } from '../../api/xpm-client';
import type { XpmPort } from '../ports';

/** The engine's XPM port over the lib/api XPM client. */
export function xpmPortFromClient(client: XpmApiClient): XpmPort {
  return {
    listClients: async (options) => {
      const { records, rejected } = await client.listClients(options);
      return { records, ...(rejected.length > 0 ? { rejected } : {}) };
    },
    getClient: (uuid) => client.getClient(uuid),
    searchClients: async (query) => (await client.searchClients(query)).records,
    addClient: (input) => client.addClient(input),
    updateClient: (input) => client.updateClient(input),
    updateContact: (uuid, input, clientUuid) => client.updateContact(uuid, input, clientUuid),
    addContact: (clientUuid, input) => client.addContact(clientUuid, input),
  };
}
