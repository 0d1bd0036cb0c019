import { randomUUID } from 'node:crypto';
import { envelopeDate } from './dates';

/** Every Accounting response wraps its records like this (fixtures/xero-accounting/contacts-list.json). */
export function envelope(now: number, body: Record<string, unknown>): Record<string, unknown> {
  return {
    Id: randomUUID(),
    Status: 'OK',
    ProviderName: 'Karbon Xero Sync (sandbox)',
    DateTimeUTC: envelopeDate(now),
    ...body,
  };
}
