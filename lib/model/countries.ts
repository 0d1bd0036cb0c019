// A compact country table covering the firms' markets (AU/NZ/UK/US and neighbours). Unknown names pass through as
// free text: comparison then falls back to a case- and space-insensitive match.

/** ISO 3166 alpha-2 -> [display name, international dial code, extra spellings]. */
const COUNTRIES: Record<string, [string, string, string[]]> = {
  AU: ['Australia', '61', []],
  NZ: ['New Zealand', '64', ['Aotearoa']],
  GB: ['United Kingdom', '44', ['UK', 'U.K.', 'Great Britain', 'England', 'Scotland', 'Wales', 'Northern Ireland']],
  US: ['United States', '1', ['USA', 'U.S.A.', 'U.S.', 'United States of America', 'America']],
  CA: ['Canada', '1', []],
  IE: ['Ireland', '353', ['Republic of Ireland', 'Eire']],
  SG: ['Singapore', '65', []],
  HK: ['Hong Kong', '852', []],
  ZA: ['South Africa', '27', []],
  IN: ['India', '91', []],
  FJ: ['Fiji', '679', []],
  PG: ['Papua New Guinea', '675', []],
  WS: ['Samoa', '685', []],
  TO: ['Tonga', '676', []],
  CN: ['China', '86', []],
  JP: ['Japan', '81', []],
  MY: ['Malaysia', '60', []],
  ID: ['Indonesia', '62', []],
  PH: ['Philippines', '63', []],
  TH: ['Thailand', '66', []],
  VN: ['Vietnam', '84', ['Viet Nam']],
  KR: ['South Korea', '82', ['Korea', 'Republic of Korea']],
  DE: ['Germany', '49', []],
  FR: ['France', '33', []],
  NL: ['Netherlands', '31', ['Holland', 'The Netherlands']],
  ES: ['Spain', '34', []],
  IT: ['Italy', '39', []],
  CH: ['Switzerland', '41', []],
  AE: ['United Arab Emirates', '971', ['UAE']],
};

const squash = (s: string): string => s.toLowerCase().replace(/[^a-z]/g, '');

const BY_NAME = new Map<string, string>();
for (const [iso, [name, , aliases]] of Object.entries(COUNTRIES)) {
  BY_NAME.set(squash(iso), iso);
  BY_NAME.set(squash(name), iso);
  for (const alias of aliases) BY_NAME.set(squash(alias), iso);
}

/** ISO alpha-2 code for a country name, alias or code (`undefined` when unknown or empty). */
export function countryToIso(text: string | null | undefined): string | undefined {
  if (!text) return undefined;
  return BY_NAME.get(squash(text));
}

/** Display name for an ISO alpha-2 code, or the input itself when the code is not in the table. */
export function isoToCountryName(iso: string): string {
  return COUNTRIES[iso.toUpperCase()]?.[0] ?? iso;
}

/** International dial code ("61") for an ISO alpha-2 code. */
export function isoToDialCode(iso: string | undefined): string | undefined {
  return iso ? COUNTRIES[iso.toUpperCase()]?.[1] : undefined;
}

/** ISO alpha-2 code for a dial code ("61", "+61"); the first listed wins for shared codes (+1 -> US). */
export function dialCodeToIso(dial: string | null | undefined): string | undefined {
  const digits = (dial ?? '').replace(/\D/g, '');
  if (!digits) return undefined;
  for (const [iso, [, code]] of Object.entries(COUNTRIES)) if (code === digits) return iso;
  return undefined;
}

/** Every known dial code, longest first, for stripping an international prefix off a number. */
export const DIAL_CODES: readonly string[] = [...new Set(Object.values(COUNTRIES).map((c) => c[1]))].sort(
  (a, b) => b.length - a.length,
);
