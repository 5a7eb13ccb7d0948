/** The summariser's learned constants, fitted on folds of news articles by `npm run fit:summary`. */
export interface SummaryModel {
  /**
   * A sentence's score is the intercept (first) plus these weights times its features, in the order of
   * SUMMARY_FEATURES: least squares on which sentences best cover the reference summaries.
   */
  readonly weights: readonly number[];
  /** Sentences at least this similar to one already chosen say the same thing again, and are never chosen. */
  readonly nearDuplicate: number;
}
