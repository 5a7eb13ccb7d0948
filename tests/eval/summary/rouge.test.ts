import { describe, expect, it } from 'vitest';
import { rouge, rougeLsum, rougeN, rougeTokens } from '../../../src/eval/summary/rouge.ts';

// Expected values are worked out by hand, as the rouge-score package defines them.
describe('ROUGE', () => {
  it('tokenises as rouge-score does: lower case, non-alphanumerics as spaces, Porter stems of tokens over 3 letters', () => {
    expect(rougeTokens("The Cats' running-shoes, 2x!")).toEqual(['the', 'cat', 'run', 'shoe', '2x']);
  });

  it('ROUGE-1 and ROUGE-2 count clipped overlaps', () => {
    const candidate = rougeTokens('the cat sat on the mat');
    const reference = rougeTokens('the cat is on the mat');
    expect(rougeN(candidate, reference, 1).f1).toBeCloseTo(5 / 6);
    expect(rougeN(candidate, reference, 2)).toEqual({ precision: 3 / 5, recall: 3 / 5, f1: expect.closeTo(3 / 5) as number });
    expect(rougeN(rougeTokens('the the the'), rougeTokens('the cat'), 1).precision).toBeCloseTo(1 / 3);
  });

  it('ROUGE-Lsum takes the union of LCS hits over candidate sentences (Lin 2004, section 3.2)', () => {
    const reference = [['w1', 'w2', 'w3', 'w4', 'w5']];
    const candidate = [
      ['w1', 'w2', 'w6', 'w7', 'w8'],
      ['w1', 'w3', 'w8', 'w9', 'w5'],
    ];
    const score = rougeLsum(candidate, reference);
    expect(score.recall).toBeCloseTo(4 / 5);
    expect(score.precision).toBeCloseTo(4 / 10);
    expect(score.f1).toBeCloseTo(8 / 15);
  });

  it('is zero for nothing in common and 1 for an identical summary', () => {
    expect(rouge(['apples and pears'], ['stormy weather']).rouge1.f1).toBe(0);
    const same = rouge(['One sentence here.', 'And another one.'], ['One sentence here.', 'And another one.']);
    expect([same.rouge1.f1, same.rouge2.f1, same.rougeLsum.f1]).toEqual([1, 1, 1]);
  });
});
