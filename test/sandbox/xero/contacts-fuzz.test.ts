import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSandbox, xeroClient } from '../test-helpers';
import type { Sandbox } from '../server';

let sb: Sandbox;
let api: ReturnType<typeof xeroClient>;
beforeAll(async () => {
  sb = await openSandbox({ limits: false });
  api = xeroClient(sb);
});
afterAll(() => sb.close());

const names = fc.constantFrom('Acme Ltd', 'ACME LTD', ' acme ltd ', 'Beta', 'beta', '', 'Gamma & Co');
const contact = fc.record(
  {
    Name: fc.oneof(names, fc.string(), fc.integer(), fc.constant(null)),
    ContactNumber: fc.oneof(fc.constantFrom('KB-1', 'kb-1', 'KB-2'), fc.string({ maxLength: 60 })),
    ContactStatus: fc.constantFrom('ACTIVE', 'ARCHIVED', 'archived', 'DELETED'),
    EmailAddress: fc.oneof(fc.emailAddress(), fc.string()),
    Phones: fc.array(
      fc.record({ PhoneType: fc.constantFrom('DEFAULT', 'MOBILE', 'NOPE'), PhoneNumber: fc.string({ maxLength: 60 }) }),
    ),
    Extra: fc.jsonValue(),
  },
  { requiredKeys: [] },
);
const body = fc.oneof(
  fc.record({ Contacts: fc.array(contact, { maxLength: 4 }) }).map((b) => JSON.stringify(b)),
  contact.map((c) => JSON.stringify(c)),
  fc.string(),
  fc.jsonValue().map((v) => JSON.stringify(v)),
);

describe('arbitrary write bodies', () => {
  it('never crash the server or break the uniqueness rules', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom('PUT', 'POST'), body, fc.boolean(), async (method, raw, summarize) => {
        const res = await api(`/Contacts${summarize ? '' : '?summarizeErrors=false'}`, {
          method,
          headers: { 'Content-Type': 'application/json' },
          body: raw,
        });
        expect([200, 400]).toContain(res.status);
        const stored = sb.state().xero?.contacts as { Name: string; ContactStatus: string; ContactNumber?: string }[];
        const active = stored.filter((c) => c.ContactStatus === 'ACTIVE').map((c) => c.Name.trim().toLowerCase());
        expect(new Set(active).size).toBe(active.length);
        const numbers = stored.flatMap((c) => (c.ContactNumber ? [c.ContactNumber.trim().toLowerCase()] : []));
        expect(new Set(numbers).size).toBe(numbers.length);
        expect(stored.every((c) => c.Name.trim() !== '' && ['ACTIVE', 'ARCHIVED'].includes(c.ContactStatus))).toBe(
          true,
        );
      }),
      { numRuns: 150, seed: 20261126 },
    );
    expect((await api('/Contacts')).status).toBe(200);
  });
});
