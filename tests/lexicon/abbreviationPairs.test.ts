import { describe, expect, it } from 'vitest';
import { abbreviates, abbreviationPairs } from '../../src/lexicon/abbreviationPairs.ts';
import { wordNet } from '../helpers/wordNet.ts';

describe('abbreviation pairs', () => {
  it('abbreviates: the letters stand in the word in order, from its first, and the word is longer', () => {
    expect(abbreviates('TV', 'television')).toBe(true);
    expect(abbreviates('km', 'kilometre')).toBe(true);
    expect(abbreviates('HQ', 'headquarters')).toBe(true);
    expect(abbreviates('OK', 'okay')).toBe(true);
    expect(abbreviates('OK', 'oke')).toBe(false);
    expect(abbreviates('lb', 'pound')).toBe(false);
    expect(abbreviates('SOB', 'shit')).toBe(false);
  });

  it('abbreviationPairs: capitals or a short unit without vowels, with the plain words of its synset it spells', () => {
    const files = wordNet({
      noun: [
        '00000100 06 n 03 television 0 TV 0 telly 0 000 | broadcasting visual images',
        '00000200 23 n 03 kilometer 0 kilometre 0 km 0 000 | a metric unit of length',
        '00000300 06 n 02 bus 0 omnibus 0 000 | a vehicle',
        '00000400 23 n 02 pound 0 lb 0 000 | a unit of weight',
      ],
    });
    expect(abbreviationPairs(files)).toEqual([
      ['TV', 'television'],
      ['km', 'kilometer'],
      ['km', 'kilometre'],
    ]);
  });
});
