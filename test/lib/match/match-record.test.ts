import { describe, expect, it } from 'vitest';
import { buildKarbonIndex } from '../../../lib/match/karbon-index';
import { matchRecord } from '../../../lib/match/match-record';
import type { MatchRecord } from '../../../lib/match/types';

const KARBON: MatchRecord[] = [
  { id: 'k-acme', name: 'Acme Plumbing Pty Ltd', email: 'accounts@acme.example', phone: '+61 2 9999 1234' },
  { id: 'k-jane', name: 'Jane Smith', firstName: 'Jane', lastName: 'Smith', email: 'jane@smith.example' },
  { id: 'k-trust', name: 'Smith Family Trust', email: 'trust@smith.example' },
  { id: 'k-bob-1', name: 'Bob Lee', email: 'bob@lee.example' },
  { id: 'k-bob-2', name: 'Bob Lee', email: 'robert@lee.example' },
  { id: 'k-shared-1', name: 'Ann Ngata', email: 'family@ngata.example' },
  { id: 'k-shared-2', name: 'Tom Ngata', email: 'family@ngata.example' },
  { id: 'k-zoe', name: 'Zoë Müller', email: 'zoe@muller.example' },
  { id: 'k-no-email', name: 'Harbour Cafe' },
];
const index = buildKarbonIndex(KARBON);

describe('matchRecord outcomes', () => {
  it.each([
    ['full-match', 'name and email equal', { name: 'Acme Plumbing Pty Ltd', email: 'accounts@acme.example' }, 'k-acme'],
    [
      'full-match',
      'case and spacing only',
      { name: ' ACME  plumbing pty ltd', email: ' Accounts@Acme.Example ' },
      'k-acme',
    ],
    ['full-match', 'email picks one of two same-named', { name: 'Bob Lee', email: 'robert@lee.example' }, 'k-bob-2'],
    [
      'full-match',
      'name picks one of a shared email',
      { name: 'Tom Ngata', email: 'family@ngata.example' },
      'k-shared-2',
    ],
    ['name-only', 'email differs', { name: 'Harbour Cafe', email: 'hello@harbour.example' }, undefined],
    ['name-only', 'Karbon has no email', { name: 'harbour cafe' }, undefined],
    ['email-only', 'name differs', { name: 'Acme Holdings', email: 'ACCOUNTS@acme.example' }, undefined],
    ['normalized-name', 'suffix spelling', { name: 'Acme Plumbing Pty. Limited', email: 'other@x.example' }, undefined],
    [
      'normalized-name',
      'suffix spelling, email equal',
      { name: 'Acme Plumbing P/L', email: 'accounts@acme.example' },
      undefined,
    ],
    ['normalized-name', 'diacritics', { name: 'Zoe Muller', email: 'zoe@muller.example' }, undefined],
    ['normalized-name', 'trustee form', { name: 'The Trustee for the Smith Family Trust' }, undefined],
    [
      'normalized-name',
      'Xero "Last, First" via FirstName/LastName',
      { name: 'Smith, Jane', firstName: 'Jane', lastName: 'Smith' },
      undefined,
    ],
    ['ambiguous', 'two records share the name', { name: 'Bob Lee', email: 'bob.lee@work.example' }, undefined],
    ['ambiguous', 'two records share the email', { name: 'Ngata Whanau', email: 'family@ngata.example' }, undefined],
    [
      'ambiguous',
      'name and email point at different records',
      { name: 'Jane Smith', email: 'accounts@acme.example' },
      undefined,
    ],
    ['no-match', 'nothing agrees', { name: 'Kauri Joinery Ltd', email: 'info@kauri.example' }, undefined],
    ['no-match', 'blank name and email never match blanks', { name: '  ', email: '' }, undefined],
  ] as const)('%s when %s', (kind, _case, fields, karbonId) => {
    const outcome = matchRecord(index, { id: 'remote', ...fields });
    expect(outcome.kind).toBe(kind);
    expect(outcome.remoteId).toBe('remote');
    if (outcome.kind === 'full-match') expect(outcome.karbonId).toBe(karbonId);
    if (kind === 'no-match') expect(outcome.candidates).toEqual([]);
    else expect(outcome.candidates.length).toBeGreaterThan(0);
  });

  it.each([
    [
      { name: 'Acme Plumbing Pty Ltd', email: 'accounts@acme.example', phone: '(02) 9999 1234' },
      ['name', 'email', 'phone'],
      1,
    ],
    [{ name: 'Acme Plumbing Pty Ltd', email: 'accounts@acme.example' }, ['name', 'email'], 0.95],
    [{ name: 'Harbour Cafe' }, ['name'], 0.5],
    [{ name: 'Acme Holdings', email: 'accounts@acme.example' }, ['email'], 0.45],
    [{ name: 'Acme Plumbing P/L', email: 'accounts@acme.example' }, ['email', 'normalized-name'], 0.8],
    [{ name: 'Acme Plumbing P/L', phone: '02 9999 1234' }, ['normalized-name', 'phone'], 0.4],
  ])('explains %j with signals %j and score %d', (fields, signals, score) => {
    const outcome = matchRecord(index, { id: 'remote', ...fields });
    expect(outcome.signals).toEqual(signals);
    expect(outcome.score).toBe(score);
    expect(outcome.candidates[0]?.signals).toEqual(signals);
  });

  it('lists every candidate of an ambiguous record, best first', () => {
    const outcome = matchRecord(index, { id: 'remote', name: 'Jane Smith', email: 'accounts@acme.example' });
    expect(outcome).toMatchObject({ kind: 'ambiguous', ambiguity: 'several-candidates' });
    expect(outcome.candidates).toEqual([
      { karbonId: 'k-jane', signals: ['name'], score: 0.5 },
      { karbonId: 'k-acme', signals: ['email'], score: 0.45 },
    ]);
  });

  it('keeps weaker candidates beside a full match, for the UI', () => {
    const outcome = matchRecord(index, { id: 'remote', name: 'Bob Lee', email: 'bob@lee.example' });
    expect(outcome).toMatchObject({ kind: 'full-match', karbonId: 'k-bob-1', score: 0.95 });
    expect(outcome.candidates.map((c) => c.karbonId)).toEqual(['k-bob-1', 'k-bob-2']);
  });

  it('is ambiguous when two Karbon records both match name and email', () => {
    const twins = buildKarbonIndex([
      { id: 'a', name: 'Kim Ryan', email: 'kim@ryan.example' },
      { id: 'b', name: 'KIM RYAN', email: 'Kim@Ryan.example' },
    ]);
    const outcome = matchRecord(twins, { id: 'r', name: 'Kim Ryan', email: 'kim@ryan.example' });
    expect(outcome).toMatchObject({ kind: 'ambiguous', ambiguity: 'several-candidates', score: 0.95 });
  });

  it('counts a Karbon person by "First Last" when its name field differs', () => {
    const people = buildKarbonIndex([{ id: 'p', name: 'Dr. J. Smith', firstName: 'Jane', lastName: 'Smith' }]);
    const outcome = matchRecord(people, { id: 'r', name: 'Jane Smith', email: 'jane@smith.example' });
    expect(outcome).toMatchObject({ kind: 'normalized-name', signals: ['normalized-name'] });
  });

  it("does not match a business by its primary person's FirstName/LastName", () => {
    const outcome = matchRecord(index, { id: 'r', name: 'Kauri Joinery Ltd', firstName: 'Jane', lastName: 'Smith' });
    expect(outcome.kind).toBe('no-match');
  });

  it('accepts canonical contacts with an id, phone as { number, country }', () => {
    const canonical = { name: 'Acme Plumbing Pty Ltd', email: 'accounts@acme.example', address: null };
    const remote = { id: 'r', ...canonical, phone: { number: '02 9999 1234', country: 'AU' } };
    expect(matchRecord(index, remote)).toMatchObject({ kind: 'full-match', signals: ['name', 'email', 'phone'] });
  });

  it('stays exact for hundreds of records sharing one email (no quadratic blow-up, all listed)', () => {
    const many = Array.from({ length: 500 }, (_, i) => ({
      id: `k${i}`,
      name: `Client ${i}`,
      email: 'info@firm.example',
    }));
    const outcome = matchRecord(buildKarbonIndex(many), { id: 'r', name: 'Client 7', email: 'info@firm.example' });
    expect(outcome).toMatchObject({ kind: 'full-match', karbonId: 'k7' });
    expect(outcome.candidates).toHaveLength(500);
  });
});
