import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SYNCED_FIELDS, type CanonicalContact } from '../../../lib/model/canonical';
import { normalizeAddress, sameValue } from '../../../lib/model/normalize';
import { applyPatch, isEmptyPatch, reconcile } from '../../../lib/sync/reconcile';

const base: CanonicalContact = {
  name: 'Acme Pty Ltd',
  email: 'accounts@acme.test',
  phone: { number: '02 9999 0000', country: 'AU' },
  address: { lines: '1 Main St', city: 'Sydney', region: 'NSW', postalCode: '2000', country: 'AU' },
};

describe('reconcile (table)', () => {
  it.each([
    ['nothing changed', base, base, {}, {}, []],
    ['Karbon changed the email', { ...base, email: 'new@acme.test' }, base, {}, { email: 'new@acme.test' }, []],
    ['Xero changed the name', base, { ...base, name: 'Acme Group' }, { name: 'Acme Group' }, {}, []],
    ['both changed the email alike', { ...base, email: 'x@acme.test' }, { ...base, email: 'X@Acme.test' }, {}, {}, []],
    [
      'both changed the email differently',
      { ...base, email: 'k@acme.test' },
      { ...base, email: 'x@acme.test' },
      {},
      {},
      ['email'],
    ],
    ['only formatting changed', { ...base, phone: { number: '+61 2 9999 0000' } }, base, {}, {}, []],
  ] as const)('%s', (_, karbon, remote, toKarbon, toRemote, conflictFields) => {
    const r = reconcile(base, karbon, remote);
    expect(r.toKarbon).toEqual(toKarbon);
    expect(r.toRemote).toEqual(toRemote);
    expect(r.conflicts.map((c) => c.field)).toEqual(conflictFields);
  });

  it('keeps syncing the other fields while one is in conflict, and keeps both values', () => {
    const karbon = { ...base, email: 'k@acme.test', name: 'Acme Holdings' };
    const remote = { ...base, email: 'x@acme.test', phone: { number: '02 8888 0000' } };
    const r = reconcile(base, karbon, remote);
    expect(r.conflicts).toEqual([{ field: 'email', base: base.email, karbon: 'k@acme.test', remote: 'x@acme.test' }]);
    expect(r.toRemote).toEqual({ name: 'Acme Holdings' });
    expect(r.toKarbon).toEqual({ phone: { number: '02 8888 0000' } });
    expect(r.newBase.email).toBe(base.email);
  });

  it('treats the way Karbon shows a lossy base (its echo) as no change, and a later real edit as a change', () => {
    const karbonShows = { ...base, address: { ...base.address!, country: '' } };
    const echo = { address: normalizeAddress(karbonShows.address) };
    expect(reconcile(base, karbonShows, base, echo).toRemote).toEqual({});
    const edited = { ...karbonShows, address: { ...karbonShows.address, city: 'Newcastle' } };
    expect(reconcile(base, edited, base, echo).toRemote).toEqual({ address: edited.address });
  });

  it('writes the changing user formatting, not a normalized form', () => {
    const r = reconcile(base, { ...base, name: 'ACME  Holdings Pty Ltd' }, base);
    expect(r.toRemote.name).toBe('ACME  Holdings Pty Ltd');
  });
});

// Small pools so that equal, equal-after-normalization and different values all occur often.
const arbName = fc.constantFrom('Acme', 'acme ', 'ACME', 'Beta Ltd', 'beta ltd', 'Gamma', '');
const arbEmail = fc.constantFrom('a@x.test', 'A@X.test', 'b@x.test', '');
const arbPhone = fc.constantFrom(
  null,
  { number: '02 9999 0000' },
  { number: '+61 2 9999 0000' },
  { number: '03 1111 2222' },
);
const arbAddress = fc.constantFrom(
  null,
  { lines: '1 Main St', city: 'Sydney', region: 'NSW', postalCode: '2000', country: 'AU' },
  { lines: '1 main st.', city: 'SYDNEY', region: 'NSW', postalCode: '2000', country: 'Australia' },
  { lines: '2 High St', city: 'Perth', region: 'WA', postalCode: '6000', country: 'AU' },
);
const arbContact: fc.Arbitrary<CanonicalContact> = fc.record({
  name: arbName,
  email: arbEmail,
  phone: arbPhone,
  address: arbAddress,
});

describe('reconcile (properties)', () => {
  it('converges: after applying the writes both sides equal the new base on every non-conflict field', () => {
    fc.assert(
      fc.property(arbContact, arbContact, arbContact, (b, k, r) => {
        const res = reconcile(b, k, r);
        const k2 = applyPatch(k, res.toKarbon);
        const r2 = applyPatch(r, res.toRemote);
        const conflicted = new Set(res.conflicts.map((c) => c.field));
        for (const f of SYNCED_FIELDS) {
          if (conflicted.has(f)) continue;
          expect(sameValue(f, k2[f], r2[f])).toBe(true);
          expect(sameValue(f, res.newBase[f], k2[f])).toBe(true);
        }
      }),
    );
  });

  it('never drops a change: every changed value ends on both sides or in a conflict that keeps it', () => {
    fc.assert(
      fc.property(arbContact, arbContact, arbContact, (b, k, r) => {
        const res = reconcile(b, k, r);
        const k2 = applyPatch(k, res.toKarbon);
        const r2 = applyPatch(r, res.toRemote);
        for (const f of SYNCED_FIELDS) {
          const conflict = res.conflicts.find((c) => c.field === f);
          for (const side of [k, r]) {
            if (sameValue(f, b[f], side[f])) continue;
            if (conflict) {
              expect([conflict.karbon, conflict.remote]).toContainEqual(side[f]);
              // A conflict overwrites neither side.
              expect(k2[f]).toEqual(k[f]);
              expect(r2[f]).toEqual(r[f]);
            } else {
              expect(sameValue(f, k2[f], side[f]) && sameValue(f, r2[f], side[f])).toBe(true);
            }
          }
        }
      }),
    );
  });

  it('is idempotent: our own writes coming back are no-ops', () => {
    fc.assert(
      fc.property(arbContact, arbContact, arbContact, (b, k, r) => {
        const first = reconcile(b, k, r);
        const second = reconcile(first.newBase, applyPatch(k, first.toKarbon), applyPatch(r, first.toRemote));
        expect(isEmptyPatch(second.toKarbon)).toBe(true);
        expect(isEmptyPatch(second.toRemote)).toBe(true);
        expect(second.conflicts.map((c) => c.field)).toEqual(first.conflicts.map((c) => c.field));
      }),
    );
  });

  it('writes nothing when neither side changed', () => {
    fc.assert(
      fc.property(arbContact, (b) => {
        const res = reconcile(b, b, b);
        expect(isEmptyPatch(res.toKarbon) && isEmptyPatch(res.toRemote) && res.conflicts.length === 0).toBe(true);
      }),
    );
  });
});
