import type { IndexedSentence, SentenceIndex } from '../index/sentenceIndex.ts';
import { matchStrength, weightedCoverage } from './features.ts';
import type { Query } from './query.ts';

/** The sentences before this one in its paragraph, nearest last. */
export function earlierInParagraph(index: SentenceIndex, entry: IndexedSentence): IndexedSentence[] {
  const first = entry.id - (entry.sentence.ref.sentence - 1);
  const earlier: IndexedSentence[] = [];
  for (let id = first; id < entry.id; id++) earlier.push(index.entries[id]!);
  return earlier;
}

/**
 * Share of the question's weight met by terms the sentence introduces to its paragraph: a fact is usually stated
 * where its words first appear, and later mentions ("the charges were dismissed") only refer back to it.
 */
export function firstMentionCoverage(query: Query, entry: IndexedSentence, earlier: readonly IndexedSentence[]): number {
  return weightedCoverage(query, (term) => {
    const strength = matchStrength(term, entry.terms);
    return strength > 0 && earlier.every((sentence) => matchStrength(term, sentence.terms) === 0) ? strength : 0;
  });
}
