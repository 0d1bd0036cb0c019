// English endings that make a word from another ("brewed", "seekers", "camper", "rainy", "juicy", "awakening").
const ENDINGS: readonly (readonly [string, readonly string[]])[] = [
  ['ings', ['', 'e']],
  ['ing', ['', 'e']],
  ['ers', ['', 'e']],
  ['er', ['', 'e']],
  ['ed', ['', 'e']],
  ['ies', ['y']],
  ['ily', ['y']],
  ['ly', ['']],
  ['y', ['', 'e']],
  ['es', ['']],
  ['s', ['']],
];
const MIN_STEM = 3;

/**
 * Whether a word is a known word or made from one by a common English ending, the stem's last consonant doubled or
 * an "e" dropped ("brewed" from "brew", "camper" from "camp", "juicy" from "juice", "shopper" from "shop").
 */
export function isWordForm(token: string, isWord: (word: string) => boolean): boolean {
  if (isWord(token)) return true;
  for (const [ending, restore] of ENDINGS) {
    if (!token.endsWith(ending)) continue;
    const stem = token.slice(0, -ending.length);
    if (stem.length < MIN_STEM) continue;
    if (restore.some((tail) => isWord(stem + tail))) return true;
    const last = stem[stem.length - 1];
    if (stem.length > MIN_STEM && last === stem[stem.length - 2] && isWord(stem.slice(0, -1))) return true;
  }
  return false;
}

const MIN_PART = 3;
// Words that end English surnames and place names as often as compounds ("Partington", "Greenwood", "Whitfield").
const SURNAME_TAILS = new Set(
  `ton ham son ley lee ford field well wood worth by den dale hill land stone mont burn wick low more brook stead berg
  ridge bury port gate man men ward ington ling ings lock ock cott cot combe ney sey ney bourne borne`.split(/\s+/),
);

/**
 * Whether a word is a known word run together with another or one made from it ("sawdust", "headspace",
 * "pathfinder"), each of three letters or more; not when the second reads as a surname's or place's tail ("-ton").
 */
export function isCompound(
  token: string,
  isWord: (word: string) => boolean,
  isForm: (word: string) => boolean = isWord,
): boolean {
  for (let cut = MIN_PART; cut <= token.length - MIN_PART; cut++) {
    const tail = token.slice(cut);
    if (isWord(token.slice(0, cut)) && isForm(tail) && !SURNAME_TAILS.has(tail)) return true;
  }
  return false;
}
