import lexicons from './lexicons.json';
import { unpackWords } from './packed-words';

// The everyday words that are also parts of people's names ("hill", "baker", "rose", "days"): cspell's people-names
// dictionary crossed with the everyday-word list, packed by `npm run train:classifier`.
const NAME_WORDS: ReadonlySet<string> = new Set(unpackWords(lexicons.nameWords));

/** Whether an everyday word (or one made from it) is also somebody's first or last name ("hill" yes, "jungle" no). */
export function isNameWord(token: string): boolean {
  return NAME_WORDS.has(token) || (token.length > 3 && token.endsWith('s') && NAME_WORDS.has(token.slice(0, -1)));
}
