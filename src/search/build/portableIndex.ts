import type { Document } from '../../knowledge/types.ts';
import type { Steps } from '../../steps.ts';
import type { NamesByInitials } from '../aliases/namesByInitials.ts';
import type { AliasRule } from '../analyzer/aliases.ts';
import { Analyzer } from '../analyzer/analyzer.ts';
import type { PhraseData } from '../index/phraseData.ts';
import { SentenceIndex } from '../index/sentenceIndex.ts';
import type { FieldPair } from '../index/fieldPostings.ts';
import type { IndexTerms } from '../index/termRows.ts';

/**
 * What an index is rebuilt from over its documents, as plain data and typed arrays: what a persisted index stores
 * and what a worker thread hands back. The analyzer's alias rules, every sentence's and title's terms, and, read
 * when first asked for, the phrase index (half a persisted index, which most questions never use) and the
 * documents' names by their initials; nothing means build the phrase index from the sentences, or find the names.
 */
export interface PortableIndex {
  readonly aliases: readonly AliasRule[];
  readonly terms: IndexTerms;
  /** The term rows inverted, so that they need not be inverted again; read when first asked for, nothing meaning invert them. */
  readonly postings: () => FieldPair | undefined;
  readonly phrases: () => PhraseData | undefined;
  readonly initials: () => NamesByInitials | undefined;
}

/** The parts of an index built in this thread: its phrase index is at hand. */
export interface BuiltParts extends PortableIndex {
  readonly postings: () => FieldPair;
  readonly phrases: () => PhraseData;
}

/** The terms' order and rows, typed arrays in one fixed order: what a persisted index writes, and what a worker transfers. */
export function termArrays(terms: Omit<IndexTerms, 'terms'>): ArrayBufferView[] {
  return [terms.alphabetical, ...[terms.sentences, terms.titles].flatMap((part) => [part.offsets, part.ids, part.counts])];
}

/** The postings' typed arrays, in one fixed order, likewise. */
export function postingsArrays(postings: FieldPair): ArrayBufferView[] {
  return postings.flatMap((field) => [field.offsets, field.sentences, field.counts]);
}

/** The phrase index's typed arrays, in one fixed order, whatever form its spellings take. */
export function phraseArrays({ starts, words, wordLists, pairKeys, pairLists, alphabetical }: Omit<PhraseData, 'spellings'>): ArrayBufferView[] {
  return [starts, words, wordLists.starts, wordLists.items, pairKeys, pairLists.starts, pairLists.items, alphabetical];
}

/** The parts of a built index; its phrase index and names are built when asked for if they were not yet. */
export function portableIndexOf(index: SentenceIndex): BuiltParts {
  return {
    aliases: index.analyzer.aliases,
    terms: index.parts.terms,
    postings: () => index.fieldPostings,
    phrases: () => index.phrases.data,
    initials: () => index.namesByInitials,
  };
}

/**
 * The index the parts describe, over the documents they were made from, in steps (see `Steps`).
 * @throws RangeError when the parts do not fit the documents.
 */
export function* indexFromPortable(documents: readonly Document[], { aliases, terms, postings, phrases, initials }: PortableIndex): Steps<SentenceIndex> {
  return yield* SentenceIndex.assemble(documents, new Analyzer(aliases), { terms, postings, phrases, initials });
}
