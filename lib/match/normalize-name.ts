import { foldCaseAndSpace, foldDiacritics } from './fold-text';
import { LEADING_TITLES, PHRASE_EQUIVALENTS, TOKEN_EQUIVALENTS, TRUST_ENDINGS } from './legal-suffixes';

// Apostrophes and periods join their neighbours ("O'Brien" = "OBrien", "Pty." = "Pty", "J.P." = "JP"): see isJoining.
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const AUSTRALIAN_PTY_LTD = /(^|[^\p{L}\p{N}])p\s*\/\s*l(?=$|[^\p{L}\p{N}])/gu;
// Cheap guards so the phrase patterns only run on names that could contain them.
const MIN_EQUIVALENT_LENGTH = Math.min(...[...TOKEN_EQUIVALENTS.keys()].map((word) => word.length));
const PHRASE_HINTS: ReadonlySet<string> = new Set(['liability', 'public', 'trustee']);

/**
 * The "exact" key: two names are equal (for a full match) when they differ only in letter case, leading or trailing
 * whitespace, runs of whitespace, or Unicode composition (NFC). Anything more is a normalized match.
 */
export function exactNameKey(name: string): string {
  return foldCaseAndSpace(name);
}

/**
 * The normalized key: also ignores diacritics and punctuation, treats "&" as "and", maps legal-suffix spellings to one
 * form (Limited -> ltd, Proprietary -> pty, P/L -> pty ltd, Incorporated -> inc, Company -> co, L.L.C. -> llc),
 * drops leading honorifics and "The", and reads "The Trustee for X" as "X Trust". Idempotent.
 */
export function normalizedNameKey(name: string): string {
  return normalizeExactKey(exactNameKey(name));
}

/** Normalizes a string that is already an exact key (saves re-folding case and space on hot paths). */
export function normalizeExactKey(exactKey: string): string {
  let text = foldDiacritics(exactKey);
  if (text.includes('/')) text = text.replace(AUSTRALIAN_PTY_LTD, '$1 pty ltd ');
  let tokens = words(text);
  if (tokens.some((token) => PHRASE_HINTS.has(token))) {
    let joined = tokens.join(' ');
    for (const [pattern, replacement] of PHRASE_EQUIVALENTS) joined = joined.replace(pattern, replacement);
    tokens = joined.split(' ');
  }
  return stripPrefixes(tokens).join(' ');
}

// One pass over the characters: letters and digits build words, "&" is the word "and", the rest separates words.
// Words are sliced rather than built char by char (concatenated strings are slow map keys); legal-word spellings
// are mapped as they are cut, and runs of single letters are merged ("A.B.C.", "A B C" and "ABC" agree).
function words(text: string): string[] {
  const out: string[] = [];
  let start = 0;
  let pending = '';
  let initials = '';
  for (let i = 0; i <= text.length; i++) {
    const code = i < text.length ? text.charCodeAt(i) : 32;
    if ((code >= 97 && code <= 122) || (code >= 48 && code <= 57)) continue;
    if (code > 127 && !isJoining(code) && LETTER_OR_DIGIT.test(text[i] as string)) continue;
    if (isJoining(code)) {
      pending += text.slice(start, i);
      start = i + 1;
      continue;
    }
    const word = pending === '' ? text.slice(start, i) : pending + text.slice(start, i);
    if (word !== '') initials = pushWord(out, word, initials);
    pending = '';
    start = i + 1;
    if (code === 38) initials = pushWord(out, 'and', initials);
  }
  if (initials !== '') out.push(initials);
  return out;
}

// Returns the run of single letters still open after `word`.
function pushWord(out: string[], word: string, initials: string): string {
  if (word.length === 1) return initials + word;
  if (initials !== '') out.push(initials);
  // Every spelled-out legal word is at least this long; shorter words skip the lookup.
  out.push(word.length >= MIN_EQUIVALENT_LENGTH ? (TOKEN_EQUIVALENTS.get(word) ?? word) : word);
  return '';
}

// Apostrophes (straight, curly, backtick) and periods.
function isJoining(code: number): boolean {
  return code === 39 || code === 46 || code === 96 || code === 0x2018 || code === 0x2019;
}

/** The normalized key of a person's "First Last", or '' when either part is missing. */
export function personNameKey(firstName: string | undefined, lastName: string | undefined): string {
  const first = firstName?.trim() ?? '';
  const last = lastName?.trim() ?? '';
  if (first === '' || last === '') return '';
  return normalizedNameKey(`${first} ${last}`);
}

// Drops leading "The", honorifics and "Trustee for"; a trustee name gets a closing "trust" ("The Trustee for X" ~
// "X Trust"), after which stripping goes on, so "Trustee for The" ends as "trust" and the key stays idempotent.
function stripPrefixes(tokens: string[]): string[] {
  let start = 0;
  let trustee = false;
  for (;;) {
    const word = tokens[start];
    const next = tokens[start + 1];
    if (word === 'trustee' && next === 'for' && tokens.length - start > 2) {
      trustee = true;
      start += 2;
    } else if (word !== undefined && LEADING_TITLES.has(word) && next !== undefined && next !== 'and') {
      start += 1;
    } else if (trustee && !TRUST_ENDINGS.has(tokens[tokens.length - 1] as string)) {
      tokens.push('trust');
    } else {
      return start === 0 ? tokens : tokens.slice(start);
    }
  }
}
