import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { packWords, unpackWords } from '../../../lib/classify/packed-words';
import { packLexicons } from '../../../lib/classify/training/lexicon-sources';

describe('front-coded word lists', () => {
  it('pack sorted, deduplicated words and unpack them unchanged', () => {
    const words = ['aaren', 'aarika', 'abbey', 'abbe', 'a', 'abbey', 'abcdefghijklmnop', 'abcdefghijklmnoq'];
    expect(packWords(['aaren', 'aarika'])).toBe('0aaren3ika');
    expect(unpackWords(packWords(words))).toEqual([...new Set(words)].sort());
  });

  it('the committed lexicons are exactly what `npm run train:classifier` packs from the npm lists', () => {
    const committed = JSON.parse(readFileSync(new URL('../../../lib/classify/lexicons.json', import.meta.url), 'utf8'));
    const packed = packLexicons();
    expect(committed).toEqual(packed);
    expect(unpackWords(packed.givenNames).length).toBeGreaterThan(8000);
    expect(unpackWords(packed.everydayWords).length).toBeGreaterThan(10_000);
  });
});
