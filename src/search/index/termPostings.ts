import type { FieldPostings } from './fieldPostings.ts';
import { LazyMap } from './lazyMap.ts';

/** A term's sentences in one field, and how often it occurs in each, as MiniSearch keeps them. */
type SentenceCounts = Map<number, number>;

/**
 * One term's entry in MiniSearch's index: by field id (the position of its postings in `fields`), the sentences
 * holding the term and how often. Filled from the postings arrays the first time anything reads it (see `LazyMap`),
 * fields in order and sentences ascending, as adding the sentences one by one would leave them.
 */
export class TermPostings extends LazyMap<number, SentenceCounts> {
  constructor(
    /** The postings to fill it from, shared by every term. */
    private readonly fields: readonly FieldPostings[],
    /** The term's id. */
    readonly term: number,
  ) {
    super();
  }

  protected load(put: (field: number, sentenceCounts: SentenceCounts) => void): void {
    const { term } = this;
    this.fields.forEach(({ offsets, sentences, counts }, field) => {
      if (offsets[term + 1] === offsets[term]) return;
      const sentenceCounts: SentenceCounts = new Map();
      for (let i = offsets[term]!; i < offsets[term + 1]!; i++) sentenceCounts.set(sentences[i]!, counts[i]!);
      put(field, sentenceCounts);
    });
  }
}
