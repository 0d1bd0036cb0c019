import { describe, expect, it } from 'vitest';
import { matchAll } from '../../../lib/match/match-all';
import { buildDemoDataset } from './demo';
import type { MatchRecord } from '../../../lib/match/types';

type Rec = Record<string, unknown>;
const demo = buildDemoDataset();
const cards = (r: Rec) => r.BusinessCards as { EmailAddresses: string[] }[];
const karbon: MatchRecord[] = [...(demo.karbon?.contacts as Rec[]), ...(demo.karbon?.organizations as Rec[])].map(
  (r) => ({
    id: String(r.ContactKey ?? r.OrganizationKey),
    name: String(r.FullName ?? `${String(r.FirstName)} ${String(r.LastName)}`),
    email: cards(r)[0]?.EmailAddresses[0],
  }),
);

function tally(remote: MatchRecord[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const o of matchAll(karbon, remote)) out[o.kind] = (out[o.kind] ?? 0) + 1;
  return out;
}

describe('the demo firm, as the product matcher sees it', () => {
  it('gives every Xero matching outcome (G3, G4, G5, normalized near matches)', () => {
    const xero = (demo.xero?.contacts as Rec[])
      .filter((c) => c.ContactStatus === 'ACTIVE')
      .map((c) => ({ id: String(c.ContactID), name: String(c.Name), email: c.EmailAddress as string }));
    expect(tally(xero)).toEqual({
      'full-match': 40,
      'name-only': 10,
      'email-only': 10,
      'normalized-name': 8,
      'no-match': 73,
    });
  });

  it('gives full, partial and no matches for XPM clients (P4) and links client contacts to Karbon people (P3)', () => {
    const clients = (demo.xpm?.clients as Rec[]).filter((c) => c.IsArchived !== 'Yes');
    const t = tally(clients.map((c) => ({ id: String(c.UUID), name: String(c.Name), email: c.Email as string })));
    expect(t['full-match']).toBeGreaterThanOrEqual(12);
    expect(t['name-only']).toBeGreaterThanOrEqual(4);
    expect(t['email-only']).toBeGreaterThanOrEqual(3);
    expect(t['no-match']).toBeGreaterThanOrEqual(20);
    const contacts = clients.flatMap((c) =>
      (c.Contacts as Rec[]).map((k) => ({ id: String(k.UUID), name: String(k.Name), email: k.Email as string })),
    );
    expect(tally(contacts)['full-match']).toBeGreaterThanOrEqual(10);
  });
});
