import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Analyzer } from '../../../src/search/analyzer/analyzer.ts';

/** Text rich in what words are cut at or folded: marks and emoji selectors, hyphens, apostrophes, signs, odd letters. */
const trickyText = fc
  .array(fc.constantFrom(...'aZ9.,\'’-–_ $€%s\u0301\uFE0F\u200d\u00adéßİıǅ٣५²½⚠✔'.split(''), '⚠️', '🚀', 'ﬁ', 'Ⅻ'), { maxLength: 30 })
  .map((parts) => parts.join(''));

describe('the analyzer', () => {
  it('never gives an empty term, whatever the text: the index could not store it', () => {
    const analyzer = new Analyzer();
    fc.assert(
      fc.property(trickyText, (text) => {
        expect(analyzer.terms(text)).not.toContain('');
      }),
      { numRuns: 3000 },
    );
  });
});
