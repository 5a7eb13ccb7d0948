import MiniSearch, { type Options } from 'minisearch';

/** A sentence as MiniSearch indexes it: docent's analyzed terms, space-separated, so that analysis runs once per text. */
interface SearchDocument {
  readonly id: number;
  readonly text: string;
  readonly title: string;
}

/** A sentence id and its MiniSearch score. */
export interface Hit {
  readonly id: number;
  readonly score: number;
}

export interface SearchOptions {
  /** How many of the best sentences to return. */
  readonly limit: number;
  /** How many edits a query term may be from an indexed term (0: exact only). */
  readonly fuzzy: (term: string) => number;
  /** Only sentences for which this holds are scored at all; all of them when absent. */
  readonly admit?: (id: number) => boolean;
}

/** Analyzed terms never hold a space: they are words, numbers or alias names. */
const splitTerms = (text: string): string[] => (text === '' ? [] : text.split(' '));

/** MiniSearch keeps none of its options when it serialises an index: loading passes these same ones again. */
const OPTIONS: Options<SearchDocument> = {
  fields: ['text', 'title'],
  tokenize: splitTerms,
  processTerm: (term) => term,
  searchOptions: { boost: { title: 0.5 }, combineWith: 'OR', weights: { fuzzy: 0.4, prefix: 0.3 } },
};

/**
 * Every sentence in MiniSearch (BM25, section title boosted at half), indexed and queried with terms docent's
 * analyzer has already produced.
 */
export class SentenceSearch {
  private constructor(private readonly miniSearch: MiniSearch<SearchDocument>) {}

  /** Indexes each sentence's analyzed terms (repeats included, in order) with its section title's. */
  static build(sentenceTerms: readonly (readonly string[])[], titleTermsOf: (sentence: number) => readonly string[]): SentenceSearch {
    const miniSearch = new MiniSearch<SearchDocument>(OPTIONS);
    miniSearch.addAll(sentenceTerms.map((terms, id) => ({ id, text: terms.join(' '), title: titleTermsOf(id).join(' ') })));
    return new SentenceSearch(miniSearch);
  }

  /**
   * An index serialised by `persisted`, as MiniSearch reads it back.
   * @throws Error when the text is not a serialised MiniSearch index.
   */
  static fromJSON(json: string): SentenceSearch {
    return new SentenceSearch(MiniSearch.loadJSON<SearchDocument>(json, OPTIONS));
  }

  /**
   * MiniSearch's own serialisation of the index (`JSON.stringify` of it), and the index read back from it. Reading
   * back orders MiniSearch's tree of terms otherwise, and with it the order in which typo matches add up: the index
   * read back is the one to serve, so that a start from the cache answers exactly as the start that wrote it.
   */
  persisted(): { readonly json: string; readonly search: SentenceSearch } {
    const plain = this.miniSearch.toJSON();
    return { json: JSON.stringify(plain), search: new SentenceSearch(MiniSearch.loadJS<SearchDocument>(plain, OPTIONS)) };
  }

  get documentCount(): number {
    return this.miniSearch.documentCount;
  }

  /** The best sentences meeting any of the terms (repeats count again), best first: MiniSearch's OR query. */
  search(terms: readonly string[], { limit, fuzzy, admit }: SearchOptions): Hit[] {
    // Gating by boostDocument rather than filtering results: sentences left out are never scored.
    const boostDocument = admit && ((id: number) => (admit(id) ? 1 : 0));
    const results = this.miniSearch.search(terms.join(' '), { fuzzy, ...(boostDocument ? { boostDocument } : {}) });
    return results.slice(0, limit).map(({ id, score }) => ({ id: id as number, score }));
  }
}
