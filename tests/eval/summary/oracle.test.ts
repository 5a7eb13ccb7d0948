import { describe, expect, it } from 'vitest';
import { closestSentences } from '../../../src/eval/summary/oracle.ts';

describe('oracle sentences', () => {
  const sentences = ['The mayor opened a new bridge on Monday.', 'It rained all day.', 'The bridge cost ten million pounds.'];

  it('picks for each reference sentence the one most like it, not the ones that add nothing', () => {
    expect(closestSentences(sentences, ['Bridge cost ten million pounds .', 'Mayor opens new bridge .'])).toEqual(new Set([2, 0]));
  });

  it('picks a sentence once however many reference sentences it matches best', () => {
    expect(closestSentences(sentences, ['The bridge cost ten million .', 'Ten million pounds for the bridge .'])).toEqual(new Set([2]));
  });
});
