import SearchableMap from 'minisearch/SearchableMap';
import type { PhraseIndex } from './phraseIndex.ts';
import type { TermStats } from './termStats.ts';

/**
 * The two vocabularies that typo-tolerant lookup searches, each built on first use since many questions need
 * neither: the indexed terms, and the words as written.
 */
export class Vocabularies {
  private termVocabulary: SearchableMap<number> | undefined;
  private spellingVocabulary: SearchableMap<number> | undefined;

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
    if (!this.termVocabulary) {
      const vocabulary = new SearchableMap<number>();
      for (const term of this.termList) {
        const frequency = this.stats.frequency(term);
        if (frequency > 0) vocabulary.set(term, frequency);
      }
      this.termVocabulary = vocabulary;
    }
    return this.termVocabulary;
  }

  /**
   * Every word of the sentences as written, loosely (lower case, no accents; see `looseWords`), with its id in the
   * phrase index: a typo is made in the spelling, not in the stem ("presdient" is two edits from "president" but four
   * from its stem `presid`).
   */
  get spellings(): SearchableMap<number> {
    this.spellingVocabulary ??= SearchableMap.from(this.phrases().data.spellings.map((spelling, id): [string, number] => [spelling, id]));
    return this.spellingVocabulary;
  }

  /** Builds both now. */
  warmUp(): void {
    void this.terms;
    void this.spellings;
  }
}
