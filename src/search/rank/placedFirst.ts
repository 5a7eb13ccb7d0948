import type { Candidate, IndexedSentence } from '../index/sentenceIndex.ts';

// Where reading a document, not searching it, says the answer is: under a question heading, in a document's lead.

/** The candidates with these sentences among them, those the search did not find added unscored: their words need not meet the question's. */
export function withEntries(candidates: readonly Candidate[], entries: readonly IndexedSentence[]): Candidate[] {
  const present = new Set(candidates.map((candidate) => candidate.entry.id));
  return [...candidates, ...entries.filter((entry) => !present.has(entry.id)).map((entry) => ({ entry, score: 0 }))];
}

/** The items whose sentence `first` holds for ahead of the rest, each part in its own order. */
export function placedFirst<T>(items: readonly T[], first: (entry: IndexedSentence) => boolean, entryOf: (item: T) => IndexedSentence): T[] {
  return [...items.filter((item) => first(entryOf(item))), ...items.filter((item) => !first(entryOf(item)))];
}
