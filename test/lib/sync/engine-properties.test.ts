// Model-based property test of the whole engine on in-memory services: any interleaving of user edits on both sides
// and sync runs converges, keeps every value (in the records or in an open conflict) and never loops.
import fc from 'fast-check';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { AppDb } from '../../../lib/db/app-db';
import { karbonKeyOf, karbonToCanonical } from '../../../lib/model/karbon-mapping';
import { sameValue } from '../../../lib/model/normalize';
import { xeroToCanonical } from '../../../lib/model/xero-mapping';
import { createSyncEngine } from '../../../lib/sync/engine';
import { FakeKarbon, FakeXero } from './fake-services';

type Step =
  | { side: 'karbon' | 'xero'; field: 'email'; value: string }
  | { side: 'karbon' | 'xero'; field: 'phone'; value: string }
  | { side: 'sync' };

const arbStep: fc.Arbitrary<Step> = fc.oneof(
  fc.record({
    side: fc.constantFrom('karbon' as const, 'xero' as const),
    field: fc.constant('email' as const),
    value: fc.constantFrom('a@x.test', 'b@x.test', 'B@X.test', 'c@x.test'),
  }),
  fc.record({
    side: fc.constantFrom('karbon' as const, 'xero' as const),
    field: fc.constant('phone' as const),
    value: fc.constantFrom('02 9999 0000', '+61 2 9999 0000', '03 1111 2222'),
  }),
  fc.constant({ side: 'sync' as const }),
);

let n = 0;

describe('engine properties', () => {
  it('converges with no lost value and no loop, whatever the edits and runs', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(arbStep, { maxLength: 12 }), async (steps) => {
        const db = new AppDb(`p${n++}`, { indexedDB: new IDBFactory(), IDBKeyRange });
        const xero = new FakeXero();
        const karbon = new FakeKarbon();
        const engine = createSyncEngine({ db, xero, karbon });
        const org = karbon.add('org', { FullName: 'Acme Ltd' }, { EmailAddresses: ['a@x.test'] });
        const key = karbonKeyOf(org);
        const contact = xero.add({ Name: 'Acme Ltd', EmailAddress: 'a@x.test' });
        const id = contact.ContactID!;
        await engine.runSync({ trigger: 'test' });
        // The last value typed on each side since the last run must survive somewhere, unless it only re-spelled the
        // agreed value (a case or format change is not a change).
        let typed = new Map<string, { field: 'email' | 'phone'; value: string }>();
        const agreed: { email: unknown; phone: unknown } = { email: 'a@x.test', phone: null };
        const asValue = (field: 'email' | 'phone', value: string) => (field === 'email' ? value : { number: value });
        const type = (side: string, field: 'email' | 'phone', value: string) => {
          if (sameValue(field, agreed[field] as never, asValue(field, value) as never))
            typed.delete(`${side}:${field}`);
          else typed.set(`${side}:${field}`, { field, value });
        };
        const check = async () => {
          const k = karbonToCanonical(karbon.records.get(key)!);
          const x = xeroToCanonical(xero.contacts.get(id)!);
          const open = (await db.issues.toArray()).filter((i) => i.state === 'open' && i.kind === 'field-conflict');
          for (const field of ['email', 'phone'] as const) {
            const conflict = open.find((i) => i.field === field);
            if (!conflict) expect(sameValue(field, k[field], x[field])).toBe(true);
            for (const t of typed.values()) {
              if (t.field !== field) continue;
              const kept = [k[field], x[field]].some((v) =>
                sameValue(field, v as never, asValue(field, t.value) as never),
              );
              expect(kept).toBe(true);
            }
            if (!conflict) agreed[field] = k[field];
          }
        };
        for (const step of steps) {
          if (step.side === 'sync') {
            const res = await engine.runSync({ trigger: 'test' });
            expect(res.error).toBeUndefined();
            await check();
            typed = new Map();
          } else if (step.side === 'karbon') {
            karbon.editCard(key, (c) => {
              if (step.field === 'email') c.EmailAddresses = [step.value];
              else c.PhoneNumbers = [{ Number: step.value, Label: 'Work' }];
            });
            type('karbon', step.field, step.value);
          } else {
            xero.edit(
              id,
              step.field === 'email'
                ? { EmailAddress: step.value }
                : {
                    Phones: [
                      { PhoneType: 'DEFAULT', PhoneNumber: step.value, PhoneAreaCode: '', PhoneCountryCode: '' },
                    ],
                  },
            );
            type('xero', step.field, step.value);
          }
        }
        await engine.runSync({ trigger: 'test' });
        await check();
        const quiet = await engine.runSync({ trigger: 'test' });
        expect(quiet.writes).toEqual({ karbon: 0, xero: 0, xpm: 0 });
        expect(xero.contacts.size).toBe(1);
        expect(karbon.records.size).toBe(1);
        db.close();
      }),
      { numRuns: 100 },
    );
    // 100 cases of up to 12 runs each on fake-indexeddb: about 15 s alone, more on a shared 2-core machine.
  }, 60_000);
});
