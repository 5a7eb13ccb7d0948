import SearchableMap from 'minisearch/SearchableMap';
import { pauseAfter, runAtOnce, type Steps } from '../../steps.ts';
import type { PhraseIndex } from './phraseIndex.ts';
import type { TermStats } from './termStats.ts';
import { fillTree, packTree, unpackTree, type PackedTree, type RadixTree } from './termTree.ts';

/**
 * The two vocabularies that typo-tolerant lookup searches, each built on first use since many questions need
 * neither: the indexed terms, and the words as written.
 */
export class Vocabularies {
  private termVocabulary: SearchableMap<number> | undefined;
  private spellingVocabulary: SearchableMap<number> | undefined;

  /**
   * `termList[id]` is the term with that id in `stats`. With `packedTerms` (see `packedTerms()`, of an index of the
   * same terms) the term vocabulary is rebuilt from it: unpacking the tree costs a one-shot question a third of
   * what inserting every term does on a large corpus.
   */
  constructor(
    private readonly termList: readonly string[],
    private readonly stats: TermStats,
    private readonly phrases: () => PhraseIndex,
    private readonly storedTerms?: PackedTree,
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
   * Every word of the sentences as written, loosely (lower case, no accents; see `looseWords`), with its id in the
   * phrase index: a typo is made in the spelling, not in the stem ("presdient" is two edits from "president" but four
   * from its stem `presid`).
   */
  get spellings(): SearchableMap<number> {
    this.spellingVocabulary ??= runAtOnce(this.spellingSteps());
    return this.spellingVocabulary;
  }

  /** The term vocabulary's tree, packed: what rebuilds it sooner (the one it was rebuilt from, if any, is that already). */
  packedTerms(): PackedTree {
    return this.storedTerms ?? packTree(this.terms._tree, (_frequency, term) => this.stats.idOf(term)!);
  }

  /** Builds both now, in steps, every node of the term vocabulary's tree read. */
  *warmUp(): Steps<void> {
    this.termVocabulary ??= yield* this.termSteps();
    yield* fillTree(this.termVocabulary._tree);
    this.spellingVocabulary ??= yield* this.spellingSteps();
  }

  /** The term vocabulary from its packed tree, or, without one or with one that does not fit, term by term in id order. */
  private *termSteps(): Steps<SearchableMap<number>> {
    if (this.storedTerms) {
      try {
        return yield* this.unpackTerms(this.storedTerms);
      } catch (error) {
        if (!(error instanceof RangeError)) throw error;
      }
    }
    const vocabulary = new SearchableMap<number>();
    for (let id = 0; id < this.termList.length; id++) {
      const frequency = this.stats.frequencyOf(id);
      if (frequency > 0) vocabulary.set(this.termList[id]!, frequency);
      if (pauseAfter(id)) yield;
    }
    return vocabulary;
  }

  /** @throws RangeError when the tree is not one of exactly the terms with a frequency. */
  private *unpackTerms(packed: PackedTree): Steps<SearchableMap<number>> {
    let counted = 0;
    for (let id = 0; id < this.termList.length; id++) if (this.stats.frequencyOf(id) > 0) counted++;
    const frequencyOf = (id: number): number => this.stats.frequencyOf(id);
    // A term of titles alone has no frequency: a tree holding one is not the vocabulary's.
    const tree: RadixTree<number> = yield* unpackTree(packed, this.termList, frequencyOf, counted, (id) => frequencyOf(id) > 0);
    return new SearchableMap<number>(tree as ConstructorParameters<typeof SearchableMap<number>>[0]);
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
