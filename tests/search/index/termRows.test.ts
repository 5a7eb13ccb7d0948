import { describe, expect, it } from 'vitest';
import { collectTerms, rowCount, rowLength, rowTerms } from '../../../src/search/index/termRows.ts';

describe('collectTerms', () => {
  const collected = collectTerms(
    [
      ['cartel', 'border', 'cartel'],
      [],
      ['drone', 'border'],
    ],
    [['security'], ['border', 'security']],
  );

  it('numbers terms by first appearance, sentences first, then section titles', () => {
    expect(collected.terms).toEqual(['cartel', 'border', 'drone', 'security']);
    expect(rowCount(collected.sentences)).toBe(3);
    expect(rowCount(collected.titles)).toBe(2);
  });

  it('keeps each row’s distinct terms in order, with how often each occurs', () => {
    expect([...rowTerms(collected.sentences, 0, collected.terms)]).toEqual(['cartel', 'border']);
    expect([...collected.sentences.counts.subarray(0, 2)]).toEqual([2, 1]);
    expect([...rowTerms(collected.sentences, 1, collected.terms)]).toEqual([]);
    expect([...rowTerms(collected.titles, 1, collected.terms)]).toEqual(['border', 'security']);
  });

  it('gives each row’s length with repeats, as analysis produced it', () => {
    expect([0, 1, 2].map((row) => rowLength(collected.sentences, row))).toEqual([3, 0, 2]);
  });
});
