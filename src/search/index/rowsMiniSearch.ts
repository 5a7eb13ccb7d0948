import MiniSearch, { type Options } from 'minisearch';
import { ComputedMap } from './computedMap.ts';
import { invertRows } from './fieldPostings.ts';
import { TermPostings } from './termPostings.ts';
import { fillTree, packTree, unpackTree, type PackedTree, type RadixTree } from './termTree.ts';
import type { IndexTerms, Rows } from './termRows.ts';
import { pauseAfter, type Steps } from '../../steps.ts';

/** MiniSearch counts a field's length in distinct terms. */
const distinctTerms = (rows: Rows, row: number): number => rows.offsets[row + 1]! - rows.offsets[row]!;

/** Term ids in the order adding the sentences one by one meets them: each sentence's text, then its title. */
function termsByFirstAppearance(sentences: Rows, titles: Rows, sectionOf: ArrayLike<number>): number[] {
  const seen = new Set<number>();
  const note = (rows: Rows, row: number): void => {
    for (let i = rows.offsets[row]!; i < rows.offsets[row + 1]!; i++) seen.add(rows.ids[i]!);
  };
  for (let sentence = 0; sentence < sectionOf.length; sentence++) {
    note(sentences, sentence);
    note(titles, sectionOf[sentence]!);
  }
  return [...seen];
}

/**
 * MiniSearch with its index assembled straight from docent's term rows, through the fields MiniSearch keeps
 * `protected` for subclasses: the index `addAll` builds, without analysing any text again and without the JSON that
 * `loadJSON` parses. Each term's entry is a `TermPostings`, filled when first read: building every entry up
 * front is what made a book-sized index take seconds to load.
 */
export class RowsMiniSearch<T> extends MiniSearch<T> {
  private readonly postings: TermPostings[] = [];

  /**
   * The index of sentences whose terms are rows of `terms.sentences`, as the first of `options.fields`, each with
   * the terms of its section title (`sectionOf[i]` is sentence `i`'s row of `terms.titles`) as the second; sentence
   * `i` has id `i`. Terms enter MiniSearch's tree in the order they first appear (each sentence's text before its
   * title) and sentences in id order, as when adding them one by one, so that every score agrees to the last bit.
   *
   * With the tree of terms packed by `packedTree` from an index of the same rows, the tree is rebuilt from it rather
   * than by inserting every term.
   * @throws RangeError when the packed tree is not one of exactly these terms.
   *
   * In steps (see `Steps`), so that a reload can assemble a large index between questions.
   *
   * @example
   * runAtOnce(RowsMiniSearch.fromRows({ fields: ['text', 'title'], tokenize: (text) => text.split(' ') }, terms, [0, 0, 1]));
   * await runInSlices(RowsMiniSearch.fromRows(options, terms, sectionOf, built.packedTree())); // the same index, sooner
   */
  static *fromRows<T>(options: Options<T>, { terms, sentences, titles }: IndexTerms, sectionOf: ArrayLike<number>, tree?: PackedTree): Steps<RowsMiniSearch<T>> {
    const search = new RowsMiniSearch<T>(options);
    const count = sectionOf.length;
    // In MiniSearch's field order: the text field, then the title field.
    const textField = invertRows(sentences, terms.length, count, (sentence) => sentence);
    yield;
    const fields = [textField, invertRows(titles, terms.length, count, (sentence) => sectionOf[sentence]!)];
    yield;
    const postingsOf = (term: number): TermPostings => {
      const postings = new TermPostings(fields, term);
      search.postings.push(postings);
      return postings;
    };
    if (tree) {
      const TermMap = search._index.constructor as new (tree: RadixTree<TermPostings>) => typeof search._index;
      // Its nodes, and so the terms' entries, are made when a search first reads them.
      search._index = new TermMap(yield* unpackTree(tree, terms, postingsOf));
    } else {
      const order = termsByFirstAppearance(sentences, titles, sectionOf);
      for (let i = 0; i < order.length; i++) {
        search._index.set(terms[order[i]!]!, postingsOf(order[i]!));
        if (pauseAfter(i)) yield;
      }
    }
    // MiniSearch's sentence ids are the sentences' own, and its field lengths are read from the rows when asked for.
    const fieldLengths = (sentence: number): number[] => [distinctTerms(sentences, sentence), distinctTerms(titles, sectionOf[sentence]!)];
    search._documentIds = new ComputedMap(count, (sentence) => sentence);
    search._idToShortId = new ComputedMap(count, (sentence) => sentence);
    search._fieldLength = new ComputedMap(count, fieldLengths);
    let textAverage = 0;
    let titleAverage = 0;
    for (let sentence = 0; sentence < count; sentence++) {
      // The running averages exactly as MiniSearch keeps them while adding.
      textAverage = (textAverage * sentence + distinctTerms(sentences, sentence)) / (sentence + 1);
      titleAverage = (titleAverage * sentence + distinctTerms(titles, sectionOf[sentence]!)) / (sentence + 1);
      if (pauseAfter(sentence)) yield;
    }
    search._avgFieldLength = [textAverage, titleAverage];
    search._documentCount = count;
    search._nextId = count;
    return search;
  }

  /** A term's id in the rows, found in MiniSearch's tree of terms; none for a term not indexed. */
  termId(term: string): number | undefined {
    return (this._index.get(term) as TermPostings | undefined)?.term;
  }

  /** MiniSearch's tree of terms in pre-order: what `fromRows` rebuilds an index of the same rows from. */
  packedTree(): PackedTree {
    return packTree(this.tree(), (postings) => postings.term);
  }

  /** Reads every node of the tree of terms and fills every term's sentences now, in steps, so that no question waits for it. */
  *fillPostings(): Steps<void> {
    yield* fillTree(this.tree());
    for (let i = 0; i < this.postings.length; i++) {
      this.postings[i]!.fill();
      if (pauseAfter(i)) yield;
    }
  }

  private tree(): RadixTree<TermPostings> {
    return (this._index as unknown as { _tree: RadixTree<TermPostings> })._tree;
  }
}
