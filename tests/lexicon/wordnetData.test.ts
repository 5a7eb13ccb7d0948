import { describe, expect, it } from 'vitest';
import { licenceOf, parseDataFile, parseSynset } from '../../src/lexicon/wordnetData.ts';

// Hand-made lines in the form of WordNet's data files (wndb(5)); offsets and glosses are invented.
const DIE = '00358431 30 v 02 die 0 decease 0 002 + 07364115 n 0101 @ 00358000 v 0000 | pass from physical life';
const MEXICAN = '03029000 01 a 01 Mexican(a) 0 001 \\ 08750000 n 0101 | of or relating to Mexico';

describe('WordNet data lines', () => {
  it('parseSynset reads the words and pointers, word numbers of lexical pointers and 0 of semantic ones', () => {
    const synset = parseSynset(DIE);
    expect(synset.offset).toBe(358431);
    expect(synset.words).toEqual(['die', 'decease']);
    expect(synset.pointers).toEqual([
      { symbol: '+', offset: 7364115, file: 'noun', source: 1, target: 1 },
      { symbol: '@', offset: 358000, file: 'verb', source: 0, target: 0 },
    ]);
  });

  it('parseSynset drops adjective markers and reads hexadecimal counts', () => {
    expect(parseSynset(MEXICAN).words).toEqual(['Mexican']);
    expect(parseSynset(MEXICAN).pointers[0]).toMatchObject({ symbol: '\\', file: 'noun', source: 1, target: 1 });
    const twelve = Array.from({ length: 12 }, (_, i) => `w${i} 0`).join(' ');
    expect(parseSynset(`00000001 00 n 0c ${twelve} 000 | many words`).words).toHaveLength(12);
  });

  it('parseSynset refuses a line that is not a synset', () => {
    expect(() => parseSynset('  1 This software and database')).toThrow(/Not a WordNet synset line/u);
  });

  it('parseDataFile skips the licence lines and keys synsets by offset; licenceOf gives those lines plain', () => {
    const text = `  1 This software and database is provided  \n  2   \n  3 WordNet 3.1 Copyright 2011  \n${DIE}\n${MEXICAN}\n`;
    expect([...parseDataFile(text).keys()]).toEqual([358431, 3029000]);
    expect(licenceOf(text)).toEqual(['This software and database is provided', '', 'WordNet 3.1 Copyright 2011']);
  });
});
