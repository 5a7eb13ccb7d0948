import { termVectors } from '../lexicon/termVectors.ts';
import type { Token } from '../analyzer/token.ts';
import type { IndexedSentence } from '../index/sentenceIndex.ts';
import type { Query, QueryTerm } from './query.ts';

/** What matching reads of a set of terms: a sentence's, or a window's two sentences' without copying them into one. */
export interface TermSet {
  has(term: string): boolean;
}

/** How strongly a set of terms meets a query term: the best of its exact or typo matches. */
export function matchStrength(term: QueryTerm, terms: TermSet): number {
  let best = 0;
  // Keys, then a lookup on a hit: iterating entries would allocate a pair per match, thousands of times per question.
  for (const candidate of term.matches.keys()) {
    if (terms.has(candidate)) best = Math.max(best, term.matches.get(candidate)!);
  }
  return best;
}

/** Whether the terms hold any of the query term's related forms. */
function meetsRelatedForm(term: QueryTerm, terms: ReadonlySet<string>): boolean {
  for (const related of term.related) if (terms.has(related)) return true;
  return false;
}

/** Share of the query's IDF weight met only by related forms of its words ("death" by "died"), not otherwise met. */
export function relatedCoverage(query: Query, terms: ReadonlySet<string>): number {
  return weightedCoverage(query, (term) => (matchStrength(term, terms) === 0 && meetsRelatedForm(term, terms) ? 1 : 0));
}

/** Below this cosine, two terms' vectors say nothing about their meaning being close. */
const VECTOR_FLOOR = 0.4;

/**
 * Share of the question's weight that the sentence says in other words: each term it does not meet counts by the
 * closest of the sentence's terms in meaning ("troops" and forces), from nothing at `VECTOR_FLOOR` to fully at 1.
 */
export function vectorCoverage(query: Query, terms: ReadonlySet<string>): number {
  return weightedCoverage(query, (term) => (matchStrength(term, terms) > 0 ? 0 : closeness(term, terms)));
}

/** How close in meaning the nearest of `terms` is to a query term, from 0 at `VECTOR_FLOOR` or below to 1. */
export function closeness(term: QueryTerm, terms: Iterable<string>): number {
  const vectors = termVectors();
  if (!vectors.has(term.term)) return 0;
  let closest = 0;
  for (const other of terms) closest = Math.max(closest, vectors.similarity(term.term, other));
  return Math.max(0, (closest - VECTOR_FLOOR) / (1 - VECTOR_FLOOR));
}

/** Share of the query's IDF weight met by the sentence, with context terms counting at their own lower weight. */
export function weightedCoverage(query: Query, strengthOf: (term: QueryTerm) => number): number {
  let met = 0;
  let total = 0;
  for (const term of query.terms) {
    total += term.weight;
    met += term.weight * strengthOf(term);
  }
  return total === 0 ? 0 : met / total;
}

/** Positions in the sentence of tokens meeting each query term. */
function matchedPositions(query: Query, tokens: readonly Token[]): { term: number; position: number }[] {
  const hits: { term: number; position: number }[] = [];
  tokens.forEach((token, position) => {
    query.terms.forEach((term, i) => {
      if (term.matches.has(token.term)) hits.push({ term: i, position });
    });
  });
  return hits;
}

/**
 * Proximity: the number of distinct query terms matched divided by the length of the shortest token window
 * that holds them all. 1 when they stand side by side; small when scattered.
 */
export function proximity(query: Query, entry: IndexedSentence): number {
  const hits = matchedPositions(query, entry.tokens);
  const wanted = new Set(hits.map((hit) => hit.term)).size;
  if (wanted < 2) return 0;
  let best = Infinity;
  const counts = new Map<number, number>();
  let left = 0;
  for (let right = 0; right < hits.length; right++) {
    const hit = hits[right]!;
    counts.set(hit.term, (counts.get(hit.term) ?? 0) + 1);
    while (counts.size === wanted) {
      const start = hits[left]!;
      best = Math.min(best, hit.position - start.position + 1);
      const remaining = (counts.get(start.term) ?? 0) - 1;
      if (remaining === 0) counts.delete(start.term);
      else counts.set(start.term, remaining);
      left++;
    }
  }
  return wanted / best;
}

/** Whether a token meeting `first` is followed, one or two tokens on, by a token meeting `second`. */
function standsBefore(tokens: readonly Token[], first: QueryTerm, second: QueryTerm): boolean {
  for (let t = 0; t < tokens.length; t++) {
    if (!first.matches.has(tokens[t]!.term)) continue;
    for (let next = t + 1; next < t + 3 && next < tokens.length; next++) if (second.matches.has(tokens[next]!.term)) return true;
  }
  return false;
}

/** Share of the question's adjacent term pairs that also stand next to each other, in order, in the sentence. */
export function bigramMatches(query: Query, entry: IndexedSentence): number {
  // Query terms stand in the order of the question's words (see `Query`): no need to sort them for every candidate.
  const { terms } = query;
  if (terms.length < 2) return 0;
  const { tokens } = entry;
  let found = 0;
  for (let i = 0; i + 1 < terms.length; i++) if (standsBefore(tokens, terms[i]!, terms[i + 1]!)) found++;
  return found / (terms.length - 1);
}
