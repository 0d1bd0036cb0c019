import { foldCaseAndSpace, foldDiacritics } from '../match/fold-text';

const SPLIT = /[^\p{L}\p{N}&]+/u;

/** Lower-cased, diacritic-free words of a name; "&" is a word of its own and apostrophes join ("O'Brien" -> obrien). */
export function nameTokens(name: string): string[] {
  const text = foldDiacritics(foldCaseAndSpace(name))
    .replace(/['’‘`]/g, '')
    .replace(/&/g, ' & ');
  return text.split(SPLIT).filter((token) => token !== '');
}

/** The folded, lower-case text of a name with single spaces, for phrase patterns. */
export function nameText(name: string): string {
  return foldDiacritics(foldCaseAndSpace(name));
}
