/**
 * Below this confidence the classifier's decision is not applied: a `type-review` issue asks a person. Picked on the
 * evaluation set (test/bench/classify-eval) so that at most 5% of contacts are held for review, counting the couples
 * and one-word names that are always held, with a few contacts to spare below that limit (`npm run bench -- classify`
 * reports both rates).
 */
export const REVIEW_BELOW = 0.65;
