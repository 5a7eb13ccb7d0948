import SearchableMap from 'minisearch/SearchableMap';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../../src/knowledge/parse.ts';
import { Analyzer } from '../../../src/search/analyzer/analyzer.ts';
import { SentenceIndex } from '../../../src/search/index/sentenceIndex.ts';
import { runAtOnce } from '../../../src/steps.ts';
import { seedDocument } from '../../helpers/seed.ts';

const documents = [
  seedDocument(),
  parseDocument({ name: 'ports.md', text: '# Harbour rules\n\nThe harbour handles cargo. Cargo ships dock daily at the harbours.' }),
];
const index = SentenceIndex.build(documents, new Analyzer());
const { terms } = index.parts.terms;

describe('the term vocabulary', () => {
  it('holds every term of the sentences with its sentence frequency, in id order, and no term of titles alone', () => {
    const expected = new SearchableMap<number>();
    terms.forEach((term, id) => {
      if (index.stats.frequencyOf(id) > 0) expected.set(term, index.stats.frequencyOf(id));
    });
    const vocabulary = index.vocabularies.terms;
    // The order of insertion is the order near spellings are found in.
    expect([...vocabulary]).toEqual([...expected]);
    expect(['harbor', 'cartl', 'presid'].map((term) => [...vocabulary.fuzzyGet(term, 2)])).toEqual(['harbor', 'cartl', 'presid'].map((term) => [...expected.fuzzyGet(term, 2)]));
    expect(vocabulary.get('rule')).toBeUndefined();
    expect(vocabulary.get('cargo')).toBe(2);
  });

  it('is built by warming up as on first use', () => {
    const warmed = SentenceIndex.build(documents, new Analyzer());
    runAtOnce(warmed.vocabularies.warmUp());
    expect([...warmed.vocabularies.terms]).toEqual([...index.vocabularies.terms]);
  });

  it('finds the terms that begin with a prefix in the same order before and after the vocabulary is built', () => {
    const prefixes = ['p', 'pr', 'presid', 'harbour', 'c', 'ca', 'mex', 'zzz'];
    const unbuilt = SentenceIndex.build(documents, new Analyzer());
    const scanned = prefixes.map((prefix) => [...unbuilt.vocabularies.termsAtPrefix(prefix)]);
    expect(scanned).toEqual(prefixes.map((prefix) => [...index.vocabularies.terms.atPrefix(prefix).keys()]));
    expect(scanned.flat()).toContain('harbour');
    expect(scanned.at(-1)).toEqual([]);
  });
});

describe('the words as written', () => {
  it('knows whether a sentence holds a word as written, and finds near spellings in a small vocabulary', () => {
    expect(index.vocabularies.hasSpelling('harbours')).toBe(true);
    expect(index.vocabularies.hasSpelling('harbors')).toBe(false);
    expect(new Map(index.vocabularies.nearSpellings('harbors', 1))).toEqual(new Map([['harbours', 1]]));
  });
});
