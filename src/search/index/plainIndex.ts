import type { AsPlainObject } from 'minisearch';
import { pauseAfter, type Steps } from '../../steps.ts';
import { invertRows, type FieldPair } from './fieldPostings.ts';
import type { IndexTerms, Rows } from './termRows.ts';

/** MiniSearch counts a field's length in distinct terms. */
const distinctTerms = (rows: Rows, row: number): number => rows.offsets[row + 1]! - rows.offsets[row]!;

/** MiniSearch's serialised entry of one term: by field id, each sentence holding it and how often. */
type TermEntry = AsPlainObject['index'][number][1];

/**
 * The sentences' index in the form MiniSearch's `toJSON` gives and `MiniSearch.loadJS` takes (the index its `addAll`
 * builds), made from docent's term rows without analysing any text again, and narrowed to the terms a query asks
 * for: loading all of a large corpus's million and more postings into MiniSearch's maps took seconds, and a query
 * reads only its own terms' postings. Each term's sentences, in each field, come in ascending order, as when adding
 * the sentences one by one, so that every score agrees to the last bit.
 *
 * @example
 * const index = runAtOnce(PlainIndex.of(['text', 'title'], terms, [0, 0, 1]));
 * MiniSearch.loadJS(runAtOnce(index.narrowedTo(new Set([3, 7]))), options).search('harbour cargo'); // as an index addAll built answers it
 */
export class PlainIndex {
  /** Each field's postings by term, once read or inverted. */
  private fields: FieldPair | undefined;

  private constructor(
    private readonly fieldNames: readonly [string, string],
    private readonly terms: IndexTerms,
    private readonly sectionOf: ArrayLike<number>,
    /** The postings as stored or handed over, read when first needed; nothing means invert the rows. */
    private readonly stored: (() => FieldPair | undefined) | undefined,
    private readonly averageFieldLength: readonly [number, number],
  ) {}

  /**
   * The index of sentences whose terms are rows of `terms.sentences`, in the first of `fieldNames`, each with the
   * terms of its section title (`sectionOf[i]` is sentence `i`'s row of `terms.titles`) in the second; sentence `i`
   * has id `i`; `postings`, when given, gives those `postings` gave for the same rows, which need not be inverted
   * again, and is called only when the whole index is loaded. In steps (see `Steps`), so that a reload can make it
   * between questions.
   */
  static *of(fieldNames: readonly [string, string], terms: IndexTerms, sectionOf: ArrayLike<number>, postings?: () => FieldPair | undefined): Steps<PlainIndex> {
    const { sentences, titles } = terms;
    const count = sectionOf.length;
    let textAverage = 0;
    let titleAverage = 0;
    for (let sentence = 0; sentence < count; sentence++) {
      // The running averages exactly as MiniSearch keeps them while adding.
      textAverage = (textAverage * sentence + distinctTerms(sentences, sentence)) / (sentence + 1);
      titleAverage = (titleAverage * sentence + distinctTerms(titles, sectionOf[sentence]!)) / (sentence + 1);
      if (pauseAfter(sentence)) yield;
    }
    return new PlainIndex(fieldNames, terms, sectionOf, postings, [textAverage, titleAverage]);
  }

  /** Each field's postings by term: what the whole index is loaded from, kept so that it need not be inverted again. */
  get postings(): FieldPair {
    this.fields ??= this.stored?.() ?? this.inverted();
    return this.fields;
  }

  /** The whole index in MiniSearch's form: `narrowedTo` every term. In steps (see `Steps`). */
  *whole(): Steps<AsPlainObject> {
    return yield* this.narrowed(this.terms.terms.keys(), this.postings);
  }

  /**
   * The whole index's counts and averages with only these terms (by id, each once) and the sentences that hold them:
   * MiniSearch, loading it, answers a query of these terms exactly as the whole index would, since a sentence holding
   * none of them is never read. Until the whole index's postings are at hand, these terms' are found by one scan of
   * the rows: a one-shot question reads no other term's. In steps (see `Steps`).
   */
  *narrowedTo(termIds: ReadonlySet<number>): Steps<AsPlainObject> {
    return yield* this.narrowed(termIds, this.fields ?? this.inverted(termIds));
  }

  /** The rows inverted: every term's postings, or only those of `termIds`. */
  private inverted(termIds?: ReadonlySet<number>): FieldPair {
    const { sentences, titles, terms } = this.terms;
    const count = this.sectionOf.length;
    let wanted: Uint8Array | undefined;
    if (termIds) {
      wanted = new Uint8Array(terms.length);
      for (const term of termIds) wanted[term] = 1;
    }
    return [
      invertRows(sentences, terms.length, count, (sentence) => sentence, wanted),
      invertRows(titles, terms.length, count, (sentence) => this.sectionOf[sentence]!, wanted),
    ];
  }

  private *narrowed(termIds: Iterable<number>, fields: FieldPair): Steps<AsPlainObject> {
    const { sentences, titles } = this.terms;
    const holding = new Set<number>();
    const index: AsPlainObject['index'] = [];
    // Pauses by postings, not by terms: the most common terms come first and hold tens of thousands each.
    let handled = 0;
    for (const term of termIds) {
      const entry: TermEntry = {};
      for (let field = 0; field < fields.length; field++) {
        const { offsets, sentences: held, counts } = fields[field]!;
        if (offsets[term + 1] === offsets[term]) continue;
        const sentenceCounts: TermEntry[string] = {};
        for (let i = offsets[term]!; i < offsets[term + 1]!; i++) {
          sentenceCounts[held[i]!] = counts[i]!;
          holding.add(held[i]!);
          if (pauseAfter(handled++)) yield;
        }
        entry[field] = sentenceCounts;
      }
      index.push([this.terms.terms[term]!, entry]);
      if (pauseAfter(handled++)) yield;
    }
    const documentIds: AsPlainObject['documentIds'] = {};
    const fieldLength: AsPlainObject['fieldLength'] = {};
    // In ascending order, as MiniSearch would list them.
    const ascending = Uint32Array.from(holding).sort();
    for (let k = 0; k < ascending.length; k++) {
      const sentence = ascending[k]!;
      documentIds[sentence] = sentence;
      fieldLength[sentence] = [distinctTerms(sentences, sentence), distinctTerms(titles, this.sectionOf[sentence]!)];
      if (pauseAfter(k)) yield;
    }
    const count = this.sectionOf.length;
    return {
      documentCount: count,
      nextId: count,
      documentIds,
      fieldIds: { [this.fieldNames[0]]: 0, [this.fieldNames[1]]: 1 },
      fieldLength,
      averageFieldLength: [...this.averageFieldLength],
      storedFields: {},
      dirtCount: 0,
      index,
      serializationVersion: 2,
    };
  }
}
