import { describe, expect, it } from 'vitest';
import { antonymPairs } from '../../src/lexicon/antonymPairs.ts';
import { wordNet } from '../helpers/wordNet.ts';

describe('antonym pairs', () => {
  it('pairs single words WordNet links as antonyms, once each, leaving out synset links and multi-word lemmas', () => {
    const files = wordNet({
      adj: [
        '00000100 00 a 01 most 0 001 ! 00000200 a 0101 | the greatest in amount',
        '00000200 00 a 01 least 0 001 ! 00000100 a 0101 | the smallest in amount',
        '00000300 00 a 01 semantic 0 001 ! 00000200 a 0000 | a link between synsets, not words',
        '00000400 00 a 01 open_air 0 001 ! 00000500 a 0101 | a lemma of two words',
        '00000500 00 a 01 indoor 0 000 | inside a building',
      ],
    });
    expect(antonymPairs(files)).toEqual([['least', 'most']]);
  });
});
