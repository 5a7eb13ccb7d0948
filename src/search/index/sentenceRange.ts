/** Sentence ids from `first` up to but not including `end`. */
export interface SentenceRange {
  readonly first: number;
  readonly end: number;
}
