import { readFileSync } from 'node:fs';
import wordListPath from 'word-list';
import { describe, expect, it } from 'vitest';
import { isEnglishWord, isNearEnglishWord } from '../../../src/search/analyzer/dictionary.ts';

describe('isEnglishWord', () => {
  const listed = readFileSync(wordListPath, 'utf8').split('\n');

  it('finds every word of the list, wherever it sorts', () => {
    expect(listed.filter((word) => !isEnglishWord(word))).toEqual([]);
  });

  it('finds nothing else: not a typo, a prefix, a longer word or a capitalised one', () => {
    const listedSet = new Set(listed);
    const probes = ['sovreignty', 'negociable', 'aa', 'a', 'zzzsz', 'Point', 'poin', 'pointt', '', 'é', 'manlil'];
    for (const probe of probes) expect(isEnglishWord(probe)).toBe(listedSet.has(probe));
  });
});

describe('isNearEnglishWord', () => {
  it('finds an English word one slip away: a letter dropped, added, changed, or two neighbours swapped', () => {
    expect(['betwen', 'rgarding', 'accomlish', 'handeling', 'tehrmal'].every(isNearEnglishWord)).toBe(true);
    expect(isNearEnglishWord('cloudflare')).toBe(false);
  });

  it('leaves short words alone, whose one-letter neighbours are other words, not slips: "yaml" is not "yam"', () => {
    expect(isNearEnglishWord('yaml')).toBe(false);
    expect(isNearEnglishWord('aws')).toBe(false);
  });
});
