import { eastAsianSurname } from './east-asian-names';
import { isEverydayForm, isEverydayWord } from './everyday-words';
import { isGivenName } from './given-names';
import { TITLES } from './lexicon';
import { isBusinessWord } from './more-business-words';
import { isNameWord } from './name-words';
import { surnameShape } from './surname-shapes';
import { isSurnameFirst } from './person-name-order';
import type { SoftSignal } from './soft-signals';

// Log-odds nudges, set on the tuning set (test/lib/classify/tuning-set.json), never on the evaluation set.
const GIVEN_NAME_LOGIT = -2.5;
const GIVEN_NAME_AND_WORD_LOGIT = -1.2;
const EVERYDAY_WORDS_LOGIT = 2.5;
const HALF_EVERYDAY_LOGIT = 1.6;
const EAST_ASIAN_NAME_LOGIT = -2.5;
const SURNAME_FIRST_WORD_LOGIT = 1.2;
const NOT_A_SURNAME_LOGIT = 2;
const WORD_SURNAME_LOGIT = -1.5;
const TITLED_WORD_LOGIT = 2.5;
const SURNAME_SHAPE_LOGIT = -1.5;
// Endings of English surnames that given names rarely have ("Hughes", "Thornley", "Hallett"); known given names
// with them ("Ashley", "Preston") are in the first-name lists.
const SURNAME_ENDING =
  /(son|ton|ley|ly|ham|field|ford|well|wood|worth|by|er|es|ett|ott|cock|hurst|stone|more|man|ridge|ell|all|ock|ick|ins|ers|ards|ells|ow|our|ves)$/;
const MAX_PERSON_WORDS = 4;
const JOINING = new Set(['&', 'and', 'the', 'a', 'an', 'of', 'n']);

/** Signals from the name-word lexicons: a common given name where a person's stands, or nothing but everyday words. */
export function lexiconSignals(name: string, tokens: readonly string[]): SoftSignal[] {
  const titled = TITLES.has(tokens[0] ?? '');
  const words = titled ? tokens.slice(1) : tokens;
  const signals: SoftSignal[] = [];
  // "Mr Roof Tauranga", "Mrs Kettle Tearooms": after the title stands an everyday word that is nobody's name.
  const after = words[0] ?? '';
  if (titled && words.length >= 1 && isEverydayWord(after) && !isNameWord(after) && !isGivenName(after)) {
    signals.push({
      logit: TITLED_WORD_LOGIT,
      reason: `After the title "${tokens[0]}" stands "${after}", an everyday word and nobody's name: a trading name.`,
    });
  }
  const given = givenNameWord(name, words);
  if (given !== undefined) {
    const alsoWord = isEverydayWord(given);
    signals.push({
      logit: alsoWord ? GIVEN_NAME_AND_WORD_LOGIT : GIVEN_NAME_LOGIT,
      reason: `"${given}" is a common given name (first-name lists)${alsoWord ? ', though also a word' : ''}.`,
    });
  }
  // "Trevor Steel", "Bronwyn Holiday": after a given name that is no everyday word, a word that is also a surname.
  const last = words[words.length - 1] as string;
  if (given !== undefined && words.length === 2 && !isEverydayWord(given) && isEverydayWord(last) && isNameWord(last)) {
    signals.push({
      logit: WORD_SURNAME_LOGIT,
      reason: `"${last}" after a given name is a surname (people-name lists).`,
    });
  }
  const surname = given === undefined && !words.some(isBusinessWord) ? eastAsianSurname(words) : undefined;
  if (surname !== undefined) {
    signals.push({
      logit: EAST_ASIAN_NAME_LOGIT,
      reason: `It reads as an East Asian person's name ("${surname}" is a common surname).`,
    });
  }
  const firm = given === undefined && surname === undefined ? surnameFirstWord(name, words) : undefined;
  if (firm !== undefined) {
    signals.push({
      logit: SURNAME_FIRST_WORD_LOGIT,
      reason: `"${firm}" reads as a surname, not a given name: a firm named after its partners?`,
    });
  }
  // A firm named after its partners ("Mortlock McCormack") has surnames too: only without that signal.
  const shaped =
    firm === undefined && words.length >= 2 && words.length <= 4 && !words.some(isBusinessWord)
      ? surnameShape(name, words)
      : undefined;
  if (shaped !== undefined) {
    signals.push({
      logit: SURNAME_SHAPE_LOGIT,
      reason: `"${shaped}" is shaped like a surname ("-ović", "-ski", "O'...").`,
    });
  }
  const everyday = everydayWords(words);
  if (everyday !== undefined && given === undefined && surname === undefined) {
    signals.push({
      logit: EVERYDAY_WORDS_LOGIT,
      reason: `Its words are everyday words (${everyday.map((w) => `"${w}"`).join(', ')}), not a person's names.`,
    });
  }
  const notSurname = notASurname(name, words);
  if (notSurname !== undefined) {
    signals.push({
      logit: NOT_A_SURNAME_LOGIT,
      reason: `"${notSurname}" ends the name but is an everyday word, nobody's surname (people-name lists).`,
    });
  }
  const half =
    everyday === undefined && given === undefined && surname === undefined && firm === undefined
      ? halfEverydayWord(words)
      : undefined;
  if (half !== undefined) {
    signals.push({ logit: HALF_EVERYDAY_LOGIT, reason: `"${half}" is an everyday word, as in a trading name.` });
  }
  return signals;
}

// The given name stands first ("Glenys Partington"), or second when the surname leads ("WONG Mei Ling", "Smith, Jane").
function givenNameWord(name: string, words: readonly string[]): string | undefined {
  if (words.length < 2 || words.length > MAX_PERSON_WORDS) return undefined;
  // A business word after a given name decides only when a third word makes it a trading name (rules.ts).
  if (words.some((word, i) => JOINING.has(word) || (isBusinessWord(word) && (i === 0 || words.length > 2)))) {
    return undefined;
  }
  const candidate = isSurnameFirst(name) ? words[1] : words[0];
  return candidate !== undefined && isGivenName(candidate) ? candidate : undefined;
}

// "Rolling Pin", "Open Road", "Top Notch Tiling": every word an everyday or business word, at most one other word
// in a name of three or more ("Wok This Way").
function everydayWords(words: readonly string[]): string[] | undefined {
  if (words.length < 2) return undefined;
  const plain = words.filter((word) => !JOINING.has(word));
  const known = plain.filter((word) => isEverydayWord(word) || isBusinessWord(word));
  const others = plain.length - known.length;
  if (known.length < 2 || others > (words.length >= 3 ? 1 : 0)) return undefined;
  return known.slice(0, 3);
}

// "Clean Slate", "Mad Hatter": two words, the first an everyday word and neither a given name, leans to a trading name.
function halfEverydayWord(words: readonly string[]): string | undefined {
  if (words.length !== 2 || words.some((word) => isGivenName(word) || word.length < 3)) return undefined;
  // Only an everyday word in front: after an unknown word it is more likely a surname ("Peregrine Stone"). In front it
  // may be made from one by an ending ("Rainy Day", "Glazed Over"), as given names are not.
  return isEverydayForm(words[0] as string) ? words[0] : undefined;
}

// "Rock Solid", "Urban Jungle", "Happy Tails": where a person's name has its surname stands an everyday word that is
// nobody's name (cspell's people-names list knows "Hill", "Baker" and "Rose", not "Jungle" or "Tails").
function notASurname(name: string, words: readonly string[]): string | undefined {
  if (words.length < 2 || words.length > 3 || isSurnameFirst(name)) return undefined;
  const last = words[words.length - 1] as string;
  if (last.length < 3 || !isEverydayForm(last) || isNameWord(last) || isGivenName(last)) return undefined;
  return last;
}

// "Hughes Whitlock", "Barker Ryan Stewart": two or three words, the first a surname's shape and nobody's given name.
function surnameFirstWord(name: string, words: readonly string[]): string | undefined {
  if (words.length < 2 || words.length > 3 || isSurnameFirst(name)) return undefined;
  if (words.some((word) => word.length < 3 || JOINING.has(word) || isBusinessWord(word))) return undefined;
  const first = words[0] as string;
  return SURNAME_ENDING.test(first) && !isEverydayWord(first) ? first : undefined;
}
