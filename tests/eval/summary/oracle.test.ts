import { describe, expect, it } from 'vitest';
import { closestSentences, oracleSentences } from '../../../src/eval/summary/oracle.ts';

describe('oracle sentences', () => {
  const sentences = ['The mayor opened a new bridge on Monday.', 'It rained all day.', 'The bridge cost ten million pounds.'];

  it('picks the sentences that cover the reference, not the ones that add nothing', () => {
    expect(oracleSentences(sentences, ['Mayor opens new bridge .', 'Bridge cost ten million pounds .'], 3)).toEqual(new Set([0, 2]));
  });

  it('picks at most the asked number', () => {
    expect(oracleSentences(sentences, ['Mayor opens new bridge that cost ten million pounds .'], 1).size).toBe(1);
  });

  it('picks for each reference sentence the one most like it, once however many it matches', () => {
    expect(closestSentences(sentences, ['Bridge cost ten million pounds .', 'Mayor opens new bridge .'])).toEqual(new Set([2, 0]));
    expect(closestSentences(sentences, ['The bridge cost ten million .', 'Ten million pounds for the bridge .']).size).toBe(1);
  });
});
