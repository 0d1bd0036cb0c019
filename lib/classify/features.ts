import { BUSINESS_WORDS, singular } from './business-words';
import { ENTITY_WORDS, GIVEN_NAMES, LEGAL_FORMS, TITLES } from './lexicon';
import { nameTokens } from './name-tokens';

/** Size of the hashed feature space; the weight vector has one entry per bucket. */
export const FEATURE_BUCKETS = 1 << 14;

/** One feature of a name, and the word it came from ('' for whole-name features), to explain a decision. */
export interface NameFeature {
  readonly index: number;
  readonly value: number;
  readonly source: string;
}

const MAX_SHAPE = 6;
// The total weight a word's character n-grams carry, however long the word (about one per n-gram of a 7-letter word).
const NGRAM_WEIGHT_PER_WORD = 10;

/**
 * Hashed features of a name: words, word pairs (with start/end markers), character 3- and 4-grams of each word,
 * the word count, and the shape of the name as word classes (title, given name, initial, "&", digits, legal, other).
 */
export function nameFeatures(name: string, tokens: readonly string[] = nameTokens(name)): NameFeature[] {
  const features: NameFeature[] = [];
  const add = (key: string, source: string, value = 1) => features.push({ index: hashKey(key), value, source });
  let shape = '';
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as string;
    const word = /\d/.test(token) ? token.replace(/\d/g, '0') : token;
    add(`w:${word}`, token);
    add(`b:${i === 0 ? '^' : (tokens[i - 1] as string)}_${word}`, token);
    // A word's character n-grams share a fixed weight, so a long unknown word does not outvote the rest.
    const padded = `<${word}>`;
    const value = NGRAM_WEIGHT_PER_WORD / (Math.max(1, padded.length - 2) + Math.max(0, padded.length - 3));
    for (let n = 3; n <= 4; n++) {
      for (let j = 0; j + n <= padded.length; j++) add(`c${n}:${padded.slice(j, j + n)}`, token, value);
    }
    if (shape.length < MAX_SHAPE) shape += wordClass(token);
  }
  const last = tokens[tokens.length - 1];
  if (last !== undefined) {
    add(`b:${last}_$`, last);
    // Word endings of the last word ("-ing", "-ions", "-ers") tell trades from surnames even for unknown words.
    add(`e3:${last.slice(-3)}`, last);
    add(`e4:${last.slice(-4)}`, last);
  }
  add(`n:${Math.min(tokens.length, MAX_SHAPE)}`, '');
  add(`s:${shape}`, '');
  add(`s0:${shape.slice(0, 1)}`, '');
  add(`s1:${shape.slice(-1)}`, '');
  if (name.includes(',')) add('p:comma', '');
  if (name.includes('(')) add('p:paren', '');
  return features;
}

function wordClass(token: string): string {
  if (TITLES.has(token)) return 'T';
  if (token === '&' || token === 'and') return 'A';
  if (/\d/.test(token)) return 'D';
  if (LEGAL_FORMS.has(token) || ENTITY_WORDS.has(token)) return 'L';
  if (token.length === 1) return 'I';
  if (GIVEN_NAMES.has(token)) return 'G';
  if (BUSINESS_WORDS.has(singular(token))) return 'B';
  return 'W';
}

// FNV-1a: stable across runs and platforms, so committed weights line up with run-time features.
function hashKey(key: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    hash ^= key.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0) % FEATURE_BUCKETS;
}
