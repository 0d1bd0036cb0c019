import {
  EMAIL_DOMAINS,
  FIRST_NAMES,
  LAST_NAMES,
  PLACE_WORDS,
  PLACES,
  STREETS,
  SUFFIXES,
  TRADES,
  type Place,
} from './pools';
import type { Prng } from '../core/prng';

/** One real-world client before it is written in any system's shape. */
export interface Party {
  kind: 'person' | 'org';
  name: string;
  first?: string;
  last?: string;
  email: string;
  place: Place;
  street: string;
  /** Local number without area code, e.g. `9555 0123`. */
  phone: string;
  mobile: string;
  /** XPM BusinessStructure (free text). */
  structure: string;
}

const slug = (s: string) =>
  s
    .toLowerCase()
    .replace(/&/g, 'and')
    .replace(/[^a-z0-9]+/g, '')
    .slice(0, 24);

function digits(prng: Prng, n: number): string {
  let out = '';
  for (let i = 0; i < n; i++) out += String(prng.int(10));
  return out;
}

function localPhone(prng: Prng, place: Place): string {
  if (place.country === 'NZ') return `${digits(prng, 3)} ${digits(prng, 4)}`;
  if (place.country === 'GB' && place.area.length === 3) return `${digits(prng, 3)} ${digits(prng, 4)}`;
  return `${digits(prng, 4)} ${digits(prng, 4)}`;
}

function mobile(prng: Prng, place: Place): string {
  if (place.country === 'AU') return `04${digits(prng, 2)} ${digits(prng, 3)} ${digits(prng, 3)}`;
  if (place.country === 'NZ') return `02${prng.pick(['1', '2', '7'])} ${digits(prng, 3)} ${digits(prng, 4)}`;
  return `07${digits(prng, 3)} ${digits(prng, 6)}`;
}

/** Generates parties with names unique (case-insensitively) across everything it has made. */
export function createPartyFactory(prng: Prng) {
  const used = new Set<string>();
  const usedEmails = new Set<string>();

  function unique(make: () => string): string {
    for (let attempt = 0; attempt < 50; attempt++) {
      const name = make();
      if (!used.has(name.toLowerCase())) {
        used.add(name.toLowerCase());
        return name;
      }
    }
    const name = `${make()} ${used.size}`;
    used.add(name.toLowerCase());
    return name;
  }

  function email(local: string, place: Place): string {
    let e = `${local}@${prng.pick(EMAIL_DOMAINS[place.country])}`;
    for (let i = 2; usedEmails.has(e); i++) e = `${local}${i}@${prng.pick(EMAIL_DOMAINS[place.country])}`;
    usedEmails.add(e);
    return e;
  }

  function base(place: Place) {
    return {
      place,
      street: `${1 + prng.int(240)} ${prng.pick(STREETS)}`,
      phone: localPhone(prng, place),
      mobile: mobile(prng, place),
    };
  }

  return {
    /** Marks a name as taken (hand-written scenario names). */
    reserve: (name: string) => used.add(name.toLowerCase()),
    email,
    person(structure = 'Individual'): Party {
      const place = prng.pick(PLACES);
      let first = '';
      let last = '';
      const name = unique(() => {
        first = prng.pick(FIRST_NAMES);
        last = prng.pick(LAST_NAMES);
        return `${first} ${last}`;
      });
      const local = `${slug(first)}.${slug(last)}`;
      return { kind: 'person', name, first, last, email: email(local, place), structure, ...base(place) };
    },
    org(structure?: string): Party {
      const place = prng.pick(PLACES);
      const kind = structure ?? prng.pick(['Company', 'Company', 'Company', 'Trust', 'Partnership']);
      const name = unique(() => {
        const stem = prng.next() < 0.5 ? prng.pick(PLACE_WORDS) : prng.pick(LAST_NAMES);
        const trade = prng.pick(TRADES);
        if (kind === 'Trust') return `${stem} ${prng.pick(['Family', 'Investment', 'Property'])} Trust`;
        if (kind === 'Partnership') return `${stem} ${trade} ${place.country === 'GB' ? 'LLP' : 'Partners'}`;
        return `${stem} ${trade} ${prng.pick(SUFFIXES[place.country].filter((s) => !/Trust|Partner|LLP/.test(s)))}`;
      });
      return {
        kind: 'org',
        name,
        email: email(
          prng.pick(['accounts', 'info', 'admin', 'office', 'hello']) + '.' + slug(name).slice(0, 12),
          place,
        ),
        structure: kind,
        ...base(place),
      };
    },
    /** A named party for hand-written scenarios. */
    named(kind: 'person' | 'org', name: string, placeIndex: number, structure: string): Party {
      const place = PLACES[placeIndex % PLACES.length] as Place;
      used.add(name.toLowerCase());
      const [first = '', ...rest] = name.split(' ');
      const person = kind === 'person' ? { first, last: rest.join(' ') } : {};
      const local =
        kind === 'person' ? `${slug(first)}.${slug(rest.join(' '))}` : `accounts.${slug(name).slice(0, 12)}`;
      return { kind, name, ...person, email: email(local, place), structure, ...base(place) };
    },
  };
}

export type PartyFactory = ReturnType<typeof createPartyFactory>;
