import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { wordsOf } from '../../../src/search/analyzer/tokenize.ts';

/** ASCII text rich in what the word pattern treats specially: dots, apostrophes, hyphens, commas, digits. */
const asciiText = fc.array(fc.constantFrom(...'aZ9.,\'- U.S.A.b1,000 3.5 e-mail don\'t'.split('')), { maxLength: 40 }).map((chars) => chars.join(''));

describe('wordsOf', () => {
  it('finds the same words in ASCII text by its ASCII pattern as by the Unicode one', () => {
    fc.assert(
      fc.property(asciiText, (text) => {
        // An em space is no word character, but it sends the text down the Unicode pattern.
        expect(wordsOf(text)).toEqual(wordsOf(`${text}\u2003`));
      }),
      { numRuns: 2000 },
    );
  });

  it('finds no word in a symbol: the emoji selector of "⚠️" is a mark, not a word of its own', () => {
    expect(wordsOf('⚠️ Warning: ✔️ done, café\u0301 ok')).toEqual(['Warning', 'done', 'café\u0301', 'ok']);
  });

  it('keeps initialisms, hyphenated words and formatted numbers whole', () => {
    expect(wordsOf('The U.S. e-mail cost 1,000.50 dollars, don’t it?')).toEqual(['The', 'U.S.', 'e-mail', 'cost', '1,000.50', 'dollars', 'don’t', 'it']);
  });
});
