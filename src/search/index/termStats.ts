/** Sentence frequencies of terms, for inverse-document-frequency weights. */
export class TermStats {
  private readonly frequencies = new Map<string, number>();
  private count = 0;

  /** Counts one unit (a sentence) holding these distinct terms. */
  add(terms: Iterable<string>): void {
    this.count++;
    for (const term of new Set(terms)) this.frequencies.set(term, (this.frequencies.get(term) ?? 0) + 1);
  }

  get units(): number {
    return this.count;
  }

  frequency(term: string): number {
    return this.frequencies.get(term) ?? 0;
  }

  /** BM25's IDF: high for rare terms, near zero for terms in almost every unit, highest for unseen ones. */
  idf(term: string): number {
    const df = this.frequency(term);
    return Math.log(1 + (this.count - df + 0.5) / (df + 0.5));
  }

  terms(): IterableIterator<string> {
    return this.frequencies.keys();
  }
}
