import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { lemmaTableLines } from '../../src/lexicon/lemmaTable.ts';

const committedLines = readFileSync(new URL('../../src/search/lexicon/lemmas.txt', import.meta.url), 'utf8')
  .split('\n')
  .filter((line) => line !== '' && !line.startsWith('#'));

describe('lemma table', () => {
  it('is what `npm run lexicon:lemmas` makes from the installed wink-lexicon', () => {
    const lines = lemmaTableLines();
    expect(lines.length).toBe(committedLines.length);
    expect(lines.filter((line, i) => line !== committedLines[i]).slice(0, 5)).toEqual([]);
  });

  it('sorts its lines as a binary search of the text needs', () => {
    const keys = committedLines.map((line) => line.slice(0, line.indexOf('\t')));
    expect(keys.every((key, i) => i === 0 || keys[i - 1]! < key)).toBe(true);
  });
});
