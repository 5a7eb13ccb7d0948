import { describe, expect, it } from 'vitest';
import { isEnglishWord } from '../../../src/search/analyzer/dictionary.ts';
import { splitHyphens } from '../../../src/search/analyzer/hyphens.ts';
import { lemmatizeIrregular } from '../../../src/search/analyzer/lemmatize.ts';
import { foldNumbers } from '../../../src/search/analyzer/numbers.ts';
import { tokenize } from '../../../src/search/analyzer/tokenize.ts';

const terms = (filter: typeof foldNumbers, text: string): string[] => filter(tokenize(text)).map((token) => token.term);

describe('lexical steps', () => {
  it('foldNumbers: number words, ordinals and decades meet their digits', () => {
    expect(terms(foldNumbers, 'two third 10th 1950s 42')).toEqual(['2', '3', '10', '1950', '42']);
  });

  it('foldNumbers leaves words named like Object properties alone: constructor stays a word', () => {
    expect(terms(foldNumbers, 'constructor toString hasOwnProperty')).toEqual(['constructor', 'toString', 'hasOwnProperty']);
  });

  it('splitHyphens keeps numbers apart: 15-1 is not 151', () => {
    expect(terms(splitHyphens, '15-1')).toEqual(['15', '1']);
  });

  it('lemmatizeIrregular maps irregular forms to their lemma', () => {
    expect(terms(lemmatizeIrregular, 'led sought children went')).toEqual(['lead', 'seek', 'child', 'go']);
  });

  it('isEnglishWord knows ordinary words and not typos', () => {
    expect(isEnglishWord('point')).toBe(true);
    expect(isEnglishWord('sovreignty')).toBe(false);
  });
});
