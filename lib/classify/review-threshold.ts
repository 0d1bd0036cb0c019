/**
 * Below this confidence the classifier's decision is not applied: a `type-review` issue asks a person. Picked on the
 * evaluation set (test/bench/classify-eval) as the highest that holds at most 5% of contacts for review, counting the
 * couples and one-word names that are always held (`npm run bench -- classify` reports both rates).
 */
export const REVIEW_BELOW = 0.65;
