import { describe, expect, it } from 'vitest';
import { PhraseIndex } from '../../../src/search/index/phraseIndex.ts';
import { alignmentBound, alignPhrase } from '../../../src/search/rank/alignment.ts';
import { PhraseQuery } from '../../../src/search/rank/phraseQuery.ts';

const SENTENCES = [
  'Mexico will not tolerate violations of its sovereignty, stating that sovereignty is not negotiable.',
  'Officials don’t accept that 13.8 % of the budget goes to the U.S.-led task force.',
  'Sovereignty and violations are discussed at length, and Mexico is firm, but it will tolerate nothing.',
];
const phrases = new PhraseIndex(SENTENCES);
const score = (text: string, sentence: number): number => alignPhrase(new PhraseQuery(text, phrases), phrases.wordsOf(sentence));

describe('alignPhrase', () => {
  it('is 1 for the phrase word for word, whatever the case, accents and punctuation', () => {
    expect(score('will not tolerate violations of its', 0)).toBe(1);
    expect(score('WILL NOT TOLERATE VIOLATIONS, OF ITS', 0)).toBe(1);
  });

  it('is less, but still high, for a typo, a dropped word or two swapped words', () => {
    for (const remembered of ['will not tolerrate violations of its', 'will not tolerate of its', 'will tolerate not violations of its']) {
      expect(score(remembered, 0)).toBeLessThan(1);
      expect(score(remembered, 0)).toBeGreaterThan(0.6);
    }
  });

  it('prefers the words together to the same words scattered', () => {
    expect(score('will not tolerate violations of its sovereignty', 0)).toBeGreaterThan(score('will not tolerate violations of its sovereignty', 2));
  });

  it('matches words written together or apart: "dont", "us led", "138"', () => {
    expect(score('officials dont accept that 138', 1)).toBeGreaterThan(0.9);
    expect(score('to the us led task force', 1)).toBeGreaterThan(0.9);
  });

  it('takes an unfinished last word for the word it begins', () => {
    expect(score('the us led task fo', 1)).toBeGreaterThan(0.9);
  });

  it('never exceeds its cheap bound', () => {
    for (const text of ['will tolerate not violations', 'dont accept 138', 'sovereignty is', 'task fo']) {
      const query = new PhraseQuery(text, phrases);
      SENTENCES.forEach((_, s) => expect(alignPhrase(query, phrases.wordsOf(s))).toBeLessThanOrEqual(alignmentBound(query, phrases.wordsOf(s)) + 1e-12));
    }
  });
});
