import type { MatchSignal } from './types';

/** How much each agreeing signal adds to a candidate's score; name + email + phone = 1. */
export const SIGNAL_WEIGHTS: Readonly<Record<MatchSignal, number>> = {
  name: 0.5,
  email: 0.45,
  'normalized-name': 0.35,
  phone: 0.05,
};

/** Bit flags for the signals, so candidates accumulate evidence without allocating. */
export const SIGNAL_BITS = { name: 1, email: 2, 'normalized-name': 4, phone: 8 } as const;

const ORDER: readonly MatchSignal[] = ['name', 'email', 'normalized-name', 'phone'];
const SIGNAL_LISTS: readonly (readonly MatchSignal[])[] = Array.from({ length: 16 }, (_, bits) =>
  Object.freeze(ORDER.filter((signal) => (bits & SIGNAL_BITS[signal]) !== 0)),
);
const SCORES: readonly number[] = SIGNAL_LISTS.map((signals) =>
  Math.min(1, Math.round(signals.reduce((sum, signal) => sum + SIGNAL_WEIGHTS[signal], 0) * 100) / 100),
);

/** The signals named by a bit set, in a fixed order (shared frozen arrays). */
export function signalsOf(bits: number): readonly MatchSignal[] {
  return SIGNAL_LISTS[bits & 15] ?? [];
}

/** The score (0..1) of a candidate whose agreeing signals are the given bit set. */
export function scoreOf(bits: number): number {
  return SCORES[bits & 15] ?? 0;
}
