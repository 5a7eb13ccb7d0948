import SearchableMap from 'minisearch/SearchableMap';
import { pauseAfter, runAtOnce, type Steps } from '../../steps.ts';
import { LARGE_VOCABULARY } from './candidateSearch.ts';
import type { PhraseIndex } from './phraseIndex.ts';
import type { TermStats } from './termStats.ts';

/**
 * The two vocabularies that typo-tolerant lookup searches, each built on first use since many questions need
 * neither: the indexed terms, and the words as written (only for a vocabulary small enough to search as written).
 */
export class Vocabularies {
  private termVocabulary: SearchableMap<number> | undefined;
  private spellingVocabulary: SearchableMap<number> | undefined;

  /** `termList[id]` is the term with that id in `stats`. */
  constructor(
    private readonly termList: readonly string[],
    private readonly stats: TermStats,
    private readonly phrases: () => PhraseIndex,
  ) {}

  /** How many distinct terms the index holds: how far looking up near spellings may go. */
  get size(): number {
    return this.termList.length;
  }

  /** Every term of the sentences' text, with its sentence frequency. */
  get terms(): SearchableMap<number> {
    this.termVocabulary ??= runAtOnce(this.termSteps());
    return this.termVocabulary;
  }

  /**
   * The indexed terms that begin with `prefix`, in the order `terms.atPrefix` gives them. Until that vocabulary is
   * built, a scan of the term list finds them: a one-shot question needs a few prefixes, a scan costs a millisecond and
   * building the vocabulary hundreds; inserted in id order, the matches iterate as they do in the whole vocabulary.
   */
  termsAtPrefix(prefix: string): IterableIterator<string> {
    if (this.termVocabulary) return this.termVocabulary.atPrefix(prefix).keys();
    const matching = new SearchableMap<number>();
    for (let id = 0; id < this.termList.length; id++) {
      const term = this.termList[id]!;
      if (term.startsWith(prefix) && this.stats.frequencyOf(id) > 0) matching.set(term, id);
    }
    return matching.keys();
  }

  /**
   * The words of the sentences as written, loosely (lower case, no accents; see `looseWords`), within `edits` of a
   * word, with their distance: a typo is made in the spelling, not in the stem ("presdient" is two edits from
   * "president" but four from its stem `presid`). None in a large vocabulary, where the search would cost tens of
   * milliseconds on the slowest questions.
   */
  *nearSpellings(word: string, edits: number): IterableIterator<[string, number]> {
    if (this.searchesSpellings) for (const [spelling, [, distance]] of this.spellings.fuzzyGet(word, edits)) yield [spelling, distance];
  }

  /** Whether some sentence holds the word as written, loosely: the phrase index knows, without a vocabulary. */
  hasSpelling(word: string): boolean {
    return this.phrases().id(word) !== undefined;
  }

  /** Builds now, in steps, what `terms` and `nearSpellings` search. */
  *warmUp(): Steps<void> {
    this.termVocabulary ??= yield* this.termSteps();
    if (this.searchesSpellings) this.spellingVocabulary ??= yield* this.spellingSteps();
  }

  /**
   * Whether near spellings are searched as written. A large corpus never does, so it never holds their vocabulary: a
   * radix tree of a quarter of a million objects, which every full collection would mark.
   */
  private get searchesSpellings(): boolean {
    return this.size <= LARGE_VOCABULARY;
  }

  /** Every word of the sentences as written, loosely, with its id in the phrase index. */
  private get spellings(): SearchableMap<number> {
    this.spellingVocabulary ??= runAtOnce(this.spellingSteps());
    return this.spellingVocabulary;
  }

  /** Term by term in id order: the order of insertion is the order in which near spellings are found. */
  private *termSteps(): Steps<SearchableMap<number>> {
    const vocabulary = new SearchableMap<number>();
    for (let id = 0; id < this.termList.length; id++) {
      const frequency = this.stats.frequencyOf(id);
      if (frequency > 0) vocabulary.set(this.termList[id]!, frequency);
      if (pauseAfter(id)) yield;
    }
    return vocabulary;
  }

  private *spellingSteps(): Steps<SearchableMap<number>> {
    const vocabulary = new SearchableMap<number>();
    const { spellings } = this.phrases().data;
    for (let id = 0; id < spellings.length; id++) {
      vocabulary.set(spellings[id]!, id);
      if (pauseAfter(id)) yield;
    }
    return vocabulary;
  }
}
