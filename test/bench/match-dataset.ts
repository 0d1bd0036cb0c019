import { seededRandom } from '../../lib/classify/training/seeded-random';
import type { MatchRecord } from '../../lib/match/types';

const FIRST = ['James', 'Olivia', 'William', 'Charlotte', 'Jack', 'Amelia', 'Noah', 'Isla', 'Thomas', 'Mia', 'Liam'];
const MORE_FIRST = ['Wei', 'Priya', 'Aroha', 'Mateo', 'Zoë', 'Siobhan', 'Rangi', 'Chloé', 'Arjun', 'Hannah', 'Ethan'];
const LAST = ['Smith', 'Nguyen', 'Williams', 'Brown', 'Wilson', 'Taylor', "O'Brien", 'Patel', 'Ngata', 'Müller', 'Lee'];
const MORE_LAST = ['Walker', 'Harris', 'Kaur', 'Chen', 'MacDonald', 'Te Rangi', 'Kowalski', 'Evans', 'Roberts', 'Khan'];
const TRADE = ['Plumbing', 'Electrical', 'Dental', 'Building', 'Cafe', 'Consulting', 'Logistics', 'Joinery', 'Physio'];
const PLACE = [
  'Bondi',
  'Ponsonby',
  'Fremantle',
  'Leeds',
  'Austin',
  'Hobart',
  'Napier',
  'Bristol',
  'Geelong',
  'Tauranga',
];
const SUFFIX = ['Pty Ltd', 'Limited', 'Ltd', 'LLC', 'Inc', '& Co', 'Trust', 'Partners', 'Group'];
const FIRSTS = [...FIRST, ...MORE_FIRST];
const LASTS = [...LAST, ...MORE_LAST];
// Spellings that the normalized key equates but the exact key does not.
const VARIANTS: readonly (readonly [RegExp, string])[] = [
  [/Pty Ltd$/, 'Pty. Limited'],
  [/Limited$/, 'Ltd.'],
  [/Ltd$/, 'Limited'],
  [/LLC$/, 'L.L.C.'],
  [/Inc$/, 'Incorporated'],
  [/& Co$/, 'and Company'],
];

/** The Karbon side and the remote side of the matching benchmark, and how many remote records of each kind it holds. */
export interface MatchDataset {
  readonly karbon: MatchRecord[];
  readonly remote: MatchRecord[];
  readonly planned: Readonly<Record<string, number>>;
}

/** Generates `size` Karbon and `size` remote contacts: 50% full matches, 10% name-only, 10% email-only, 10% normalized, 20% new. */
export function generateMatchDataset(size: number, seed = 42): MatchDataset {
  const random = seededRandom(seed);
  const karbon: MatchRecord[] = [];
  const remote: MatchRecord[] = [];
  const planned: Record<string, number> = {};
  for (let i = 0; i < size; i++) {
    const k = contactAt(i, 'k');
    karbon.push(k);
    const roll = random();
    const plan = roll < 0.5 ? 'full' : roll < 0.6 ? 'name' : roll < 0.7 ? 'email' : roll < 0.8 ? 'normalized' : 'none';
    planned[plan] = (planned[plan] ?? 0) + 1;
    const fresh = contactAt(size + i, 'x');
    const id = `remote-${i}`;
    if (plan === 'full') remote.push({ ...k, id, name: random() < 0.2 ? k.name.toUpperCase() : k.name });
    else if (plan === 'name') remote.push({ ...k, id, email: fresh.email });
    else if (plan === 'email') remote.push({ ...fresh, id, email: k.email?.toUpperCase() });
    else if (plan === 'normalized') remote.push({ ...k, id, name: variant(k, random) });
    else remote.push({ ...fresh, id });
  }
  return { karbon, remote, planned };
}

// Mixed-radix digits of the index pick the words, so every index gets a distinct name.
function contactAt(index: number, side: string): MatchRecord {
  const first = FIRSTS[index % FIRSTS.length] as string;
  const last = LASTS[Math.floor(index / FIRSTS.length) % LASTS.length] as string;
  const rest = Math.floor(index / (FIRSTS.length * LASTS.length));
  const phone = `+61 2 ${String(9000_0000 + index).slice(0, 4)} ${String(index % 10_000).padStart(4, '0')}`;
  if (index % 2 === 0) {
    const middle = LASTS[rest % LASTS.length] as string;
    const tail = rest >= LASTS.length ? `-${LASTS[Math.floor(rest / LASTS.length) % LASTS.length]}` : '';
    const lastName = `${middle}${tail} ${last}`;
    const email = `${first}.${last}.${index}@example.com`.toLowerCase().replace(/[^a-z0-9.@]/g, '');
    return { id: `${side}-${index}`, name: `${first} ${lastName}`, firstName: first, lastName, email, phone };
  }
  const trade = TRADE[rest % TRADE.length] as string;
  const place = PLACE[Math.floor(rest / TRADE.length) % PLACE.length] as string;
  const suffix = SUFFIX[Math.floor(rest / (TRADE.length * PLACE.length)) % SUFFIX.length] as string;
  const name = `${place} ${first} ${last} ${trade} ${suffix}`;
  return { id: `${side}-${index}`, name, email: `accounts${index}@${last.toLowerCase()}.example`, phone };
}

function variant(record: MatchRecord, random: () => number): string {
  for (const [pattern, replacement] of VARIANTS) {
    if (pattern.test(record.name)) return record.name.replace(pattern, replacement);
  }
  return random() < 0.5 ? record.name.replace(/ /g, ' - ') : `Dr ${record.name}`;
}
