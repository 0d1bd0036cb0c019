import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { KNOWN_ORGANIZATIONS } from '../../../lib/classify/known-organizations';
import { nameTokens } from '../../../lib/classify/name-tokens';
import { generateExamples } from '../../../lib/classify/training/generate-examples';
import { TRAINING } from '../../../lib/classify/training/train-model';
import { PERSON_SYLLABLES } from '../../../lib/classify/training/vocabulary';
import { normalizedNameKey } from '../../../lib/match/normalize-name';
import { loadEvaluationSet } from '../../bench/classify-evaluation';
import { loadEvaluationSet as loadDevelopmentSet, loadTuningSet } from './evaluate';

// Every word the training generator can write: its templates and every list they draw from (read from the sources
// without their comments, so a word added to the generator later counts too).
const GENERATOR_SOURCES = [
  '../../../lib/classify/training/generate-examples.ts',
  '../../../lib/classify/training/vocabulary.ts',
  '../../../lib/classify/business-words.ts',
  '../../../lib/classify/lexicon.ts',
];
const generatorWords = new Set(
  GENERATOR_SOURCES.flatMap((path) =>
    nameTokens(readFileSync(new URL(path, import.meta.url), 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, ' ')),
  ),
);
const SYLLABLES = PERSON_SYLLABLES.map((s) => s.toLowerCase());
const MADE_UP_ENDINGS = ['', 'ly', 'ify', 'io', 'ex', 'ora', 'hub', 'labs', 'works'];

// The generator's made-up names are 2 or 3 syllables of its list, with one of its endings.
function madeUp(word: string): boolean {
  const parts = (rest: string, count: number): boolean =>
    rest === ''
      ? count >= 2
      : count < 3 && SYLLABLES.some((s) => rest.startsWith(s) && parts(rest.slice(s.length), count + 1));
  return MADE_UP_ENDINGS.some((end) => word.endsWith(end) && parts(word.slice(0, word.length - end.length), 0));
}

const generatorCanWrite = (token: string) => generatorWords.has(token) || /^\d+$/.test(token) || madeUp(token);
// The generator never writes a well-known organization's name as a person (generate-examples.ts skips them).
const generatorWrites = (name: string) =>
  nameTokens(name).every(generatorCanWrite) && !KNOWN_ORGANIZATIONS.has(nameTokens(name).join(' '));

describe('evaluation set independence', () => {
  const cases = loadEvaluationSet();

  it('holds at least 1,000 labelled names with no duplicates', () => {
    expect(cases.length).toBeGreaterThanOrEqual(1000);
    const keys = cases.map((c) => normalizedNameKey(c.name));
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('shares no name with the generated training data', () => {
    const training = new Set(generateExamples(TRAINING.examples).map((e) => normalizedNameKey(e.name)));
    expect(cases.filter((c) => training.has(normalizedNameKey(c.name))).map((c) => c.name)).toEqual([]);
  });

  it('shares no name with the sets the classifier is tuned on (the tuning set and the development set)', () => {
    const evaluation = new Set(cases.map((c) => normalizedNameKey(c.name)));
    const tunedOn = [...loadTuningSet(), ...loadDevelopmentSet()];
    expect(tunedOn.length).toBeGreaterThan(1000);
    expect(tunedOn.filter((c) => evaluation.has(normalizedNameKey(c.name))).map((c) => c.name)).toEqual([]);
  });

  it('holds no name that a training template could write: each has a word the generator never uses', () => {
    const writable = cases.filter((c) => generatorWrites(c.name)).map((c) => c.name);
    expect(writable).toEqual([]);
  });
});
