import { describe, expect, it } from 'vitest';
import { Analyzer } from '../../../src/search/analyzer/analyzer.ts';

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
});
