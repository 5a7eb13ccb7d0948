import { describe, expect, it } from 'vitest';
import { termVectorTable } from '../../src/lexicon/termVectorTable.ts';

describe('termVectorTable', () => {
  const embeddings = {
    dimensions: 2,
    words: ['runs', 'running', 'the', 'stone', 'rare'],
    vectors: { runs: [3, 4, 0.5, 7], running: [4, 3, 0.2, 8], the: [1, 1, 0, 9], stone: [0, -2, 0, 10], rare: [5, 5, 0, 11] },
  };

  it('averages the unit vectors of the words that analyze to one term, scaled to int8, and skips stop words', () => {
    const table = termVectorTable(embeddings, 4);
    expect(table.terms).toEqual(['run', 'stone']);
    expect([...table.values]).toEqual([127, 127, 0, -127]);
  });

  it('reads only the given number of most frequent words', () => {
    expect(termVectorTable(embeddings, 4).terms).not.toContain('rare');
    expect(termVectorTable(embeddings, 5).terms).toContain('rare');
  });
});
