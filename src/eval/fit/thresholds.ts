/** The refusal thresholds a fit chooses from, in steps of 0.005: finer than any printed curve, so the choice is not the print's. */
export const CANDIDATE_THRESHOLDS: readonly number[] = Array.from({ length: 199 }, (_, i) => Number((0.005 * (i + 1)).toFixed(3)));
