import type { Options } from 'minisearch';
import type { Steps } from '../../steps.ts';
import { RowsMiniSearch } from './rowsMiniSearch.ts';
import type { IndexTerms } from './termRows.ts';
import type { PackedTree } from './termTree.ts';

/** A sentence as MiniSearch indexes it: docent's analyzed terms, space-separated, so that analysis runs once per text. */
interface SearchDocument {
  readonly id: number;
  readonly text: string;
  readonly title: string;
}

/** A term to search for, as the documents spell it, and how much it counts: less for a near spelling of the question's. */
export interface SearchTerm {
  readonly term: string;
  readonly boost: number;
}

/** A sentence id and its MiniSearch score. */
export interface Hit {
  readonly id: number;
  readonly score: number;
}

export interface SearchOptions {
  /** How many of the best sentences to return. */
  readonly limit: number;
  /** Only sentences for which this holds are scored at all; all of them when absent. */
  readonly admit?: (id: number) => boolean;
}

/** Analyzed terms never hold a space: they are words, numbers or alias names. */
const splitTerms = (text: string): string[] => (text === '' ? [] : text.split(' '));

/** The text field first, then the section title's, as `RowsMiniSearch` expects. */
const OPTIONS: Options<SearchDocument> = {
  fields: ['text', 'title'],
  tokenize: splitTerms,
  processTerm: (term) => term,
  searchOptions: { boost: { title: 0.5 }, combineWith: 'OR' },
};

/**
 * Every sentence in MiniSearch (BM25, section title boosted at half), indexed and queried with terms docent's
 * analyzer has already produced.
 */
export class SentenceSearch {
  private constructor(private readonly miniSearch: RowsMiniSearch<SearchDocument>) {}

  /**
   * Each sentence's terms with its section title's (`sectionOf[i]` is sentence `i`'s title row): the index `addAll`
   * would build, assembled from the rows (see `RowsMiniSearch`), its tree of terms rebuilt from `tree` when given; in
   * steps (see `Steps`).
   * @throws RangeError when the tree is not one of exactly these terms.
   */
  static *assemble(terms: IndexTerms, sectionOf: ArrayLike<number>, tree?: PackedTree): Steps<SentenceSearch> {
    return new SentenceSearch(yield* RowsMiniSearch.fromRows(OPTIONS, terms, sectionOf, tree));
  }

  /** MiniSearch's tree of terms, packed: what `assemble` takes to rebuild this index sooner. */
  packedTree(): PackedTree {
    return this.miniSearch.packedTree();
  }

  /** A term's id in the rows the index was assembled from; none for a term not indexed. */
  termId(term: string): number | undefined {
    return this.miniSearch.termId(term);
  }

  /** Reads now every term's sentences, which are otherwise read when a question first needs them. */
  warmUp(): Steps<void> {
    return this.miniSearch.fillPostings();
  }

  /** The best sentences meeting any of the terms (repeats count again), each at its boost, best first: MiniSearch's OR query. */
  search(terms: readonly SearchTerm[], { limit, admit }: SearchOptions): Hit[] {
    // Gating by boostDocument rather than filtering results: sentences left out are never scored.
    const boostDocument = admit && ((id: number) => (admit(id) ? 1 : 0));
    const boosts = new Map(terms.map(({ term, boost }) => [term, boost]));
    const boostTerm = (term: string): number => boosts.get(term) ?? 1;
    const results = this.miniSearch.search(terms.map(({ term }) => term).join(' '), { boostTerm, ...(boostDocument ? { boostDocument } : {}) });
    return results.slice(0, limit).map(({ id, score }) => ({ id: id as number, score }));
  }
}
