import type { Document } from '../../knowledge/types.ts';
import type { Steps } from '../../steps.ts';
import type { NamesByInitials } from '../aliases/mineAcronyms.ts';
import type { AliasRule } from '../analyzer/aliases.ts';
import { Analyzer } from '../analyzer/analyzer.ts';
import type { PhraseData } from '../index/phraseData.ts';
import { SentenceIndex } from '../index/sentenceIndex.ts';
import type { IndexTerms } from '../index/termRows.ts';

/**
 * What an index is rebuilt from over its documents, as plain data and typed arrays: what a persisted index stores
 * and what a worker thread hands back. The analyzer's alias rules, every sentence's and title's terms, the phrase
 * index, and the documents' names by their initials (read when first asked for; nothing means find them again).
 */
export interface PortableIndex {
  readonly aliases: readonly AliasRule[];
  readonly terms: IndexTerms;
  readonly phrases: PhraseData;
  readonly initials: () => NamesByInitials | undefined;
}

/** The parts that hold typed arrays, whatever form their lists of strings take. */
interface PortableArrays {
  readonly terms: Pick<IndexTerms, 'sentences' | 'titles'>;
  readonly phrases: Omit<PhraseData, 'spellings'>;
}

/** Every typed array of the parts, in one fixed order: what a persisted index writes, and what a worker transfers. */
export function portableArrays({ terms, phrases }: PortableArrays): ArrayBufferView[] {
  const rows = [terms.sentences, terms.titles].flatMap((part) => [part.offsets, part.ids, part.counts]);
  const { starts, words, wordLists, pairKeys, pairLists, alphabetical } = phrases;
  return [...rows, starts, words, wordLists.starts, wordLists.items, pairKeys, pairLists.starts, pairLists.items, alphabetical];
}

/** The parts of a built index, its phrase index, typo vocabulary and names built now if they were not yet. */
export function portableIndexOf(index: SentenceIndex): PortableIndex {
  return {
    aliases: index.analyzer.aliases,
    terms: index.parts.terms,
    phrases: index.phrases.data,
    initials: () => index.namesByInitials,
  };
}

/**
 * The index the parts describe, over the documents they were made from, in steps (see `Steps`).
 * @throws RangeError when the parts do not fit the documents.
 */
export function* indexFromPortable(documents: readonly Document[], { aliases, terms, phrases, initials }: PortableIndex): Steps<SentenceIndex> {
  return yield* SentenceIndex.assemble(documents, new Analyzer(aliases), { terms, phrases, initials });
}
