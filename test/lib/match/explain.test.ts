import { describe, expect, it } from 'vitest';
import { describeSignals, explainOutcome } from '../../../lib/match/explain';
import type { MatchOutcome } from '../../../lib/match/types';

const candidate = { karbonId: 'k', signals: ['name', 'email'] as const, score: 0.95 };

describe('explainOutcome', () => {
  it.each<[MatchOutcome, RegExp]>([
    [
      {
        kind: 'full-match',
        karbonId: 'k',
        remoteId: 'r',
        candidates: [candidate],
        signals: ['name', 'email'],
        score: 0.95,
      },
      /^Linked: name and email match exactly \(score 0.95\)/,
    ],
    [{ kind: 'name-only', remoteId: 'r', candidates: [candidate], signals: ['name'], score: 0.5 }, /Only the name/],
    [{ kind: 'email-only', remoteId: 'r', candidates: [candidate], signals: ['email'], score: 0.45 }, /Only the email/],
    [
      {
        kind: 'normalized-name',
        remoteId: 'r',
        candidates: [candidate],
        signals: ['email', 'normalized-name'],
        score: 0.8,
      },
      /email and name after normalization/,
    ],
    [
      {
        kind: 'ambiguous',
        ambiguity: 'several-candidates',
        remoteId: 'r',
        candidates: [candidate, candidate],
        signals: ['name', 'email'],
        score: 0.95,
      },
      /^2 Karbon contacts match/,
    ],
    [
      {
        kind: 'ambiguous',
        ambiguity: 'karbon-record-claimed-twice',
        remoteId: 'r',
        candidates: [candidate],
        signals: ['name', 'email'],
        score: 0.95,
      },
      /Another record/,
    ],
    [{ kind: 'no-match', remoteId: 'r', candidates: [], signals: [], score: 0 }, /new contact will be created/],
  ])('%#: explains %j', (outcome, sentence) => {
    expect(explainOutcome(outcome)).toMatch(sentence);
  });

  it.each([
    [[], 'nothing'],
    [['phone'], 'phone'],
    [['name', 'email', 'phone'], 'name, email and phone'],
  ] as const)('describeSignals(%j) = %j', (signals, words) => {
    expect(describeSignals(signals)).toBe(words);
  });
});
