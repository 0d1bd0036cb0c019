import { readdirSync, readFileSync } from 'node:fs';
import type { ContactKind } from '../../lib/classify/types';

/** One labelled client name of the evaluation set, with the other Xero fields some cases carry. */
export interface EvaluationCase {
  readonly name: string;
  /** `either` is accepted both ways (couples: a Karbon Person holds one person, an Organization holds both). */
  readonly label: ContactKind | 'either';
  readonly category: string;
  readonly firstName?: string;
  readonly lastName?: string;
  readonly email?: string;
  readonly website?: string;
  readonly taxNumber?: string;
  readonly companyNumber?: string;
}

/** What the evaluation reads from a decision: the kind, and whether it was held for review instead of applied. */
export interface EvaluatedDecision {
  readonly kind: ContactKind;
  readonly review?: unknown;
}

/** Per category (and `all`): how many names, how many got the wrong type automatically, how many were held. */
export interface CategoryScore {
  readonly category: string;
  readonly total: number;
  readonly wrongAutomatic: number;
  readonly held: number;
  readonly wrongNames: readonly string[];
}

const DIRECTORY = new URL('./classify-eval/', import.meta.url);

/**
 * The evaluation set: hand-written client names in test/bench/classify-eval/*.json, kept apart from the training
 * generator (test/lib/classify/evaluation-independence.test.ts checks that the generator cannot produce any of them).
 */
export function loadEvaluationSet(): EvaluationCase[] {
  return readdirSync(DIRECTORY)
    .filter((file) => file.endsWith('.json'))
    .sort()
    .flatMap((file) => JSON.parse(readFileSync(new URL(file, DIRECTORY), 'utf8')) as EvaluationCase[]);
}

/** Scores decisions per category: a held decision is never wrong; an applied one is wrong when it misses the label. */
export function scoreEvaluation(
  cases: readonly EvaluationCase[],
  decide: (c: EvaluationCase) => EvaluatedDecision,
): CategoryScore[] {
  const scores = new Map<string, { total: number; wrongAutomatic: number; held: number; wrongNames: string[] }>();
  const bump = (category: string, c: EvaluationCase, held: boolean, wrong: boolean) => {
    const score = scores.get(category) ?? { total: 0, wrongAutomatic: 0, held: 0, wrongNames: [] };
    score.total++;
    if (held) score.held++;
    if (wrong) {
      score.wrongAutomatic++;
      score.wrongNames.push(c.name);
    }
    scores.set(category, score);
  };
  for (const c of cases) {
    const decision = decide(c);
    const held = Boolean(decision.review);
    const wrong = !held && c.label !== 'either' && decision.kind !== c.label;
    bump('all', c, held, wrong);
    bump(c.category, c, held, wrong);
  }
  return [...scores].map(([category, score]) => ({ category, ...score }));
}
