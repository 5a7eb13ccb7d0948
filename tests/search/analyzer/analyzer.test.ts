import { describe, expect, it } from 'vitest';
import { Analyzer } from '../../../src/search/analyzer/analyzer.ts';
import { tokenize } from '../../../src/search/analyzer/tokenize.ts';
import { SEED_TEXT } from '../../helpers/seed.ts';

describe('Analyzer', () => {
  const analyzer = new Analyzer([{ phrase: ['joint', 'special', 'oper', 'command'], alias: 'jsoc' }]);
  const meets = (query: string, text: string): boolean => analyzer.terms(query).some((term) => analyzer.terms(text).includes(term));

  it('runs the whole chain: initialisms, possessives, hyphens, folding, stop words, stemming, aliases', () => {
    expect(analyzer.terms('the C.I.A. and García’s anti-narcotics operations')).toEqual(['cia', 'garcia', 'anti', 'narcot', 'antinarcot', 'oper']);
  });

  it('makes the same text meet from both sides of the index', () => {
    expect(meets('Garcia', 'Omar García Harfuch')).toBe(true);
    expect(meets('CIA', 'the C.I.A. has been sharing')).toBe(true);
    expect(meets('US', 'the U.S. has increased')).toBe(true);
    expect(meets('antinarcotics', 'joint anti-narcotics operations')).toBe(true);
    expect(meets('narcotics', 'joint anti-narcotics operations')).toBe(true);
    expect(meets('JSOC', 'a former officer from the Joint Special Operations Command')).toBe(true);
    expect(meets('sharing', 'shared intelligence')).toBe(true);
  });

  it('drops stop words, so a question of them alone has no terms', () => {
    expect(analyzer.terms('what is it that they would do?')).toEqual([]);
  });

  it('drops contractions written without their apostrophe, as chat writes them', () => {
    expect(analyzer.terms('whats the default? i dont know, it doesnt say')).toEqual(analyzer.terms("what's the default? i don't know, it doesn't say"));
  });
});

describe('Analyzer.tokens', () => {
  it('gives exactly what running every filter in turn gives, however often a word recurs', () => {
    const analyzer = new Analyzer([
      { phrase: ['mexican', 'govern'], alias: 'mexgov' },
      { phrase: ['mexican'], alias: 'mx' },
      { phrase: ['mexican', 'govern'], alias: 'gov' },
    ]);
    const texts = [...SEED_TEXT.split(/(?<=[.!?])\s+/u), 'THE U.S. AND THE C.I.A. SAID SO', 'US-Mexico anti-narcotics 1,000 10th', 'The US said so.'];
    for (const text of [...texts, ...texts]) {
      const expected = analyzer.filters.reduce((tokens, filter) => filter(tokens), tokenize(text));
      expect(analyzer.tokens(text)).toEqual(expected);
      expect(analyzer.terms(text)).toEqual(expected.map((token) => token.term));
    }
  });
});
