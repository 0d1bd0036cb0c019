// client.api contacts, contact get/create/update/delete and linking contacts to a client (reference A2).
import type { Route, SandboxRequest, SandboxResponse } from '../core/types';
import { xpmRoute } from './client-routes';
import { readContact, readEntity } from './input';
import { pageLinks, readPage } from './paging';
import { contactElement } from './serialize';
import type { XpmStore } from './store';
import { publicUrl } from '../karbon/public-url';
import { xpmError, xpmOk } from './xml';

/** Linking takes at most 10 contacts per request (reference A2). */
export const MAX_LINKS_PER_REQUEST = 10;

export function contactRoutes(store: XpmStore): Route[] {
  const clientUuidParam = (req: SandboxRequest) => req.url.searchParams.get('clientUuid')?.toLowerCase() || undefined;

  const all = (req: SandboxRequest): SandboxResponse => {
    const page = readPage(req.url);
    if (!page.ok) return xpmError(page.error);
    // Practice-wide and non-deleted, without IsPrimary or Position (reference A2).
    const live = [...store.contacts.values()].filter((c) => !c.IsDeleted);
    const slice = live.slice(page.offset, page.offset + page.size).map((c) => contactElement(c, undefined));
    return xpmOk('Contacts', {
      Contacts: slice.length > 0 ? { Contact: slice } : '',
      ...pageLinks(publicUrl(req), page, live.length),
    });
  };

  const get = (req: SandboxRequest): SandboxResponse => {
    const contact = store.findContactByUuid(req.params.uuid ?? '');
    if (!contact) return xpmError('Contact not found');
    const clientUuid = clientUuidParam(req);
    const link = clientUuid ? store.linksOfContact(contact.UUID).find((l) => l.clientUuid === clientUuid) : undefined;
    return xpmOk('Contact', { Contact: contactElement(contact, link) });
  };

  const create = (req: SandboxRequest): SandboxResponse => {
    const body = readEntity(req, 'Contact');
    if (!body.ok) return xpmError(body.error);
    const input = readContact(body.value);
    if (!input.ok) return xpmError(input.error);
    if (!input.value.clientUuid) return xpmError('Client UUID is required');
    const client = store.findClientByUuid(input.value.clientUuid);
    if (!client) return xpmError('Client not found');
    if (!input.value.fields.Name?.trim()) return xpmError('Name is required');
    const uuid = store.newUuid();
    const contact = { UUID: uuid, fields: input.value.fields, IsDeleted: false };
    store.contacts.set(uuid, contact);
    store.link(client.UUID, uuid, input.value.Position ?? '', input.value.IsPrimary ?? false);
    store.touch(client);
    const link = store.linksOfContact(uuid)[0];
    return xpmOk('Contact', { Contact: contactElement(contact, link) });
  };

  const update = (req: SandboxRequest): SandboxResponse => {
    const contact = store.findContactByUuid(req.params.uuid ?? '');
    if (!contact) return xpmError('Contact not found');
    const body = readEntity(req, 'Contact');
    if (!body.ok) return xpmError(body.error);
    const input = readContact(body.value);
    if (!input.ok) return xpmError(input.error);
    if (input.value.fields.Name !== undefined && input.value.fields.Name.trim() === '')
      return xpmError('Name is required');
    const clientUuid = input.value.clientUuid;
    const link = clientUuid ? store.linksOfContact(contact.UUID).find((l) => l.clientUuid === clientUuid) : undefined;
    // Position and IsPrimary can only be updated for a contact linked to that client (docs contact-update example).
    if ((input.value.Position !== undefined || input.value.IsPrimary !== undefined) && clientUuid && !link)
      return xpmError('The contact is not linked to that client');
    Object.assign(contact.fields, input.value.fields);
    if (link)
      store.link(
        link.clientUuid,
        contact.UUID,
        input.value.Position ?? link.Position,
        input.value.IsPrimary ?? link.IsPrimary,
      );
    store.touchContact(contact.UUID);
    return xpmOk('Contact', { Contact: contactElement(contact, link) });
  };

  const remove = (req: SandboxRequest): SandboxResponse => {
    const contact = store.findContactByUuid(req.params.uuid ?? '');
    if (!contact) return xpmError('Contact not found');
    const clientUuid = clientUuidParam(req);
    store.touchContact(contact.UUID);
    // With clientUuid the contact only leaves that client; without it the contact is deleted (reference A2).
    if (clientUuid) store.unlink(clientUuid, contact.UUID);
    else contact.IsDeleted = true;
    return xpmOk('Contact');
  };

  const link = (req: SandboxRequest): SandboxResponse => {
    const client = store.findClientByUuid(req.params.uuid ?? '');
    if (!client) return xpmError('Client not found');
    const body = readEntity(req, 'Client');
    if (!body.ok) return xpmError(body.error);
    const contacts = body.value.Contacts;
    const list = typeof contacts === 'object' && contacts !== null && 'Contact' in contacts ? contacts.Contact : [];
    if (!Array.isArray(list) || list.length === 0) return xpmError('At least one <Contact> is required');
    if (list.length > MAX_LINKS_PER_REQUEST) return xpmError(`At most ${MAX_LINKS_PER_REQUEST} contacts per request`);
    const inputs = [];
    for (const raw of list) {
      const input = readContact(typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {});
      if (!input.ok) return xpmError(input.error);
      const uuid = input.value.UUID;
      if (!uuid || !store.findContactByUuid(uuid)) return xpmError(`Contact ${uuid ?? ''} not found`);
      inputs.push({ ...input.value, UUID: uuid });
    }
    for (const input of inputs) store.link(client.UUID, input.UUID, input.Position ?? '', input.IsPrimary ?? false);
    store.touch(client);
    return xpmOk('Contacts');
  };

  return [
    xpmRoute('GET', 'contacts', all),
    xpmRoute('GET', 'contact/:uuid', get),
    xpmRoute('POST', 'contact', create),
    xpmRoute('PUT', 'contact/:uuid', update),
    xpmRoute('DELETE', 'contact/:uuid', remove),
    xpmRoute('POST', 'client/:uuid/contacts', link),
  ];
}
