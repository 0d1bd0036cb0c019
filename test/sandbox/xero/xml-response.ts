import { parseXeroDate } from './dates';
import type { Handler, SandboxRequest, SandboxResponse } from '../core/types';

// The Accounting API answers XML unless the request asks for JSON (https://developer.xero.com/documentation/api/accounting/requests-and-responses):
// a client that forgets `Accept: application/json` must see that here too.

const ITEM: Record<string, string> = {
  Contacts: 'Contact',
  Addresses: 'Address',
  Phones: 'Phone',
  ContactPersons: 'ContactPerson',
  ContactGroups: 'ContactGroup',
  ValidationErrors: 'ValidationError',
  Warnings: 'Warning',
  Attachments: 'Attachment',
  SalesTrackingCategories: 'SalesTrackingCategory',
  PurchasesTrackingCategories: 'PurchasesTrackingCategory',
  Elements: 'DataContractBase',
};

const escape = (s: string) => s.replace(/[&<>]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;' })[c] ?? c);

function scalar(value: unknown): string {
  if (typeof value === 'string') {
    const ms = /^\/Date\(/.test(value) ? parseXeroDate(value) : undefined;
    return escape(ms === undefined ? value : new Date(ms).toISOString().replace('Z', ''));
  }
  return escape(String(value));
}

function element(name: string, value: unknown): string {
  if (value === null || value === undefined) return '';
  if (Array.isArray(value)) {
    const item = ITEM[name] ?? name.replace(/s$/, '');
    const attr = name === 'Elements' ? ' xsi:type="Contact"' : '';
    const inner = value.map((v) => element(item, v).replace(`<${item}>`, `<${item}${attr}>`)).join('');
    return inner ? `<${name}>${inner}</${name}>` : `<${name} />`;
  }
  if (typeof value === 'object') {
    const inner = Object.entries(value as Record<string, unknown>)
      .map(([k, v]) => element(k === 'pagination' ? 'Pagination' : k, v))
      .join('');
    return `<${name}>${inner}</${name}>`;
  }
  return `<${name}>${scalar(value)}</${name}>`;
}

const wantsJson = (req: SandboxRequest) => /json/i.test(String(req.headers.accept ?? ''));

function toXml(status: number, body: Record<string, unknown>): string {
  const root = status >= 400 ? 'ApiException' : 'Response';
  const inner = Object.entries(body)
    .map(([k, v]) => element(k === 'pagination' ? 'Pagination' : k, v))
    .join('');
  return `<${root} xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:xsd="http://www.w3.org/2001/XMLSchema">${inner}</${root}>`;
}

/** Wraps an Accounting handler: its JSON envelopes and ApiExceptions become XML unless the client accepts JSON. */
export function negotiated(handler: Handler): Handler {
  return async (req) => {
    const r: SandboxResponse = await handler(req);
    const type = r.headers?.['Content-Type'] ?? '';
    if (wantsJson(req) || !type.includes('json') || typeof r.body !== 'string') return r;
    const body = JSON.parse(r.body) as Record<string, unknown>;
    if (!('Status' in body) && !('ErrorNumber' in body)) return r;
    return { ...r, headers: { ...r.headers, 'Content-Type': 'text/xml; charset=utf-8' }, body: toXml(r.status, body) };
  };
}
