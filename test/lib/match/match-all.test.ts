import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { matchAll } from '../../../lib/match/match-all';
import type { MatchOutcome, MatchRecord } from '../../../lib/match/types';

describe('matchAll', () => {
  it('returns one outcome per remote record, in order', () => {
    const karbon = [{ id: 'k1', name: 'Acme Ltd', email: 'a@acme.example' }];
    const remote = [
      { id: 'r1', name: 'Nobody', email: 'n@x.example' },
      { id: 'r2', name: 'Acme Ltd', email: 'a@acme.example' },
    ];
    expect(matchAll(karbon, remote).map((o) => [o.remoteId, o.kind])).toEqual([
      ['r1', 'no-match'],
      ['r2', 'full-match'],
    ]);
  });

  it('links neither of two remote records that fully match the same Karbon record', () => {
    const karbon = [{ id: 'k1', name: 'Acme Ltd', email: 'a@acme.example' }];
    const remote = [
      { id: 'xero-active', name: 'Acme Ltd', email: 'a@acme.example' },
      { id: 'xero-archived', name: 'ACME LTD', email: 'A@acme.example' },
      { id: 'other', name: 'Acme Limited', email: 'a@acme.example' },
    ];
    const outcomes = matchAll(karbon, remote);
    expect(outcomes[0]).toMatchObject({ kind: 'ambiguous', ambiguity: 'karbon-record-claimed-twice', score: 0.95 });
    expect(outcomes[1]).toMatchObject({ kind: 'ambiguous', ambiguity: 'karbon-record-claimed-twice' });
    expect(outcomes[0]?.candidates).toEqual([{ karbonId: 'k1', signals: ['name', 'email'], score: 0.95 }]);
    expect(outcomes[2]).toMatchObject({ kind: 'normalized-name' });
  });

  it('never auto-links one Karbon record twice, and only links name + email equal pairs', () => {
    const word = fc.constantFrom('Acme', 'ACME', 'Smith', 'Jones', 'Pty Ltd', 'Pty. Limited', '&', 'and', 'Zoë', 'Zoe');
    const record = (prefix: string) =>
      fc.record({
        id: fc.string({ minLength: 1, maxLength: 4 }).map((s) => `${prefix}${s}`),
        name: fc.array(word, { minLength: 1, maxLength: 3 }).map((words) => words.join(' ')),
        email: fc.option(fc.constantFrom('a@x.example', 'A@X.example', 'b@x.example'), { nil: undefined }),
      });
    fc.assert(
      fc.property(fc.array(record('k'), { maxLength: 12 }), fc.array(record('r'), { maxLength: 12 }), (k, r) => {
        const karbon = uniqueIds(k);
        const byId = new Map(karbon.map((c) => [c.id, c]));
        const linked = new Set<string>();
        matchAll(karbon, r).forEach((outcome, i) => {
          if (outcome.kind !== 'full-match') return;
          const remote = r[i] as MatchRecord;
          const target = byId.get(outcome.karbonId) as MatchRecord;
          expect(linked.has(outcome.karbonId)).toBe(false);
          linked.add(outcome.karbonId);
          expect(target.name.toLowerCase()).toBe(remote.name.toLowerCase());
          expect(target.email?.toLowerCase()).toBe(remote.email?.toLowerCase());
          expect(target.email).toBeDefined();
        });
      }),
      { numRuns: 500 },
    );
  });

  it('gives the same outcomes whatever the order of the Karbon records', () => {
    const karbonRecord = fc.record({
      name: fc.constantFrom('Acme Ltd', 'Acme Limited', 'Bob Lee', 'bob lee', 'Zoë Ltd'),
      email: fc.option(fc.constantFrom('a@x.example', 'b@x.example'), { nil: undefined }),
    });
    fc.assert(
      fc.property(fc.array(karbonRecord, { maxLength: 10 }), fc.array(karbonRecord, { maxLength: 5 }), (k, r) => {
        const karbon = k.map((c, i) => ({ ...c, id: `k${i}` }));
        const remote = r.map((c, i) => ({ ...c, id: `r${i}` }));
        const reversed = [...karbon].reverse();
        expect(matchAll(reversed, remote)).toEqual(matchAll(karbon, remote));
      }),
      { numRuns: 500 },
    );
  });
});

describe('matchAll and the order of remote records', () => {
  it('gives each remote record the same outcome whatever the order of the batch', () => {
    const record = fc.record({
      name: fc.constantFrom('Acme Ltd', 'ACME LTD', 'Acme Limited', 'Bob Lee', 'Zoë Ltd'),
      email: fc.option(fc.constantFrom('a@x.example', 'b@x.example'), { nil: undefined }),
    });
    fc.assert(
      fc.property(fc.array(record, { maxLength: 8 }), fc.array(record, { minLength: 1, maxLength: 8 }), (k, r) => {
        const karbon = k.map((c, i) => ({ ...c, id: `k${i}` }));
        const remote = r.map((c, i) => ({ ...c, id: `r${i}` }));
        const byId = (outcomes: MatchOutcome[]) => new Map(outcomes.map((o) => [o.remoteId, o]));
        expect(byId(matchAll(karbon, [...remote].reverse()))).toEqual(byId(matchAll(karbon, remote)));
      }),
      { numRuns: 500 },
    );
  });
});

function uniqueIds(records: MatchRecord[]): MatchRecord[] {
  return records.map((record, i) => ({ ...record, id: `${record.id}-${i}` }));
}
