import { describe, expect, it } from 'vitest';
import { antonymsOf } from '../../../src/search/lexicon/antonyms.ts';
import { saysOpposite } from '../../../src/search/rank/opposites.ts';
import { docentOf } from '../../helpers/seed.ts';

describe('saysOpposite', () => {
  const search = docentOf('# Cells\n\nNeutrophils are the most abundant type of phagocyte. Macrophages grow larger.').search;
  const best = (question: string) => search.rankQuestion(question).windows[0];

  it('the committed WordNet table links opposites both ways', () => {
    expect(antonymsOf('most')).toContain('least');
    expect(antonymsOf('least')).toContain('most');
    expect(antonymsOf('increase')).toContain('decrease');
  });

  it('tells when the best passage says the opposite of a word of the question instead of the word itself', () => {
    expect(saysOpposite('What is the least abundant type of phagocyte?', best('What is the least abundant type of phagocyte?'))).toBe(1);
    expect(saysOpposite('What is the most abundant type of phagocyte?', best('What is the most abundant type of phagocyte?'))).toBe(0);
    expect(saysOpposite('Which cells grow smaller?', best('Which cells grow smaller?'))).toBe(1);
    expect(saysOpposite('What is abundant?', undefined)).toBe(0);
  });
});
