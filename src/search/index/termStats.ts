/** Sentence frequencies of terms, for inverse-document-frequency weights. */
export class TermStats {
  /**
   * `frequencies[id]` sentences of the `units` (sentences) hold the term with id `findId(term)`; terms of section
   * titles alone have a frequency of 0.
   */
  constructor(
    private readonly findId: (term: string) => number | undefined,
    private readonly frequencies: Uint32Array,
    readonly units: number,
  ) {}

  frequency(term: string): number {
    const id = this.idOf(term);
    return id === undefined ? 0 : this.frequencyOf(id);
  }

  /** The term's id, none for a term not indexed. */
  idOf(term: string): number | undefined {
    return this.findId(term);
  }

  /** The frequency of the term with this id, without looking its text up. */
  frequencyOf(id: number): number {
    return this.frequencies[id] ?? 0;
  }

  /** BM25's IDF: high for rare terms, near zero for terms in almost every unit, highest for unseen ones. */
  idf(term: string): number {
    const df = this.frequency(term);
    return Math.log(1 + (this.units - df + 0.5) / (df + 0.5));
  }
}
