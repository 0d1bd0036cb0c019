import { GIVEN_NAMES } from './lexicon';
import { MORE_GIVEN_NAMES } from './more-given-names';
import lexicons from './lexicons.json';
import { unpackWords } from './packed-words';

// stdlib's common first names in English-speaking countries (Moby Word II, about 8,400 names, packed by
// `npm run train:classifier`), plus the extension's own given names of clients' other cultures (lexicon.ts and
// more-given-names.ts).
const ALL: ReadonlySet<string> = new Set([...GIVEN_NAMES, ...MORE_GIVEN_NAMES, ...unpackWords(lexicons.givenNames)]);

/** Whether a lower-case, folded name word is a common given name ("marjorie", "winifred", "aroha"). */
export function isGivenName(token: string): boolean {
  return token.length > 1 && ALL.has(token);
}
