import type { XeroClient } from '../../api/xero-client';
import type { XeroContactInput } from '../../api/schemas/xero-contact';
import type { XeroContactWire } from '../../model/wire-types';
import type { XeroPort, XeroWriteOutcome } from '../ports';
import { stripNulls } from './strip-nulls';

const inputs = (list: XeroContactWire[]) => list.map((c) => stripNulls(c) as XeroContactInput);

const outcomes = (results: Awaited<ReturnType<XeroClient['createContacts']>>): XeroWriteOutcome[] =>
  results.map((r) =>
    r.ok ? { ok: true, index: r.index, contact: r.contact } : { ok: false, index: r.index, errors: r.errors },
  );

/** The engine's Xero port over the lib/api Xero client (archived contacts included in every list read). */
export function xeroPortFromClient(client: XeroClient): XeroPort {
  return {
    async *listContactPages(options) {
      for await (const page of client.listContactPages({
        includeArchived: true,
        ...(options.modifiedSince ? { modifiedSince: options.modifiedSince } : {}),
        ...(options.startPage ? { startPage: options.startPage } : {}),
      })) {
        const total = page.itemCount === undefined ? {} : { itemCount: page.itemCount };
        yield { page: page.page, records: page.records, rejected: page.rejected, ...total };
      }
    },
    getContact: (id) => client.getContact(id),
    getContactByNumber: (n) => client.getContactByNumber(n),
    findContactsByName: async (name) => ({ records: (await client.findContactsByName(name)).records }),
    createContacts: async (list, o) => outcomes(await client.createContacts(inputs(list), o)),
    updateContacts: async (list, o) => outcomes(await client.updateContacts(inputs(list), o)),
  };
}
