import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDemoDataset, buildScaleDataset, PUSHED_CONTACT_TYPE } from '.';
import { openSandbox } from '../test-helpers';
import type { Sandbox } from '../server';

type Rec = Record<string, unknown>;
const norm = (s: string) =>
  s
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/\bpty\b|\bltd\b|\blimited\b|\bl\.?l\.?p\.?\b/g, '')
    .replace(/[^a-z0-9]/g, '');

const demo = buildDemoDataset();
const xero = demo.xero?.contacts as Rec[];
const people = demo.karbon?.contacts as Rec[];
const orgs = demo.karbon?.organizations as Rec[];
const clients = demo.xpm?.clients as Rec[];
const karbonName = (r: Rec) => String(r.FullName ?? `${String(r.FirstName)} ${String(r.LastName)}`);
const karbonEmail = (r: Rec) => String(((r.BusinessCards as Rec[])[0]?.EmailAddresses as string[])[0]);
const karbon = [...people, ...orgs].map((r) => ({ name: karbonName(r), email: karbonEmail(r), r }));
const activeXero = xero.filter((c) => c.ContactStatus === 'ACTIVE');

describe('demo firm', () => {
  it('is deterministic', () => {
    expect(buildDemoDataset()).toEqual(demo);
  });

  it('has at least 150 Xero contacts, 120 Karbon people and organizations, 40 XPM clients', () => {
    expect(xero.length).toBeGreaterThanOrEqual(150);
    expect(people.length + orgs.length).toBeGreaterThanOrEqual(120);
    expect(clients.length).toBeGreaterThanOrEqual(40);
  });

  it('covers full matches, name-only and email-only conflicts, near matches and no-matches', () => {
    const byName = new Map(karbon.map((k) => [k.name, k]));
    const byEmail = new Map(karbon.map((k) => [k.email, k]));
    const kinds = activeXero.map((c) => {
      const n = byName.get(String(c.Name));
      const e = byEmail.get(String(c.EmailAddress));
      if (n && n === e) return 'full';
      if (n) return 'name-only';
      if (e) return norm(e.name) === norm(String(c.Name)) ? 'near' : 'email-only';
      return 'none';
    });
    const count = (k: string) => kinds.filter((x) => x === k).length;
    expect(count('full')).toBeGreaterThanOrEqual(30);
    expect(count('name-only')).toBeGreaterThanOrEqual(5);
    expect(count('email-only')).toBeGreaterThanOrEqual(5);
    expect(count('near')).toBeGreaterThanOrEqual(5);
    const none = activeXero.filter((_, i) => kinds[i] === 'none');
    expect(none.filter((c) => c.FirstName).length).toBeGreaterThanOrEqual(10);
    expect(none.filter((c) => !c.FirstName).length).toBeGreaterThanOrEqual(10);
    expect(xero.some((c) => c.Name === 'Smith Plumbing Pty Ltd')).toBe(true);
    expect(karbon.some((k) => k.name === 'Smith Plumbing Pty. Limited')).toBe(true);
  });

  it('has archived Xero contacts and unique active names', () => {
    expect(xero.filter((c) => c.ContactStatus === 'ARCHIVED').length).toBeGreaterThanOrEqual(10);
    const names = activeXero.map((c) => String(c.Name).toLowerCase());
    expect(new Set(names).size).toBe(names.length);
  });

  it('has every XPM business structure, clients with several contacts, and a Karbon organization of the pushed type', () => {
    const structures = new Set(clients.map((c) => c.BusinessStructure));
    for (const s of ['Individual', 'Sole Trader', 'Company', 'Trust', 'Partnership']) expect(structures).toContain(s);
    expect(clients.filter((c) => (c.Contacts as unknown[]).length >= 2).length).toBeGreaterThanOrEqual(5);
    const pushed = orgs.filter((o) => o.ContactType === PUSHED_CONTACT_TYPE);
    expect(pushed).toHaveLength(1);
    const key = pushed[0]?.OrganizationKey;
    expect(people.filter((p) => (p.BusinessCards as Rec[]).some((c) => c.OrganizationKey === key)).length).toBe(2);
  });

  it('uses AU, NZ and UK places and phone codes', () => {
    const countries = new Set(xero.map((c) => ((c.Addresses as Rec[])[0] as Rec).Country));
    expect(countries).toEqual(new Set(['Australia', 'New Zealand', 'United Kingdom']));
  });
});

describe('scale datasets', () => {
  let sb: Sandbox;
  beforeAll(async () => {
    sb = await openSandbox();
  });
  afterAll(() => sb.close());

  const scaled = buildScaleDataset(100_000);

  it('generates 100,000 records per system, with unique active Xero names', () => {
    expect(scaled.xero?.contacts).toHaveLength(100_000);
    expect((scaled.karbon?.contacts?.length ?? 0) + (scaled.karbon?.organizations?.length ?? 0)).toBe(100_000);
    expect(scaled.xpm?.clients).toHaveLength(100_000);
    const names = (scaled.xero?.contacts as { Name: string }[]).map((c) => c.Name.toLowerCase());
    expect(new Set(names).size).toBe(names.length);
  });

  it.each(['xero', 'xpm', 'karbon'] as const)(
    'loads 100,000 %s records in seconds',
    (system) => {
      const started = Date.now();
      sb.loadDataset({ [system]: scaled[system] });
      expect(Date.now() - started).toBeLessThan(20_000);
    },
    120_000,
  );

  it('rejects out-of-range scales', () => {
    expect(() => buildScaleDataset(0)).toThrow();
    expect(() => buildScaleDataset(100_001)).toThrow();
  });
});
