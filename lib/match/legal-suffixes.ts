/** Spelled-out legal and company words mapped to the one form the normalized key uses. */
export const TOKEN_EQUIVALENTS: ReadonlyMap<string, string> = new Map([
  ['limited', 'ltd'],
  ['proprietary', 'pty'],
  ['incorporated', 'inc'],
  ['company', 'co'],
  ['corporation', 'corp'],
  ['superannuation', 'super'],
  ['trustees', 'trustee'],
]);

/** Multi-word forms (already in token-equivalent spelling) mapped to their abbreviation. */
export const PHRASE_EQUIVALENTS: readonly (readonly [RegExp, string])[] = [
  [/\bltd liability co\b/g, 'llc'],
  [/\bltd liability partnership\b/g, 'llp'],
  [/\bpublic ltd co\b/g, 'plc'],
  [/\bas trustee for\b/g, 'atf'],
];

/** "The" and common honorifics, dropped from the start of a name ("Dr Jane Smith" ~ "Jane Smith", "The X" ~ "X"). */
export const LEADING_TITLES: ReadonlySet<string> = new Set([
  'the',
  'mr',
  'mrs',
  'ms',
  'miss',
  'mx',
  'dr',
  'prof',
  'sir',
  'dame',
]);

/** Last words that already name a trust-like entity, so "The Trustee for X Fund" is not given a "trust" suffix. */
export const TRUST_ENDINGS: ReadonlySet<string> = new Set(['trust', 'fund', 'settlement', 'foundation', 'estate']);
