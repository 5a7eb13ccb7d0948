import { describe, expect, it } from 'vitest';
import { invertRows } from '../../../src/search/index/fieldPostings.ts';
import { TermPostings } from '../../../src/search/index/termPostings.ts';
import { collectTerms } from '../../../src/search/index/termRows.ts';

// Term 1 ("border") is in sentence 1 twice and in sentence 2 once; in the title of sentence 2's section only.
const { sentences, titles } = collectTerms([['cartel'], ['border', 'border'], ['cartel', 'border']], [['cartel'], ['border']]);
const sectionOf = [0, 0, 1];
const fields = [invertRows(sentences, 2, 3, (sentence) => sentence), invertRows(titles, 2, 3, (sentence) => sectionOf[sentence]!)];

describe('TermPostings', () => {
  it('reads as the Map of a term’s sentences and counts by field, sentences in order', () => {
    const border = new TermPostings(fields, 1);
    expect(border.size).toBe(2);
    expect([...border].map(([field, counts]) => [field, [...counts]])).toEqual([
      [0, [[1, 2], [2, 1]]],
      [1, [[2, 1]]],
    ]);
    expect(new TermPostings(fields, 0).get(0)?.get(2)).toBe(1);
    expect(new TermPostings(fields, 0).has(1)).toBe(true);
    expect([...new TermPostings(fields, 1).keys()]).toEqual([0, 1]);
  });

  it('changes like a Map once read, keeping what it was filled with', () => {
    const cartel = new TermPostings(fields, 0);
    cartel.delete(1);
    expect([...cartel.keys()]).toEqual([0]);
    expect(Object.fromEntries(cartel.get(0)!)).toEqual({ 0: 1, 2: 1 });
  });
});
