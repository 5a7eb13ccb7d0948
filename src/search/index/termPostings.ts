import type { FieldPostings } from './fieldPostings.ts';

/** A term's sentences in one field, and how often it occurs in each, as MiniSearch keeps them. */
type SentenceCounts = Map<number, number>;

/**
 * One term's entry in MiniSearch's index: by field id (the position of its postings in `fields`), the sentences
 * holding the term and how often. A `Map`, filled from the postings arrays the first time anything reads it, so that
 * a restart does not build millions of entries that most questions never touch; once filled it is an ordinary `Map`,
 * fields in order and sentences ascending, as adding the sentences one by one would leave them.
 */
export class TermPostings extends Map<number, SentenceCounts> {
  /** The postings to fill it from; none once filled. */
  private pending: readonly FieldPostings[] | undefined;

  constructor(
    fields: readonly FieldPostings[],
    /** The term's id. */
    readonly term: number,
  ) {
    super();
    this.pending = fields;
  }

  /** Fills it now, if nothing has read it yet. */
  fill(): void {
    const fields = this.pending;
    if (fields === undefined) return;
    this.pending = undefined;
    const { term } = this;
    fields.forEach(({ offsets, sentences, counts }, field) => {
      if (offsets[term + 1] === offsets[term]) return;
      const sentenceCounts: SentenceCounts = new Map();
      for (let i = offsets[term]!; i < offsets[term + 1]!; i++) sentenceCounts.set(sentences[i]!, counts[i]!);
      super.set(field, sentenceCounts);
    });
  }

  override get size(): number {
    this.fill();
    return super.size;
  }

  override get(field: number): SentenceCounts | undefined {
    this.fill();
    return super.get(field);
  }

  override has(field: number): boolean {
    this.fill();
    return super.has(field);
  }

  override set(field: number, sentenceCounts: SentenceCounts): this {
    this.fill();
    return super.set(field, sentenceCounts);
  }

  override delete(field: number): boolean {
    this.fill();
    return super.delete(field);
  }

  override clear(): void {
    this.pending = undefined;
    super.clear();
  }

  override forEach(callback: (value: SentenceCounts, key: number, map: Map<number, SentenceCounts>) => void, thisArg?: unknown): void {
    this.fill();
    super.forEach(callback, thisArg);
  }

  override keys(): MapIterator<number> {
    this.fill();
    return super.keys();
  }

  override values(): MapIterator<SentenceCounts> {
    this.fill();
    return super.values();
  }

  override entries(): MapIterator<[number, SentenceCounts]> {
    this.fill();
    return super.entries();
  }

  override [Symbol.iterator](): MapIterator<[number, SentenceCounts]> {
    return this.entries();
  }
}
