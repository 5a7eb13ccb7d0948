import { describe, expect, it } from 'vitest';
import { PhraseIndex } from '../../../src/search/index/phraseIndex.ts';
import { PhraseQuery } from '../../../src/search/rank/phraseQuery.ts';

const candidatesOf = (phrases: PhraseIndex, text: string, limit = 5, range?: { first: number; end: number }): number[] =>
  phrases.candidates(new PhraseQuery(text, phrases), limit, range);

describe('PhraseIndex', () => {
  it('stores each sentence as loose words, stop words included', () => {
    const phrases = new PhraseIndex(['The U.S.-led Task Force.', 'García’s task']);
    expect([...phrases.wordsOf(0)].map((id) => phrases.spelling(id))).toEqual(['the', 'u', 's', 'led', 'task', 'force']);
    expect(phrases.id('garcia')).toBeDefined();
    expect(phrases.weight(phrases.id('task')!)).toBeLessThan(phrases.weight(phrases.id('force')!));
  });

  it('finds the one sentence holding a phrase of common words, whatever the number of sentences sharing its parts', () => {
    const texts = [
      ...Array.from({ length: 600 }, (_, i) => `it was one of the ${i} days`),
      ...Array.from({ length: 600 }, (_, i) => `of the things we did ${i}`),
      'and this was one of the things we did',
    ];
    const phrases = new PhraseIndex(texts);
    expect(candidatesOf(phrases, 'one of the things we')[0]).toBe(1200);
  });

  it('finds sentences by their rare words, by words a typed word begins, and within a range of sentences', () => {
    const phrases = new PhraseIndex(['The cartels moved north.', 'Drones watched the border.', 'The cartels moved south.']);
    expect(candidatesOf(phrases, 'drones')).toEqual([1]);
    expect(candidatesOf(phrases, 'cartel moved')).toContain(0);
    expect(candidatesOf(phrases, 'cartels moved', 5, { first: 2, end: 3 })).toEqual([2]);
  });
});
