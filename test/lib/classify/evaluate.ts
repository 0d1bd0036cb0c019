import { readFileSync } from 'node:fs';
import { classifyContact } from '../../../lib/classify/classify-contact';
import type { ContactKind } from '../../../lib/classify/types';
import type { EvaluationCase as LabelledCase } from '../../bench/classify-evaluation';

/** One hand-labelled name of the evaluation set. */
export interface EvaluationCase {
  readonly name: string;
  readonly firstName?: string;
  readonly lastName?: string;
  readonly label: ContactKind;
  readonly category: string;
}

/** The development set: hand-written names the classifier was tuned on (the evaluation set is test/bench/classify-eval). */
export function loadEvaluationSet(): EvaluationCase[] {
  return JSON.parse(readFileSync(new URL('./development-set.json', import.meta.url), 'utf8')) as EvaluationCase[];
}

/** Classifies every case and returns the accuracy (0..1) and the cases it got wrong. */
export function evaluateClassifier(cases: readonly EvaluationCase[]): { accuracy: number; misses: EvaluationCase[] } {
  const misses = cases.filter((testCase) => classifyContact(testCase).kind !== testCase.label);
  return { accuracy: (cases.length - misses.length) / cases.length, misses };
}

/**
 * The tuning set: names written for tuning the rules, lexicons and thresholds, in the evaluation set's categories and
 * format but sharing no name with it (evaluation-independence.test.ts), so the evaluation stays a fair test.
 */
export function loadTuningSet(): LabelledCase[] {
  return JSON.parse(readFileSync(new URL('./tuning-set.json', import.meta.url), 'utf8')) as LabelledCase[];
}
