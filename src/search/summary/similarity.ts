import type { TermStats } from '../index/termStats.ts';

/** A sentence as a TF-IDF vector over its distinct terms, with its norm precomputed. */
export interface TermVector {
  readonly weights: ReadonlyMap<string, number>;
  readonly norm: number;
}

export function termVector(terms: Iterable<string>, stats: TermStats): TermVector {
  const weights = new Map<string, number>();
  for (const term of terms) weights.set(term, (weights.get(term) ?? 0) + stats.idf(term));
  const norm = Math.sqrt([...weights.values()].reduce((sum, weight) => sum + weight * weight, 0));
  return { weights, norm };
}

/** Cosine similarity of two TF-IDF vectors, 0 when either is empty. */
export function cosine(a: TermVector, b: TermVector): number {
  if (a.norm === 0 || b.norm === 0) return 0;
  const [small, large] = a.weights.size <= b.weights.size ? [a, b] : [b, a];
  let dot = 0;
  for (const [term, weight] of small.weights) dot += weight * (large.weights.get(term) ?? 0);
  return dot / (a.norm * b.norm);
}
