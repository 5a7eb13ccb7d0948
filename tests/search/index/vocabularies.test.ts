import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../../src/knowledge/parse.ts';
import { Analyzer } from '../../../src/search/analyzer/analyzer.ts';
import { SentenceIndex } from '../../../src/search/index/sentenceIndex.ts';
import { seedDocument } from '../../helpers/seed.ts';

const documents = [
  seedDocument(),
  parseDocument({ name: 'ports.md', text: '# Harbour rules\n\nThe harbour handles cargo. Cargo ships dock daily at the harbours.' }),
];
const analyzer = new Analyzer();
const built = SentenceIndex.build(documents, analyzer);
const { terms } = built.parts;
const rebuilt = (vocabulary: SentenceIndex['parts']['vocabulary']): SentenceIndex => SentenceIndex.of(documents, analyzer, { terms, vocabulary });

/** What typo-tolerant lookup reads of a vocabulary: every term in order, prefixes and near spellings in order. */
const lookups = (index: SentenceIndex): unknown => {
  const vocabulary = index.vocabularies.terms;
  return {
    all: [...vocabulary],
    prefixes: ['harb', 'sover', 'mexic', 'c'].map((prefix) => [...vocabulary.atPrefix(prefix).keys()]),
    near: ['harbor', 'sovereignti', 'cartl', 'presid'].map((term) => [...vocabulary.fuzzyGet(term, 2)]),
  };
};

describe('the term vocabulary', () => {
  it('unpacked from its packed tree answers every lookup as the one built term by term, in the same order', () => {
    expect(lookups(rebuilt(built.vocabularies.packedTerms()))).toEqual(lookups(built));
  });

  it('is built term by term when the packed tree is not one of the sentences’ terms', () => {
    const packed = built.vocabularies.packedTerms();
    const shorter = { ...packed, leaves: packed.leaves.subarray(1) };
    expect(lookups(rebuilt(shorter))).toEqual(lookups(built));
  });
});
