/** One unit of analyzed text, in the manner of Lucene's token attributes. */
export interface Token {
  /** The normalised form that is indexed and matched. */
  readonly term: string;
  /** The text as written, for naming terms back to the user. */
  readonly surface: string;
  /** Word position in the source text; tokens derived from one word share it. */
  readonly position: number;
  /** Protected from stop-word removal and stemming (acronyms such as `US`, `CIA`). */
  readonly keyword: boolean;
}

/** One named step of the analysis chain. */
export type TokenFilter = (tokens: readonly Token[]) => Token[];
