/** The summariser's learned constants, fitted on folds of news articles by `npm run fit:summary`. */
export interface SummaryModel {
  /**
   * A sentence's score is the intercept (first) plus these weights times its features, in the order of
   * SUMMARY_FEATURES: least squares on which sentences are closest to the reference summaries' sentences.
   */
  readonly weights: readonly number[];
  /** Sentences at least this similar to one already chosen say the same thing again, and are never chosen. */
  readonly nearDuplicate: number;
  /**
   * Added to the score of the text's opening sentence, beyond what its features give it: how strongly a summary
   * favours the opening, chosen on training articles by ROUGE (0: as the features say; 1: always, scores being 0 to 1).
   */
  readonly openingBonus: number;
}
