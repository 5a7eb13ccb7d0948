import { describe, expect, it } from 'vitest';
import { formatTable, plainWord, relatedFormPairs, sharesForm } from '../../src/lexicon/relatedFormPairs.ts';
import { wordNet } from '../helpers/wordNet.ts';

describe('related form pairs', () => {
  it('plainWord keeps single words of letters, lower-cased', () => {
    expect(plainWord('Mexico')).toBe('mexico');
    expect(plainWord('take_a_breath')).toBeUndefined();
    expect(plainWord('pre-columbian')).toBeUndefined();
  });

  it('sharesForm: words that begin alike or hold the other’s stem, not words of one sense', () => {
    expect(sharesForm('choose', 'choice')).toBe(true);
    expect(sharesForm('mexican', 'mexico')).toBe(true);
    expect(sharesForm('intracellular', 'cell')).toBe(true);
    expect(sharesForm('civil', 'state')).toBe(false);
    expect(sharesForm('french', 'france')).toBe(false);
  });

  it('relatedFormPairs: every derivation, pertainyms of the same form, each pair once and in order', () => {
    const files = wordNet({
      noun: [
        '00000100 26 n 01 death 0 001 + 00000200 v 0101 | the end of life',
        '00000300 15 n 01 Mexico 0 000 | a country',
        '00000400 15 n 02 state 0 nation 0 000 | a polity',
      ],
      verb: ['00000200 30 v 02 die 0 pass_away 0 002 + 00000100 n 0101 + 00000100 n 0201 | stop living'],
      adj: [
        '00000500 01 a 01 Mexican 0 001 \\ 00000300 n 0101 | of Mexico',
        '00000600 01 a 01 civil 0 002 \\ 00000400 n 0101 @ 00000500 a 0000 | of the state',
      ],
    });
    expect(relatedFormPairs(files)).toEqual([
      ['death', 'die'],
      ['mexican', 'mexico'],
    ]);
  });

  it('formatTable writes comments, then each word with the later words linked to it', () => {
    const text = formatTable(
      [
        ['death', 'die'],
        ['death', 'deathly'],
        ['mexican', 'mexico'],
      ],
      ['From WordNet.', ''],
    );
    expect(text).toBe('# From WordNet.\n#\ndeath\tdie deathly\nmexican\tmexico\n');
  });
});
