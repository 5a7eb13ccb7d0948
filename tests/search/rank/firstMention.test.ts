import { describe, expect, it } from 'vitest';
import { earlierInParagraph, firstMentionCoverage } from '../../../src/search/rank/firstMention.ts';
import { parseQuery } from '../../../src/search/rank/query.ts';
import { docentOf } from '../../helpers/seed.ts';

const { index } = docentOf(
  '# Notes\n\nPolice arrested Ruiz on charges of fraud. The charges were dropped and Ruiz was freed.\n\nRuiz now lives abroad.',
).search;

describe('firstMentionCoverage', () => {
  const query = parseQuery('What was Ruiz charged with?', index);
  const firstMention = (id: number): number => firstMentionCoverage(query, index.entry(id), earlierInParagraph(index, index.entry(id)));

  it('counts the question’s words where the paragraph first uses them, not where it repeats them', () => {
    expect(firstMention(0)).toBe(1);
    expect(firstMention(1)).toBe(0);
  });

  it('starts afresh in each paragraph', () => {
    expect(earlierInParagraph(index, index.entry(2))).toEqual([]);
    expect(firstMention(2)).toBeGreaterThan(0);
    expect(firstMention(2)).toBeLessThan(1);
  });
});
