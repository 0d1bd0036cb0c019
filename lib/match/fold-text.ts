const NON_ASCII = /[\u0080-\uffff]/;
const COMBINING_MARKS = /[\u0300-\u036f]/g;
const WHITESPACE_RUNS = /\s+/g;
const UNUSUAL_WHITESPACE = /[^\S ]| {2}/;
// Letters that NFKD does not decompose into a base letter plus a mark.
const SPECIAL_LETTERS: Readonly<Record<string, string>> = {
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  ł: 'l',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ı: 'i',
};
const SPECIAL_LETTER_PATTERN = /[ßæœøłđðþı]/g;

/** Whether a string holds any character outside ASCII (the slow Unicode paths are skipped otherwise). */
export function hasNonAscii(text: string): boolean {
  return NON_ASCII.test(text);
}

/** Lower-cases, trims and collapses whitespace; canonically equivalent Unicode spellings (NFC) compare equal. */
export function foldCaseAndSpace(text: string): string {
  const composed = hasNonAscii(text) ? text.normalize('NFC') : text;
  const trimmed = composed.trim().toLowerCase();
  // Testing first avoids allocating a copy of the (usual) name that has single spaces only.
  return UNUSUAL_WHITESPACE.test(trimmed) ? trimmed.replace(WHITESPACE_RUNS, ' ') : trimmed;
}

/** Removes diacritics ("Zoë" -> "zoe", "Straße" -> "strasse") from lower-case text, and compatibility forms (ligatures). */
export function foldDiacritics(lowerText: string): string {
  if (!hasNonAscii(lowerText)) return lowerText;
  return lowerText
    .normalize('NFKD')
    .replace(COMBINING_MARKS, '')
    .replace(SPECIAL_LETTER_PATTERN, (letter) => SPECIAL_LETTERS[letter] ?? letter)
    .toLowerCase();
}
