import { describe, expect, it } from 'vitest';
import { Analyzer } from '../../../src/search/analyzer/analyzer.ts';
import { relatedForms } from '../../../src/search/lexicon/relatedForms.ts';
import { wordTerms } from '../../../src/search/lexicon/relatedTerms.ts';

describe('related terms', () => {
  const analyzer = new Analyzer();

  it("are the word's terms and the single terms of its related forms, under the analyzer", () => {
    const death = wordTerms(analyzer, 'death');
    expect(death.terms).toBe(analyzer.terms('death').join(' '));
    expect(death.related).toEqual(relatedForms('death').map((form) => analyzer.terms(form)).filter((terms) => terms.length === 1).map(([term]) => term));
    expect(death.related).toContain('die');
  });

  it('are computed once per word and analyzer', () => {
    expect(wordTerms(analyzer, 'invaded')).toBe(wordTerms(analyzer, 'invaded'));
    expect(wordTerms(new Analyzer(), 'invaded')).not.toBe(wordTerms(analyzer, 'invaded'));
  });
});
