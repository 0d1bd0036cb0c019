import { describe, expect, it } from 'vitest';
import { generateExamples } from '../../../lib/classify/training/generate-examples';
import { TRAINING } from '../../../lib/classify/training/train-model';
import { normalizedNameKey } from '../../../lib/match/normalize-name';
import { evaluateClassifier, loadEvaluationSet } from './evaluate';

const cases = loadEvaluationSet();

describe('evaluation set', () => {
  it('holds at least 300 hand-labelled names, people and organizations', () => {
    expect(cases.length).toBeGreaterThanOrEqual(300);
    expect(cases.every((c) => c.label === 'person' || c.label === 'org')).toBe(true);
    expect(cases.filter((c) => c.label === 'person').length).toBeGreaterThanOrEqual(100);
  });

  it.each([
    'company',
    'trading-name',
    'trust',
    'super-fund',
    'partnership',
    'charity',
    'sole-trader',
    'individual',
    'couple',
    'titled',
  ])('covers the category %s with at least 5 names', (category) => {
    expect(cases.filter((c) => c.category === category).length).toBeGreaterThanOrEqual(5);
  });

  it('has no duplicate names', () => {
    const keys = cases.map((c) => normalizedNameKey(c.name));
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('shares no name with the generated training data', () => {
    const training = new Set(generateExamples(TRAINING.examples).map((example) => normalizedNameKey(example.name)));
    expect(cases.filter((c) => training.has(normalizedNameKey(c.name))).map((c) => c.name)).toEqual([]);
  });

  it('is classified with at least 95% accuracy', () => {
    const { accuracy, misses } = evaluateClassifier(cases);
    expect(accuracy, `missed: ${misses.map((m) => m.name).join('; ')}`).toBeGreaterThanOrEqual(0.95);
  });
});
