/** The constants of the extractive summariser, fitted on folds of news articles by `npm run fit:summary`. */
export interface SummaryModel {
  /** How much centrality (what a sentence shares with the rest) adds to the lead prior. */
  readonly centralityWeight: number;
  /** How fast the lead prior falls with a sentence's place in its section: 1 / (1 + place)^positionPower. */
  readonly positionPower: number;
  /** How much redundancy with the sentences already chosen costs (maximal marginal relevance). */
  readonly redundancyPenalty: number;
  /** Sentences at least this similar to one already chosen say the same thing again, and are never chosen. */
  readonly nearDuplicate: number;
  /** Sentences with fewer content words than this say less; their score shrinks in proportion. */
  readonly fullLength: number;
}
