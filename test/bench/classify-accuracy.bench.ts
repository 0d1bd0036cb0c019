import { classifyContact } from '../../lib/classify/classify-contact';
import { evaluateClassifier, loadEvaluationSet } from '../lib/classify/evaluate';
import type { EvaluationCase } from '../lib/classify/evaluate';
import { medianTiming } from './timing';
import { judge, type BenchEntry } from './types';

const MIN_ACCURACY = 0.95;

/** The person/organization classifier: accuracy on the hand-labelled evaluation set, and its speed. */
export const classifyBench: BenchEntry = {
  name: 'classifier',
  reports: ['classify-accuracy'],
  async run() {
    const cases = loadEvaluationSet();
    const { accuracy, misses } = evaluateClassifier(cases);
    const perCase =
      medianTiming(() => cases.forEach((c) => classifyContact(c)), { warmup: 2, runs: 5 }).wallMs / cases.length;
    const rules = cases.filter((c) => classifyContact(c).decidedBy === 'rule').length;
    const result = judge({
      name: 'classify-accuracy',
      value: Number((100 * accuracy).toFixed(2)),
      unit: '%',
      target: 100 * MIN_ACCURACY,
      goal: 'at-least',
      details: [
        { label: 'evaluation set', value: `${cases.length} names (${rules} decided by rules, the rest by the model)` },
        {
          label: 'accuracy',
          value: `${(100 * accuracy).toFixed(2)}% (${cases.length - misses.length}/${cases.length})`,
        },
        { label: 'accuracy by category', value: byCategory(cases, misses) },
        { label: 'missed', value: misses.map((m) => `${m.name} [${m.label}]`).join('; ') || 'none' },
        { label: 'time per contact', value: (perCase * 1000).toFixed(1), unit: 'µs' },
      ],
    });
    return [result];
  },
};

function byCategory(cases: readonly EvaluationCase[], misses: readonly EvaluationCase[]): string {
  const totals = new Map<string, [number, number]>();
  for (const c of cases) {
    const [right, all] = totals.get(c.category) ?? [0, 0];
    totals.set(c.category, [right + (misses.includes(c) ? 0 : 1), all + 1]);
  }
  return [...totals].map(([category, [right, all]]) => `${category} ${right}/${all}`).join(', ');
}
