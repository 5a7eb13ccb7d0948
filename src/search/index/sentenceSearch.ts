import MiniSearch, { type Options } from 'minisearch';
import { runAtOnce, runInSlices, type Steps } from '../../steps.ts';
import type { FieldPair } from './fieldPostings.ts';
import { PlainIndex } from './plainIndex.ts';
import { idOfWord } from './alphabetical.ts';
import type { IndexTerms } from './termRows.ts';

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

/** The text field first, then the section title's, as `PlainIndex` makes them. */
const FIELDS = ['text', 'title'] as const;

const OPTIONS: Options<SearchDocument> = {
  fields: [...FIELDS],
  tokenize: splitTerms,
  processTerm: (term) => term,
  searchOptions: { boost: { title: 0.5 }, combineWith: 'OR' },
};

/**
 * Every sentence in MiniSearch (BM25, section title boosted at half), indexed and queried with terms docent's
 * analyzer has already produced, through MiniSearch's public API only. Until the whole index is loaded (see
 * `loadWhole`), each query is answered by a MiniSearch loaded with the index narrowed to its own terms (see
 * `PlainIndex`): a one-shot question loads only its own terms' postings.
 */
export class SentenceSearch {
  /** The whole index in one MiniSearch, once loaded: a query of common terms narrowed to its own postings loads tens of thousands of them. */
  private whole: MiniSearch<SearchDocument> | undefined;

  private constructor(private readonly index: PlainIndex, private readonly terms: IndexTerms) {}

  /**
   * Each sentence's terms with its section title's (`sectionOf[i]` is sentence `i`'s title row): the index `addAll`
   * would build from them, from their `postings` when given; in steps (see `Steps`).
   */
  static *assemble(terms: IndexTerms, sectionOf: ArrayLike<number>, postings?: () => FieldPair | undefined): Steps<SentenceSearch> {
    return new SentenceSearch(yield* PlainIndex.of(FIELDS, terms, sectionOf, postings), terms);
  }

  /** The postings of the text and title fields, by term id. */
  get postings(): FieldPair {
    return this.index.postings;
  }

  /** Loads the whole index into one MiniSearch now, for a process that answers many questions. */
  loadWhole(): void {
    this.whole ??= MiniSearch.loadJS(runAtOnce(this.index.whole()), OPTIONS);
  }

  /** `loadWhole` between turns of the event loop: the form in slices, then MiniSearch's own loading a thousand entries at a time. */
  async loadWholeInTurns(): Promise<void> {
    this.whole ??= await MiniSearch.loadJSAsync(await runInSlices(this.index.whole()), OPTIONS);
  }

  /** A term's id in the rows the index was assembled from; none for a term not indexed. */
  termId(term: string): number | undefined {
    return idOfWord(this.terms.terms, this.terms.alphabetical, term);
  }

  /** The best sentences meeting any of the terms (repeats count again), each at its boost, best first: MiniSearch's OR query. */
  search(terms: readonly SearchTerm[], { limit, admit }: SearchOptions): Hit[] {
    // Gating by boostDocument rather than filtering results: sentences left out are never scored.
    const boostDocument = admit && ((id: number) => (admit(id) ? 1 : 0));
    const boosts = new Map(terms.map(({ term, boost }) => [term, boost]));
    const boostTerm = (term: string): number => boosts.get(term) ?? 1;
    const results = this.miniSearchFor(terms).search(terms.map(({ term }) => term).join(' '), { boostTerm, ...(boostDocument ? { boostDocument } : {}) });
    return results.slice(0, limit).map(({ id, score }) => ({ id: id as number, score }));
  }

  /** The whole index when loaded, else the index narrowed to the terms. */
  private miniSearchFor(terms: readonly SearchTerm[]): MiniSearch<SearchDocument> {
    if (this.whole) return this.whole;
    const indexed = new Set<number>();
    for (const { term } of terms) {
      const id = this.termId(term);
      if (id !== undefined) indexed.add(id);
    }
    return MiniSearch.loadJS<SearchDocument>(runAtOnce(this.index.narrowedTo(indexed)), OPTIONS);
  }
}
