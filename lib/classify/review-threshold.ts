/**
 * Below this confidence the classifier's decision is not applied: a `type-review` issue asks a person. Picked on the
 * evaluation set (test/bench/classify-eval) so that at most about 5% of contacts are held (`npm run bench` reports it).
 */
export const REVIEW_BELOW = 0.55;
