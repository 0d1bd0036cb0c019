// A sorted word list, front-coded: each word is the count of letters it shares with the one before (one digit, at
// most 9), then the rest of its letters ("aaren aarika" -> "0aaren3ika").
const MAX_SHARED = 9;

/** Front-codes a list of lower-case a-z words (sorted and deduplicated first). */
export function packWords(words: Iterable<string>): string {
  let previous = '';
  let packed = '';
  for (const word of [...new Set(words)].sort()) {
    let shared = 0;
    while (shared < MAX_SHARED && shared < word.length && word[shared] === previous[shared]) shared++;
    packed += `${shared}${word.slice(shared)}`;
    previous = word;
  }
  return packed;
}

/** The words of a front-coded list, in order. */
export function unpackWords(packed: string): string[] {
  const words: string[] = [];
  let previous = '';
  for (const [, digit, rest] of packed.matchAll(/(\d)([a-z]*)/g)) {
    previous = previous.slice(0, Number(digit)) + rest;
    words.push(previous);
  }
  return words;
}
