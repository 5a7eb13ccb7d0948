import { describe, expect, it } from 'vitest';
import { invertRows } from '../../../src/search/index/fieldPostings.ts';
import { PostingsMap } from '../../../src/search/index/postingsMap.ts';
import { collectTerms } from '../../../src/search/index/termRows.ts';

// Term 1 ("border") is in sentence 1 twice and in sentence 2 once.
const { sentences } = collectTerms([['cartel'], ['border', 'border'], ['cartel', 'border']], []);
const postings = invertRows(sentences, 2, 3, (sentence) => sentence);

describe('PostingsMap', () => {
  it('reads as the Map of a term’s sentences and counts, in sentence order', () => {
    const border = new PostingsMap(postings, 1);
    expect(border.size).toBe(2);
    expect([...border]).toEqual([
      [1, 2],
      [2, 1],
    ]);
    expect(new PostingsMap(postings, 0).get(2)).toBe(1);
    expect(new PostingsMap(postings, 0).has(1)).toBe(false);
    expect([...new PostingsMap(postings, 1).keys()]).toEqual([1, 2]);
  });

  it('changes like a Map once read, keeping what it was filled with', () => {
    const cartel = new PostingsMap(postings, 0);
    cartel.set(1, 3);
    cartel.delete(0);
    expect(Object.fromEntries(cartel)).toEqual({ 1: 3, 2: 1 });
  });
});
