import type { AliasRule } from '../analyzer/aliases.ts';
import type { FieldPair } from '../index/fieldPostings.ts';
import type { PhraseData } from '../index/phraseData.ts';
import { Postings } from '../index/postings.ts';
import type { IndexTerms } from '../index/termRows.ts';
import { pauseAfter, type Steps } from '../../steps.ts';
import { flattenNames, unflattenNames, type FlatNames } from './flatNames.ts';
import { packLists, packStrings, unpackLists, unpackStrings, type PackedLists, type PackedStrings } from './packedStrings.ts';
import { phraseArrays, postingsArrays, termArrays, type BuiltParts, type PortableIndex } from './portableIndex.ts';

/** Alias rules as flat lists: rule `i` reads `phrases` list `i` as `aliases[i]`. */
interface FlatAliases {
  readonly phrases: PackedLists;
  readonly aliases: PackedStrings;
}

/**
 * An index's parts as they cross between threads: typed arrays and few strings, every list of strings packed (see
 * `PackedStrings`), since the receiving thread rebuilds a message's strings at once, before any step can pause.
 */
export interface IndexMessage {
  readonly postings: FieldPair;
  readonly aliases: FlatAliases;
  readonly terms: Omit<IndexTerms, 'terms'> & { readonly terms: PackedStrings };
  readonly phrases: Omit<PhraseData, 'spellings'> & { readonly spellings: PackedStrings };
  readonly initials: FlatNames;
}

/** The parts of an index as a message, its phrase index and names built now if they were not yet. */
export function indexMessageOf(portable: BuiltParts): IndexMessage {
  const { aliases, terms } = portable;
  const phrases = portable.phrases();
  return {
    postings: portable.postings(),
    aliases: { phrases: packLists(aliases.map((rule) => rule.phrase)), aliases: packStrings(aliases.map((rule) => rule.alias)) },
    terms: { ...terms, terms: packStrings(terms.terms) },
    phrases: { ...phrases, spellings: packStrings(phrases.spellings) },
    initials: flattenNames(portable.initials()?.entries() ?? []),
  };
}

/** The typed arrays' memory, moved to the receiving thread rather than copied. */
export function transferable(message: IndexMessage): ArrayBuffer[] {
  const { aliases, terms, postings, phrases, initials } = message;
  const packed = [aliases.aliases, aliases.phrases.strings, terms.terms, phrases.spellings, initials.initials, initials.names.strings];
  const arrays = [...termArrays(terms), ...postingsArrays(postings), ...phraseArrays(phrases), ...packed.map((strings) => strings.ends), aliases.phrases.ends, initials.keyEnds, initials.names.ends];
  return [...new Set(arrays.map((array) => array.buffer as ArrayBuffer))];
}

/** The parts again from a message, in steps (see `Steps`): classes do not cross threads, only their fields. */
export function* portableOfMessage(message: IndexMessage): Steps<PortableIndex> {
  const { wordLists, pairLists } = message.phrases;
  const initials = yield* unflattenNames(message.initials);
  const phrases: PhraseData = {
    ...message.phrases,
    spellings: yield* unpackStrings(message.phrases.spellings),
    wordLists: new Postings(wordLists.starts, wordLists.items),
    pairLists: new Postings(pairLists.starts, pairLists.items),
  };
  return {
    postings: () => message.postings,
    aliases: yield* unflattenAliases(message.aliases),
    terms: { ...message.terms, terms: yield* unpackStrings(message.terms.terms) },
    phrases: () => phrases,
    initials: () => initials,
  };
}

function* unflattenAliases(flat: FlatAliases): Steps<AliasRule[]> {
  const phrases = yield* unpackLists(flat.phrases);
  const aliases = yield* unpackStrings(flat.aliases);
  const rules: AliasRule[] = [];
  for (let i = 0; i < aliases.length; i++) {
    rules.push({ phrase: phrases[i]!, alias: aliases[i]! });
    if (pauseAfter(i)) yield;
  }
  return rules;
}
